import { createWorkshopFromTemplate, type WorkshopTemplateId } from '../../shared/domain/workshop-templates';
import { summaryLanguage } from '../../shared/summary/summary-language';
import { api, errorText } from '../api/copstudio-api';
import { useLanguageStore } from '../common/i18n';
import { useFileStore } from '../files/public';
import { useUiStore } from '../store/ui-store';
import { useWorkshopStore } from '../store/workshop-store';
import { WELCOME_TEXT } from './welcome-text';

/** Starts a new, unsaved workshop from a template (from the welcome screen: nothing to lose here). */
export function startFromTemplate(id: WorkshopTemplateId): void {
  // Written in the app's language: its zones, agenda and columns (and so its summary).
  useWorkshopStore
    .getState()
    .load(createWorkshopFromTemplate(id, undefined, summaryLanguage(undefined, useLanguageStore.getState().language)));
  useFileStore.getState().setOpened(null, useWorkshopStore.getState().revision);
  useUiStore.getState().setView('canvas');
}

/** Opens the shipped example as a new, unsaved copy: it has no file, so the first save asks where. */
export async function openExampleWorkshop(): Promise<void> {
  // The example in the app's language (its summary language is that one too).
  const result = await api().openExampleWorkshop({ language: summaryLanguage(undefined, useLanguageStore.getState().language) });
  if (!result.ok) {
    useUiStore.getState().notify('error', errorText(result.error));
    return;
  }
  useWorkshopStore.getState().load(result.value.workshop);
  useFileStore.getState().setOpened(null, useWorkshopStore.getState().revision);
  useUiStore.getState().setView('canvas');
  useUiStore.getState().notify('info', WELCOME_TEXT.exampleOpened);
}
