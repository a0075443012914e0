import { confirmLeavingWorkshop } from './file-commands';
import { api, errorText } from '../api/copstudio-api';
import { recordTimeSpent } from '../agenda/public';
import { useUiStore } from '../store/ui-store';
import { hasUnsavedChanges } from './dirty';
import { discardJournal, flushJournal } from './recovery-journal';

let closing = false;

/**
 * The window wants to close (its close button, quit, or the "Close window" action): saves a workshop that has
 * a file, asks Save / Don't save / Cancel when edits would be lost, then tells the main process to close.
 */
export async function requestCloseWindow(): Promise<void> {
  if (closing) return;
  closing = true;
  try {
    // A timer still running: the time spent on its step goes into the workshop before it is saved.
    recordTimeSpent();
    if (!(await confirmLeavingWorkshop())) return;
    if (hasUnsavedChanges()) await discardJournal();
    else await flushJournal();
    const result = await api().closeWindow();
    if (!result.ok) useUiStore.getState().notify('error', errorText(result.error));
  } finally {
    closing = false;
  }
}
