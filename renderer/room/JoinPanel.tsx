import { useMemo } from 'react';
import { faceDownCount } from '../../shared/domain/room-contributions';
import { useWorkshop } from '../store/workshop-store';
import { revealRoomNotes, setJoinPanel, showRoom } from './room-commands';
import { useRoomStore } from './room-store';
import { ROOM_TEXT } from './room-text';
import { shortcutOf } from '../common/action';

/** On the projector: the QR code (generated locally), the address, the short code, how many joined. */
export function JoinPanel() {
  const status = useRoomStore((s) => s.status);
  const waiting = useRoomStore((s) => s.joinRequests.length);
  const qrSrc = useMemo(
    () => (status.qrSvg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(status.qrSvg)}` : null),
    [status.qrSvg],
  );
  if (!status.open || !status.joinPanelOpen || !status.url) return null;
  const joined = status.participants.filter((p) => p.state === 'joined').length;
  const shownUrl = status.url.replace(/#.*$/, '');
  return (
    <aside className="join-panel" aria-labelledby="join-panel-title">
      <h2 id="join-panel-title" className="join-panel__title">
        {ROOM_TEXT.panelTitle}
      </h2>
      <p className="join-panel__wifi">{ROOM_TEXT.sameWifi}</p>
      {qrSrc && <img className="join-panel__qr" src={qrSrc} alt={ROOM_TEXT.qrCode(status.url)} />}
      <p className="join-panel__hint">{ROOM_TEXT.scan}</p>
      <p className="join-panel__hint">{ROOM_TEXT.orType}</p>
      <p className="join-panel__url" aria-label={ROOM_TEXT.joinAddress}>
        {shownUrl}
      </p>
      {status.code && (
        <p className="join-panel__code">
          <span className="join-panel__code-label">{ROOM_TEXT.codeLabel}</span>{' '}
          <strong aria-label={ROOM_TEXT.codeSpelled(status.code.split('').join(' '))}>{status.code}</strong>
        </p>
      )}
      <p className="join-panel__count" role="status">
        {ROOM_TEXT.joined(joined)}
      </p>
      {waiting > 0 && (
        <button type="button" className="button button--primary" onClick={() => void showRoom()}>
          {ROOM_TEXT.waitingCount(waiting)}
        </button>
      )}
      <button type="button" className="button" onClick={() => void setJoinPanel(false)}>
        {ROOM_TEXT.hidePanel}
      </button>
    </aside>
  );
}

/**
 * The shell's room button: "Open room…" when closed, "Room: N joined" when open; plus Reveal when notes lie face down.
 * On the projector (`onlyWhenOpen`) the join panel, while it shows, stands for the button: it carries the same counts,
 * and leaves the bar room for its controls on a 1024-px projector; hiding the panel brings the button back.
 */
export function RoomButton(props: { onlyWhenOpen?: boolean }) {
  const status = useRoomStore((s) => s.status);
  const faceDown = useWorkshop(faceDownCount);
  const joined = status.participants.filter((p) => p.state === 'joined').length;
  const waiting = useRoomStore((s) => s.joinRequests.length);
  if (props.onlyWhenOpen && !status.open) return null;
  const panelStandsForIt = props.onlyWhenOpen && status.joinPanelOpen;
  if (panelStandsForIt && faceDown === 0) return null;
  return (
    <div className="room-button" role="group" aria-label={ROOM_TEXT.roomGroup}>
      {!panelStandsForIt && (
        <button
          type="button"
          className="button"
          onClick={() => void showRoom()}
          title={status.open ? ROOM_TEXT.manageAction : ROOM_TEXT.openActionTitle(shortcutOf('room.open'))}
        >
          {status.open ? ROOM_TEXT.roomButton(joined) + (waiting > 0 ? ` (+${waiting})` : '') : ROOM_TEXT.openRoomButton}
        </button>
      )}
      {faceDown > 0 && (
        <button type="button" className="button" onClick={revealRoomNotes}>
          {ROOM_TEXT.reveal(faceDown)}
        </button>
      )}
    </div>
  );
}
