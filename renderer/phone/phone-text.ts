import { excerpt, EXCERPT_LENGTH } from '../../shared/domain/text-units';
import { CODE_REFUSALS, ROOM_CLOSE, isRoomRefusal, type CodeRefusal } from '../../shared/room/room-constants';
import { pt } from './phone-i18n';

/** The phone page's user-visible strings, from the catalogue (namespace `phone`), in the room's language. */
export const PHONE_TEXT = {
  get connecting() {
    return pt('phone.connecting');
  },
  get codeTitle() {
    return pt('phone.codeTitle');
  },
  get codeIntro() {
    return pt('phone.codeIntro');
  },
  get codeLabel() {
    return pt('phone.codeLabel');
  },
  get codeButton() {
    return pt('phone.codeButton');
  },
  get whoTitle() {
    return pt('phone.whoTitle');
  },
  get pickHint() {
    return pt('phone.pickHint');
  },
  get someoneElse() {
    return pt('phone.someoneElse');
  },
  get nameButton() {
    return pt('phone.nameButton');
  },
  pending: (name: string) => pt('phone.pending', { name }),
  get you() {
    return pt('phone.you');
  },
  hello: (name: string) => pt('phone.hello', { name }),
  get step() {
    return pt('phone.step');
  },
  get writeTitle() {
    return pt('phone.writeTitle');
  },
  get noteLabel() {
    return pt('phone.noteLabel');
  },
  get zoneLabel() {
    return pt('phone.zoneLabel');
  },
  get anyZone() {
    return pt('phone.anyZone');
  },
  get send() {
    return pt('phone.send');
  },
  get save() {
    return pt('phone.save');
  },
  get cancelEdit() {
    return pt('phone.cancelEdit');
  },
  yourNotes: (n: number) => pt('phone.yourNotes', { count: n }),
  get faceDown() {
    return pt('phone.faceDown');
  },
  get editButton() {
    return pt('phone.editButton');
  },
  get withdrawButton() {
    return pt('phone.withdrawButton');
  },
  edit: (text: string) => pt('phone.edit', { note: short(text) }),
  withdraw: (text: string) => pt('phone.withdraw', { note: short(text) }),
  othersHidden: (n: number) => pt('phone.othersHidden', { count: n }),
  dotsLeft: (left: number, total: number) => pt('phone.dotsLeft', { left, count: total }),
  addDot: (text: string) => pt('phone.addDot', { item: short(text) }),
  removeDot: (text: string) => pt('phone.removeDot', { item: short(text) }),
  myDots: (n: number) => pt('phone.myDots', { count: n }),
  get results() {
    return pt('phone.results');
  },
  total: (n: number) => pt('phone.total', { count: n }),
  get nothingToVote() {
    return pt('phone.nothingToVote');
  },
  get watchScreen() {
    return pt('phone.watchScreen');
  },
  get vision() {
    return pt('phone.vision');
  },
  get goals() {
    return pt('phone.goals');
  },
  get backlog() {
    return pt('phone.backlog');
  },
  get themes() {
    return pt('phone.themes');
  },
  get noVision() {
    return pt('phone.noVision');
  },
  get themes3() {
    return { light: pt('phone.themeNames.light'), dark: pt('phone.themeNames.dark'), 'high-contrast': pt('phone.themeNames.highContrast') };
  },
  get reconnecting() {
    return pt('phone.reconnecting');
  },
  get closed() {
    return pt('phone.closed');
  },
  get disconnected() {
    return pt('phone.disconnected');
  },
  get themed() {
    return pt('phone.themed');
  },
  get didNotWork() {
    return pt('phone.didNotWork');
  },
  get unreachable() {
    return pt('phone.unreachable');
  },
  get notConnected() {
    return pt('phone.notConnected');
  },
  /** Why the room refused a message, from the refusal the server names (an unknown one: "That did not work."). */
  refusal: (refusal: unknown, values?: Record<string, string | number>) =>
    isRoomRefusal(refusal) ? pt(`phone.refusal.${refusal}`, { ...values }) : pt('phone.didNotWork'),
  /** Why the typed code was refused. */
  codeRefusal: (refusal: unknown) =>
    (CODE_REFUSALS as readonly unknown[]).includes(refusal) ? pt(`phone.codeRefusal.${refusal as CodeRefusal}`) : pt('phone.didNotWork'),
  /** Why the room ended the connection, by its close code (the frame's own reason is English, for logs). */
  closeReason: (code: number) => {
    const key = CLOSE_REASONS[code];
    return key ? pt(`phone.closeReason.${key}`) : pt('phone.disconnected');
  },
};

const CLOSE_REASONS: Record<
  number,
  'badToken' | 'locked' | 'removed' | 'closed' | 'unknownParticipant' | 'declined' | 'full' | 'flood' | 'tooBig'
> = {
  [ROOM_CLOSE.badToken]: 'badToken',
  [ROOM_CLOSE.locked]: 'locked',
  [ROOM_CLOSE.removed]: 'removed',
  [ROOM_CLOSE.closed]: 'closed',
  [ROOM_CLOSE.unknownParticipant]: 'unknownParticipant',
  [ROOM_CLOSE.declined]: 'declined',
  [ROOM_CLOSE.full]: 'full',
  [ROOM_CLOSE.policy]: 'flood',
  [ROOM_CLOSE.tooBig]: 'tooBig',
};

const short = (text: string): string => excerpt(text, EXCERPT_LENGTH.phone);
