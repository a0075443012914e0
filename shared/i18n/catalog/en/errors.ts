/**
 * What went wrong, as the person reads it: the sentences of a structured `IpcError` (`shared/ipc/error-text.ts`).
 * `sentence.*` frames the error (which file, what was being done); `reason.*` says why, short enough for the save
 * status. The main process writes `IpcError.message` from the English texts; the window shows them in its language.
 */
export const errors = {
  sentence: {
    open: 'Could not open "{{fileName}}": {{reason}}.',
    save: 'Could not save "{{fileName}}": {{reason}}.',
    import: 'Could not import "{{fileName}}": {{reason}}.',
    write: 'Could not write "{{fileName}}": {{reason}}.',
    saveTooLarge:
      'Could not save "{{fileName}}": {{reason}} (the most CoP Studio opens), so it was not written. Remove some long texts and save again.',
    saveOriginalNotKept:
      'Could not save "{{fileName}}": its original (older format) could not be backed up first ({{reason}}). Use Save As to save elsewhere.',
    saveOtherNotKept:
      'Could not save "{{fileName}}": the other version on disk could not be kept as a backup first ({{reason}}). Use Save as… to save yours elsewhere.',
    conflict: '"{{fileName}}" was changed by another program since CoP Studio read it, so it was not saved over.',
    newerNotSaved: '"{{fileName}}" was saved by a newer CoP Studio, so it is not saved over. Use Save As.',
    restoreNotKept: 'The current "{{fileName}}" could not be backed up before the restore ({{reason}}), so nothing was restored.',
    exampleOpen: 'The example workshop could not be opened. Could not open "{{fileName}}": {{reason}}.',
    backupGone: 'This backup no longer exists.',
    recoveredGone: 'This recovered work is no longer there.',
    journal: 'The recovery journal could not be written ({{reason}}).',
    preferences: "Your preferences could not be saved: CoP Studio's data folder could not be written ({{reason}}).",
    notChosenOpen: 'This file was not chosen in a dialog or the recent list, so it cannot be opened.',
    notChosenSave: 'This file was not chosen in a dialog, so CoP Studio will not write to it.',
    notChosen: 'This file was not chosen in a dialog or the recent list.',
    notExported: 'Only a file exported in this session can be opened from here.',
    untrusted: 'This request did not come from CoP Studio itself and was refused.',
    unknownRequest: 'Unknown request "{{method}}".',
    malformed: 'The request "{{method}}" was malformed: {{detail}}.',
    internal: 'Something went wrong in CoP Studio while handling "{{method}}". Your work in the window is untouched.',
    tooLarge: 'This request is too large.',
    chooserNotOpen: 'No file chooser is open, so no folder can be listed.',
    chooserClosed: 'This file chooser is no longer open.',
    folderUnreadable: 'The folder "{{folder}}" cannot be read: {{reason}}.',
    notAFile: '"{{fileName}}" is not a file that can be opened.',
    wrongType: '"{{fileName}}" is not a {{types}} file.',
    folderMissing: 'The folder "{{folder}}" does not exist.',
    systemDialogs: 'This window uses the system file dialogs.',
    roomNotOpen: 'The room is not open.',
    roomOpen: 'The room could not be opened: {{reason}}.',
    pdf: 'The PDF could not be made: {{reason}}.',
    pdfTimeout:
      'Making the PDF took more than a minute and was stopped. Nothing was written. Try again; if it happens again, export the summary as Markdown.',
    noPdfEngine: 'This build of CoP Studio has no PDF engine.',
  },
  reason: {
    'not-found': 'the file does not exist',
    folder: 'it is a folder, not a file',
    'not-regular': 'it is not a regular file',
    'too-large': 'it is larger than {{limit}}',
    'too-large-workshop': 'it is larger than {{limit}}, more than any workshop needs',
    'workshop-too-large': 'the workshop is larger than {{limit}}',
    'not-text': 'it is not a text file (binary content)',
    'not-text-workshop': 'it is not a text file (binary content) — not a CoP Studio workshop',
    empty: 'the file is empty',
    'json-truncated': 'it is not valid JSON: the file ends too early (line {{line}}, column {{column}}) — it may be truncated',
    'json-invalid': 'it is not valid JSON (line {{line}}, column {{column}})',
    'newer-version': '{{detail}}; update CoP Studio to open it — the file was left untouched',
    'invalid-content': 'its content is not valid ({{detail}})',
    'unreadable-content': 'its content could not be read as a workshop',
    'read-only-file': 'the file is read-only',
    'hard-links': 'the file has {{count}} other hard link(s), which saving would separate from it (they would keep the old version)',
    permission: 'permission denied',
    'read-only-folder': 'the folder is read-only',
    'disk-full': 'the disk is full',
    'folder-gone': 'its folder no longer exists (moved, renamed or unmounted?)',
    'name-is-folder': 'a folder has that name',
    'too-many-files': 'too many files are open',
    'disk-error': 'the disk reported an input/output error',
    'address-unknown': "the address {{address}} is not one of this computer's network addresses",
    'address-in-use': 'the address is already in use',
    'address-unavailable': 'the address is no longer available on this computer (did the network change?)',
    /** A reason only the system or a parser words (an OS message, a schema path): shown as it is. */
    detail: '{{detail}}',
  },
  /** Shown when the recovery journal cannot be written: crash protection is off until it can be again. */
  journalOff:
    'Crash protection is off: your unsaved edits could not be kept in the recovery journal ({{reason}}). Save your work to keep it safe.',
  journalBack: 'Crash protection is back on: your unsaved edits are kept in the recovery journal again.',
} as const;
