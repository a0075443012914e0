import { tr } from '../common/i18n';
import type { AgendaStep, ViewId } from '../../shared/schema';
import { VIEW_LIST } from '../app/view-list';

export const viewLabel = (id: ViewId): string => VIEW_LIST.find((v) => v.id === id)?.label ?? id;

/** "Canvas (voting)", "Goals", or "" for a step without a view. */
export function stepViewLabel(step: Pick<AgendaStep, 'view' | 'mode'>): string {
  if (!step.view) return '';
  return step.mode === 'voting' ? tr('agenda.viewVoting', { view: viewLabel(step.view) }) : viewLabel(step.view);
}
