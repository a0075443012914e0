/** Words and pieces shared by the views: buttons, the confirmation dialog, the undo offer. */
export const common = {
  cancel: 'Cancel',
  close: 'Close',
  edit: 'Edit',
  delete: 'Delete',
  undo: 'Undo',
  confirm: {
    nothingElse: 'Nothing else refers to it.',
    undoHint: 'You can undo this with {{shortcut}}.',
  },
  /** The views, in the navigation, the Go To menu's order and the main area's name (renderer/common/views.ts). */
  views: {
    canvas: 'Canvas',
    backlog: 'Backlog',
    people: 'People',
    goals: 'Goals',
    sponsors: 'Sponsors',
    impact: 'Impact',
    agenda: 'Agenda',
  },
} as const;
