/** The user-visible strings of "changed on disk" (kept together for the translation catalogue, issue 15). */
export const CONFLICT_TEXT = {
  title: 'Changed by another program',
  body: (name: string) =>
    `“${name}” was changed on disk by another program or another CoP Studio window since you opened it. Your edits were not written over it. Which version do you want to keep?`,
  keepMine: 'Keep mine',
  keepMineHelp: 'Save your version over the file. The other version stays in File ▸ Backups….',
  takeTheirs: 'Take theirs',
  takeTheirsHelp: 'Load the version on disk. Yours stays in the recovery journal and is offered at the next start.',
  saveCopy: 'Save mine as a copy…',
  saveCopyHelp: 'Save your version under another name. The file keeps the other version.',
  status: 'changed by another program — choose what to keep',
  keptMine: (name: string) => `Your version was saved to “${name}”. The other version is kept in File ▸ Backups… (“Changed by another program”).`,
  tookTheirs: (name: string) =>
    `The version of “${name}” on disk is loaded. Your version is kept in the recovery journal; CoP Studio offers it at the next start.`,
  reloaded: (name: string) => `“${name}” was changed by another program; it had no unsaved edits here, so its new version is loaded.`,
} as const;
