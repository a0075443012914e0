import type { HostCommand } from '../../shared/ipc';
import { openRecentWorkshop } from './file-commands';
import { api, errorText } from '../api/copstudio-api';
import { useUiStore } from '../store/ui-store';
import { useFileChooserStore } from './file-chooser-store';

/**
 * Opens the workshop the system asked to open (a double-clicked file, a second start with a path), after the
 * unsaved-changes question. Returns true when there was one.
 */
export async function openFileFromSystem(): Promise<boolean> {
  const taken = await api().takeFileToOpen();
  if (!taken.ok) {
    useUiStore.getState().notify('error', errorText(taken.error));
    return false;
  }
  if (taken.value === null) return false;
  await openRecentWorkshop(taken.value);
  return true;
}

/** Commands of the host that are not menu items. */
export function runHostCommand(command: HostCommand): void {
  if (command === 'host.openFromSystem') void openFileFromSystem();
  if (command === 'host.fileChooser') void useFileChooserStore.getState().refresh();
}
