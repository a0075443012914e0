import { tr } from '../common/i18n';
import type { AgendaStep } from '../../shared/schema';
import { viewLabel } from '../common/views';

/** "Canvas (voting)", "Goals", or "" for a step without a view. */
export function stepViewLabel(step: Pick<AgendaStep, 'view' | 'mode'>): string {
  if (!step.view) return '';
  return step.mode === 'voting' ? tr('agenda.viewVoting', { view: viewLabel(step.view) }) : viewLabel(step.view);
}
