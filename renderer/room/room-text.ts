import { tr } from '../common/i18n';

/** Room mode's user-visible strings, from the catalogue (namespace `room`), read in the language shown. */
export const ROOM_TEXT = {
  get openAction() {
    return tr('room.openAction');
  },
  get manageAction() {
    return tr('room.manageAction');
  },
  openActionTitle: (key: string) => tr('room.openActionTitle', { key }),
  get joinPanelAction() {
    return tr('room.joinPanelAction');
  },
  get revealAction() {
    return tr('room.revealAction');
  },
  get closeAction() {
    return tr('room.closeAction');
  },
  get dialogTitle() {
    return tr('room.dialogTitle');
  },
  get dialogIntro() {
    return tr('room.dialogIntro');
  },
  get interfaceLegend() {
    return tr('room.interfaceLegend');
  },
  get loopbackNote() {
    return tr('room.loopbackNote');
  },
  loopbackChoice: (address: string) => tr('room.loopbackChoice', { address }),
  get noNetwork() {
    return tr('room.noNetwork');
  },
  get privateWriting() {
    return tr('room.privateWriting');
  },
  get autoAccept() {
    return tr('room.autoAccept');
  },
  get openButton() {
    return tr('room.openButton');
  },
  get cancel() {
    return tr('room.cancel');
  },
  get panelTitle() {
    return tr('room.panelTitle');
  },
  get sameWifi() {
    return tr('room.sameWifi');
  },
  get scan() {
    return tr('room.scan');
  },
  get orType() {
    return tr('room.orType');
  },
  get codeLabel() {
    return tr('room.codeLabel');
  },
  codeSpelled: (code: string) => tr('room.codeSpelled', { code }),
  qrCode: (url: string) => tr('room.qrCode', { url }),
  get joinAddress() {
    return tr('room.joinAddress');
  },
  get hidePanel() {
    return tr('room.hidePanel');
  },
  joined: (n: number) => tr('room.joined', { count: n }),
  get roomTitle() {
    return tr('room.roomTitle');
  },
  get roomGroup() {
    return tr('room.roomGroup');
  },
  roomOpenOn: (address: string) => tr('room.roomOpenOn', { address }),
  get showPanel() {
    return tr('room.showPanel');
  },
  get lock() {
    return tr('room.lock');
  },
  get acceptNames() {
    return tr('room.acceptNames');
  },
  get participants() {
    return tr('room.participants');
  },
  get noParticipants() {
    return tr('room.noParticipants');
  },
  get waiting() {
    return tr('room.waiting');
  },
  get offline() {
    return tr('room.offline');
  },
  accept: (name: string) => tr('room.accept', { name }),
  decline: (name: string) => tr('room.decline', { name }),
  remove: (name: string) => tr('room.remove', { name }),
  reveal: (n: number) => tr('room.reveal', { count: n }),
  get nothingToReveal() {
    return tr('room.nothingToReveal');
  },
  get close() {
    return tr('room.close');
  },
  get done() {
    return tr('room.done');
  },
  roomButton: (n: number) => tr('room.roomButton', { count: n }),
  get openRoomButton() {
    return tr('room.openRoomButton');
  },
  waitingCount: (n: number) => tr('room.waitingCount', { count: n }),
  get closedNotice() {
    return tr('room.closedNotice');
  },
  get opened() {
    return tr('room.opened');
  },
  noteLabel: (author: string) => tr('room.noteLabel', { author }),
  changeLabel: (author: string) => tr('room.changeLabel', { author }),
  withdrawLabel: (author: string) => tr('room.withdrawLabel', { author }),
  dotLabel: (author: string) => tr('room.dotLabel', { author }),
  undotLabel: (author: string) => tr('room.undotLabel', { author }),
  get joinLabel() {
    return tr('room.joinLabel');
  },
  addLabel: (name: string) => tr('room.addLabel', { name }),
  get revealLabel() {
    return tr('room.revealLabel');
  },
  get faceDown() {
    return tr('room.faceDown');
  },
};
