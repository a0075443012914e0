import { useFileStore } from './file-store';
import { useWorkshopStore } from '../store/workshop-store';

/** Unsaved edits: the document moved on since it was last written. */
export function hasUnsavedChanges(): boolean {
  return useWorkshopStore.getState().revision !== useFileStore.getState().savedRevision;
}
