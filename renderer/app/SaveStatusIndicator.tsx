import { useFileStore, type SaveStatus } from '../store/file-store';
import { useWorkshopStore } from '../store/workshop-store';

function describe(status: SaveStatus, dirty: boolean): string {
  if (status.kind === 'saving') return 'Saving…';
  if (status.kind === 'error') return `Not saved: ${status.reason}`;
  if (status.kind === 'never-saved') return dirty ? 'Not saved yet' : 'New workshop';
  return dirty ? 'Unsaved changes' : 'Saved';
}

/** The visible, accessible save status. */
export function SaveStatusIndicator() {
  const status = useFileStore((state) => state.status);
  const dirty = useWorkshopStore((state) => state.revision) !== useFileStore((state) => state.savedRevision);
  const text = describe(status, dirty);
  return (
    <span role="status" aria-label="Save status" title={text} className={`save-status save-status--${status.kind}`}>
      {text}
    </span>
  );
}
