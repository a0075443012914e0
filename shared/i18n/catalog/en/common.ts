/** Words and pieces shared by the views: buttons, the confirmation dialog, the undo offer. */
export const common = {
  cancel: 'Cancel',
  close: 'Close',
  edit: 'Edit',
  delete: 'Delete',
  undo: 'Undo',
  confirm: {
    nothingElse: 'Nothing else refers to it.',
    undoHint: 'You can undo this with Ctrl+Z.',
  },
} as const;
