import type { WorkshopTemplateId } from '../../shared/domain/workshop-templates';
import { tr } from '../common/i18n';

/** Every user-visible string of the welcome screen, from the catalogue (namespace `welcome`), read when drawn. */
export const WELCOME_TEXT = {
  get heading() {
    return tr('welcome.heading');
  },
  get intro() {
    return tr('welcome.intro');
  },
  get startHeading() {
    return tr('welcome.startHeading');
  },
  get templateLegend() {
    return tr('welcome.templateLegend');
  },
  get newWorkshop() {
    return tr('welcome.newWorkshop');
  },
  get openHeading() {
    return tr('welcome.openHeading');
  },
  get openExample() {
    return tr('welcome.openExample');
  },
  get openExampleHint() {
    return tr('welcome.openExampleHint');
  },
  get openFile() {
    return tr('welcome.openFile');
  },
  get recentHeading() {
    return tr('welcome.recentHeading');
  },
  get recentEmpty() {
    return tr('welcome.recentEmpty');
  },
  get recentLoading() {
    return tr('welcome.recentLoading');
  },
  get help() {
    return tr('welcome.help');
  },
  get exampleOpened() {
    return tr('welcome.exampleOpened');
  },
};

/** A template's name and what it holds, in the interface language. */
export const templateText = (id: WorkshopTemplateId): { label: string; description: string } => ({
  label: tr(`welcome.templateLabel.${id}`),
  description: tr(`welcome.templateDescription.${id}`),
});
