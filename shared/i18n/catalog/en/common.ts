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
  /** Key names as people read them on their keyboard (the keyboard map, tooltips, hints): French keyboards say « Maj », « Suppr ». */
  keys: {
    ctrl: 'Ctrl',
    alt: 'Alt',
    shift: 'Shift',
    space: 'Space',
    enter: 'Enter',
    esc: 'Esc',
    delete: 'Delete',
    backspace: 'Backspace',
    tab: 'Tab',
    up: 'Up',
    down: 'Down',
    left: 'Left',
    right: 'Right',
    pageUp: 'PageUp',
    pageDown: 'PageDown',
    home: 'Home',
    end: 'End',
    /** The four arrow keys together ("Alt+Arrows"). */
    arrows: 'Arrows',
    /** Two keys that do the same ("Space or Enter"). */
    either: '{{first}} or {{second}}',
  },
} as const;
