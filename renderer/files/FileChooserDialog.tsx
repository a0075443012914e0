import { useEffect, useId, useState } from 'react';
import type { FileChooserRequest, FolderListing } from '../../shared/ipc';
import { translateDialogText } from '../../shared/i18n/dialog-text';
import { api, errorText } from '../api/copstudio-api';
import { tr } from '../common/i18n';
import { Modal } from '../common/Modal';
import { useFileChooserStore } from './file-chooser-store';
import './files.css';

/** The chooser's words, from the catalogue (namespace `files`). */
const TEXT = {
  get places() {
    return tr('files.chooser.places');
  },
  get up() {
    return tr('files.chooser.up');
  },
  folderListing: (folder: string) => tr('files.chooser.folderListing', { folder }),
  get folder() {
    return tr('files.chooser.folder');
  },
  get empty() {
    return tr('files.chooser.empty');
  },
  get loading() {
    return tr('files.chooser.loading');
  },
  get fileName() {
    return tr('files.chooser.fileName');
  },
  get open() {
    return tr('files.chooser.open');
  },
  get save() {
    return tr('files.chooser.save');
  },
  get cancel() {
    return tr('files.chooser.cancel');
  },
  get chooseFile() {
    return tr('files.chooser.chooseFile');
  },
  get nameNeeded() {
    return tr('files.chooser.nameNeeded');
  },
  replace: (name: string) => tr('files.chooser.replace', { name }),
  types: (extensions: string[]) => tr('files.chooser.types', { extensions: extensions.map((e) => `.${e}`).join(', ') }),
};

const folderOfPath = (filePath: string) => filePath.slice(0, Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'))) || filePath;
const nameOfPath = (filePath: string) => filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);

/**
 * The app's own Open / Save dialog, for hosts without native dialogs (the browser host). It lists folders and files
 * through the main process (which allows that only while it asked for a dialog) and answers with a path, which
 * the main process checks and grants as it would a native dialog's answer.
 */
export function FileChooserDialog() {
  const request = useFileChooserStore((state) => state.request);
  // A chooser asked for before the page (re)loaded is shown too.
  useEffect(() => {
    void useFileChooserStore.getState().refresh();
  }, []);
  return request ? <FileChooser key={request.id} request={request} /> : null;
}

function FileChooser({ request }: { request: FileChooserRequest }) {
  const clear = useFileChooserStore((state) => state.clear);
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState(request.kind === 'save' ? nameOfPath(request.defaultPath) : '');
  const [error, setError] = useState<string | null>(null);
  const [confirmReplace, setConfirmReplace] = useState<string | null>(null);
  const nameId = useId();

  const go = async (folder: string, fallback?: string) => {
    setError(null);
    setSelected(null);
    setConfirmReplace(null);
    const result = await api().listChooserFolder({ path: folder });
    if (result.ok) setListing(result.value);
    else if (fallback) await go(fallback);
    else setError(errorText(result.error));
  };

  useEffect(() => {
    const start = request.kind === 'save' ? folderOfPath(request.defaultPath) : request.defaultPath;
    void go(start, request.places[request.places.length - 1]?.path);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request.id]);

  const answer = async (chosen: string | null) => {
    const result = await api().answerFileChooser({ id: request.id, path: chosen });
    if (result.ok || chosen === null) clear();
    else setError(errorText(result.error));
  };

  const submit = () => {
    if (!listing) return;
    if (request.kind === 'open') {
      if (!selected) return setError(TEXT.chooseFile);
      return void answer(selected);
    }
    let fileName = name.trim();
    if (!fileName) return setError(TEXT.nameNeeded);
    const extension = request.extensions[0];
    if (extension && !request.extensions.some((e) => fileName.toLowerCase().endsWith(`.${e.toLowerCase()}`))) fileName += `.${extension}`;
    const target = `${listing.path.replace(/[\\/]+$/, '')}${listing.separator}${fileName}`;
    const exists = listing.entries.some((entry) => entry.kind === 'file' && entry.name === fileName);
    if (exists && confirmReplace !== target) {
      setConfirmReplace(target);
      return setError(TEXT.replace(fileName));
    }
    void answer(target);
  };

  const choose = (entry: FolderListing['entries'][number]) => {
    if (entry.kind === 'folder') return void go(entry.path);
    setSelected(entry.path);
    setError(null);
    if (request.kind === 'save') setName(entry.name);
  };

  return (
    <Modal title={translateDialogText(request.title, tr)} open onClose={() => void answer(null)}>
      <form
        className="file-chooser"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <nav className="file-chooser__places" aria-label={TEXT.places}>
          {request.places.map((place) => (
            <button key={place.path} type="button" className="button button--quiet" onClick={() => void go(place.path)} title={place.path}>
              {translateDialogText(place.label, tr)}
            </button>
          ))}
        </nav>
        <div className="file-chooser__folder">
          <button type="button" className="button" disabled={!listing?.parent} onClick={() => listing?.parent && void go(listing.parent)}>
            {TEXT.up}
          </button>
          <span className="file-chooser__path">{listing?.path ?? ''}</span>
        </div>
        {!listing && !error && <p>{TEXT.loading}</p>}
        {listing && listing.entries.length === 0 && <p>{TEXT.empty}</p>}
        {listing && listing.entries.length > 0 && (
          <ul className="file-list file-chooser__list" aria-label={TEXT.folderListing(listing.path)}>
            {listing.entries.map((entry) => (
              <li key={entry.path}>
                <button
                  type="button"
                  className={`file-list__item file-chooser__entry file-chooser__entry--${entry.kind}`}
                  aria-pressed={entry.kind === 'file' ? selected === entry.path : undefined}
                  onClick={() => choose(entry)}
                  onDoubleClick={() => entry.kind === 'file' && request.kind === 'open' && void answer(entry.path)}
                >
                  <span className="file-list__name">{entry.name}</span>
                  {entry.kind === 'folder' && <span className="file-list__detail">{TEXT.folder}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
        {request.extensions.length > 0 && <p className="file-list__detail">{TEXT.types(request.extensions)}</p>}
        {request.kind === 'save' && (
          <div className="field field--wide">
            <label htmlFor={nameId} className="field__label">
              {TEXT.fileName}
            </label>
            <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} />
          </div>
        )}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="modal__buttons">
          {/* Disabled until the folder is listed: a Save or Open pressed before would otherwise do nothing. */}
          <button type="submit" className="button button--primary" disabled={!listing}>
            {request.kind === 'open' ? TEXT.open : TEXT.save}
          </button>
          <button type="button" className="button" onClick={() => void answer(null)}>
            {TEXT.cancel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
