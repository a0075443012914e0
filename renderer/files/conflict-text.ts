import { tr } from '../common/i18n';

/** The user-visible strings of "changed on disk", from the catalogue (namespace `files`), read when shown. */
export const CONFLICT_TEXT = {
  get title() {
    return tr('files.conflict.title');
  },
  body: (name: string) => tr('files.conflict.body', { name }),
  get keepMine() {
    return tr('files.conflict.keepMine');
  },
  get keepMineHelp() {
    return tr('files.conflict.keepMineHelp');
  },
  get takeTheirs() {
    return tr('files.conflict.takeTheirs');
  },
  get takeTheirsHelp() {
    return tr('files.conflict.takeTheirsHelp');
  },
  get saveCopy() {
    return tr('files.conflict.saveCopy');
  },
  get saveCopyHelp() {
    return tr('files.conflict.saveCopyHelp');
  },
  get status() {
    return tr('files.conflict.status');
  },
  keptMine: (name: string) => tr('files.conflict.keptMine', { name }),
  tookTheirs: (name: string) => tr('files.conflict.tookTheirs', { name }),
  reloaded: (name: string) => tr('files.conflict.reloaded', { name }),
};
