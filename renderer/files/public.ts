/** What the files feature offers other features (eslint.config.js: a feature imports another only through its public.ts). */
export { folderOf } from './format';
export { confirmLeavingWorkshop, openRecentWorkshop, openWorkshop } from './file-commands';
export { baseNameOf, useFileStore } from './file-store';
