import type { AgendaStep } from '../../shared/schema';
import { viewLabel } from '../common/views';

/** "Canvas (voting)", "Goals", or "" for a step without a view. */
export function stepViewLabel(step: Pick<AgendaStep, 'view' | 'mode'>): string {
  if (!step.view) return '';
  return step.mode === 'voting' ? `${viewLabel(step.view)} (voting)` : viewLabel(step.view);
}
