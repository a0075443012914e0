import { useEffect, useState, type FormEvent } from 'react';
import { faceDownCount } from '../../shared/domain/room-contributions';
import { Modal } from '../common/Modal';
import { useWorkshop } from '../store/workshop-store';
import { closeRoom, openRoom, removeParticipant, revealRoomNotes, setAutoAccept, setJoinPanel, setLocked } from './room-commands';
import { useRoomStore } from './room-store';
import { roomSync } from './room-sync';
import { ROOM_TEXT } from './room-text';

/** Opening the room: which network to listen on, private writing, how typed names are accepted. */
function RoomOpenDialog() {
  const open = useRoomStore((s) => s.openDialog);
  const interfaces = useRoomStore((s) => s.interfaces);
  const [address, setAddress] = useState<string | null>(null);
  const [privateWriting, setPrivateWriting] = useState(true);
  const [autoAccept, setAutoAcceptChoice] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) setAddress(interfaces[0]?.address ?? null);
  }, [open, interfaces]);
  const close = () => useRoomStore.getState().set({ openDialog: false });
  const onlyLoopback = interfaces.every((i) => i.loopback);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!address || busy) return;
    setBusy(true);
    await openRoom(address, { privateWriting, autoAccept });
    setBusy(false);
  };
  return (
    <Modal title={ROOM_TEXT.dialogTitle} open={open} onClose={close}>
      <form className="room-form" onSubmit={(event) => void submit(event)}>
        <p className="room-form__intro">{ROOM_TEXT.dialogIntro}</p>
        <fieldset className="room-form__networks">
          <legend>{ROOM_TEXT.interfaceLegend}</legend>
          {interfaces.map((i) => (
            <label key={i.address} className="room-form__choice">
              <input
                type="radio"
                name="room-address"
                value={i.address}
                checked={address === i.address}
                onChange={() => setAddress(i.address)}
              />
              {i.loopback ? ROOM_TEXT.loopbackChoice(i.address) : i.label}
            </label>
          ))}
          <p className="room-form__note">{onlyLoopback ? ROOM_TEXT.noNetwork : ROOM_TEXT.loopbackNote}</p>
        </fieldset>
        <label className="room-form__choice">
          <input type="checkbox" checked={privateWriting} onChange={(e) => setPrivateWriting(e.target.checked)} />
          {ROOM_TEXT.privateWriting}
        </label>
        <label className="room-form__choice">
          <input type="checkbox" checked={autoAccept} onChange={(e) => setAutoAcceptChoice(e.target.checked)} />
          {ROOM_TEXT.autoAccept}
        </label>
        <div className="modal__buttons">
          <button type="submit" className="button button--primary" disabled={!address || busy}>
            {ROOM_TEXT.openButton}
          </button>
          <button type="button" className="button" onClick={close}>
            {ROOM_TEXT.cancel}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The open room's controls: participants (accept, decline, remove), lock, join panel, reveal, close. */
function RoomManageDialog() {
  const open = useRoomStore((s) => s.manageDialog);
  const status = useRoomStore((s) => s.status);
  const requests = useRoomStore((s) => s.joinRequests);
  const faceDown = useWorkshop(faceDownCount);
  const close = () => useRoomStore.getState().set({ manageDialog: false });
  const pendingIds = new Set(requests.map((r) => r.participantId));
  const joined = status.participants.filter((p) => p.state === 'joined');
  return (
    <Modal title={ROOM_TEXT.roomTitle} open={open && status.open} onClose={close}>
      <p>{status.address ? ROOM_TEXT.roomOpenOn(status.address) : ''}</p>
      <div className="room-manage__toggles">
        <label className="room-form__choice">
          <input type="checkbox" checked={status.joinPanelOpen} onChange={(e) => void setJoinPanel(e.target.checked)} />
          {ROOM_TEXT.showPanel}
        </label>
        <label className="room-form__choice">
          <input type="checkbox" checked={status.locked} onChange={(e) => void setLocked(e.target.checked)} />
          {ROOM_TEXT.lock}
        </label>
        <label className="room-form__choice">
          <input type="checkbox" checked={status.autoAccept} onChange={(e) => void setAutoAccept(e.target.checked)} />
          {ROOM_TEXT.acceptNames}
        </label>
      </div>
      <h3 className="room-manage__heading">
        {ROOM_TEXT.participants} ({joined.length})
      </h3>
      {status.participants.length === 0 ? (
        <p>{ROOM_TEXT.noParticipants}</p>
      ) : (
        <ul className="room-manage__people" aria-label={ROOM_TEXT.participants}>
          {status.participants.map((p) => (
            <li key={p.id} className="room-manage__person">
              <span>
                {p.name}
                {p.state === 'pending' ? ` — ${ROOM_TEXT.waiting}` : p.connected ? '' : ` — ${ROOM_TEXT.offline}`}
              </span>
              {p.state === 'pending' && pendingIds.has(p.id) ? (
                <>
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => void roomSync.accept({ participantId: p.id, name: p.name })}
                  >
                    {ROOM_TEXT.accept(p.name)}
                  </button>
                  <button type="button" className="button" onClick={() => void roomSync.decline(p.id)}>
                    {ROOM_TEXT.decline(p.name)}
                  </button>
                </>
              ) : (
                <button type="button" className="button" onClick={() => void removeParticipant(p.id)}>
                  {ROOM_TEXT.remove(p.name)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="modal__buttons">
        <button type="button" className="button" disabled={faceDown === 0} onClick={revealRoomNotes}>
          {faceDown === 0 ? ROOM_TEXT.nothingToReveal : ROOM_TEXT.reveal(faceDown)}
        </button>
        <button type="button" className="button" onClick={() => void closeRoom()}>
          {ROOM_TEXT.close}
        </button>
        <button type="button" className="button button--primary" onClick={close}>
          {ROOM_TEXT.done}
        </button>
      </div>
    </Modal>
  );
}

export function RoomDialogs() {
  return (
    <>
      <RoomOpenDialog />
      <RoomManageDialog />
    </>
  );
}
