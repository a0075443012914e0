import { APP_ACTIONS } from '../actions/app-actions';
import { fileNameOf, useFileStore } from '../store/file-store';
import { useWorkshop, useWorkshopStore } from '../store/workshop-store';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { ExportMenu } from '../export/ExportMenu';
import { ActionMenuButton } from '../common/ActionMenuButton';
import { HelpButton } from '../help/HelpDialog';

const FILE_ACTION_IDS = ['file.new', 'file.open', 'file.save', 'file.saveAs'] as const;
/** Less frequent file commands, behind a "More" menu so the title bar stays on one row on a laptop. */
const MORE_ACTION_IDS = [
  'file.openRecent',
  'file.backups',
  'file.details',
  'view.language.system',
  'view.language.en',
  'view.language.fr',
] as const;
const MORE_ACTIONS = MORE_ACTION_IDS.map((id) => APP_ACTIONS.find((a) => a.id === id)!);

export function TitleBar() {
  const title = useWorkshop((w) => w.meta.title);
  const community = useWorkshop((w) => w.meta.community);
  const path = useFileStore((state) => state.path);
  const change = useWorkshopStore((state) => state.change);
  return (
    <header className="title-bar">
      <div className="title-bar__names">
        <label className="visually-hidden" htmlFor="workshop-title">
          Workshop title
        </label>
        <input
          id="workshop-title"
          className="title-bar__title"
          value={title}
          placeholder="Untitled workshop"
          maxLength={200}
          onChange={(event) =>
            change('Rename workshop', (w) => void (w.meta.title = event.target.value), { coalesceKey: 'meta.title' })
          }
        />
        <label className="visually-hidden" htmlFor="workshop-community">
          Community
        </label>
        <input
          id="workshop-community"
          className="title-bar__community"
          value={community}
          placeholder="Community name"
          maxLength={200}
          onChange={(event) =>
            change('Rename community', (w) => void (w.meta.community = event.target.value), { coalesceKey: 'meta.community' })
          }
        />
      </div>
      <span className="title-bar__file" title={path ?? undefined}>
        {fileNameOf(path)}
      </span>
      <SaveStatusIndicator />
      <div className="title-bar__actions" role="toolbar" aria-label="File">
        {FILE_ACTION_IDS.map((id) => {
          const action = APP_ACTIONS.find((a) => a.id === id)!;
          return (
            <button
              key={id}
              type="button"
              className="button"
              onClick={() => void action.perform()}
              aria-keyshortcuts={action.shortcut?.replace('Ctrl', 'Control').replace('Cmd', 'Meta')}
              title={action.shortcut ? `${action.label} (${action.shortcut})` : action.label}
            >
              {action.label}
            </button>
          );
        })}
        <ActionMenuButton label="More" actions={MORE_ACTIONS} />
      </div>
      <ExportMenu />
      <HelpButton />
    </header>
  );
}
