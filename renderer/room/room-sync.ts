import { useLanguageStore } from '../common/i18n';
import { parseAppEvent, type AppEventPayload } from '../../shared/ipc/events';
import { applyRoomOperation } from '../../shared/domain/room-contributions';
import { projectWorkshop } from '../../shared/room/projection';
import { tr } from '../common/i18n';
import type { RoomOperation } from '../../shared/room/protocol';
import { api } from '../api/copstudio-api';
import { useUiStore } from '../store/ui-store';
import { useFileStore } from '../files/public';
import { currentWorkshop, useWorkshopStore } from '../store/workshop-store';
import { addVoterNamed } from '../canvas/public';
import { useRoomStore } from './room-store';
import { ROOM_TEXT } from './room-text';

/**
 * The window's side of room mode, an explicit owner started by the app: applies phone operations through the
 * domain (one undo step each), answers join requests, and publishes the room's projection after each change.
 */
export class RoomSync {
  private stops: (() => void)[] = [];
  private publishScheduled = false;

  start(): void {
    this.stops.push(api().onEvent((raw) => this.onEvent(raw)));
    // A window that starts (or reloads) knows nothing of a room a previous page opened: that room is closed, so
    // no phone writes into a document this window does not track.
    void api().roomClose();
    this.stops.push(
      useWorkshopStore.subscribe((state, previous) => {
        if (state.revision !== previous.revision) this.schedulePublish();
      }),
    );
    // Another interface language: the phones switch too.
    this.stops.push(
      useLanguageStore.subscribe((state, previous) => {
        if (state.language !== previous.language) this.schedulePublish();
      }),
    );
    // Back to the welcome screen (no workshop open): the room closes.
    this.stops.push(
      useFileStore.subscribe((state, previous) => {
        if (state.home && !previous.home && useRoomStore.getState().status.open) void api().roomClose();
      }),
    );
  }

  stop(): void {
    this.stops.splice(0).forEach((stop) => stop());
  }

  /** The projection to publish now. */
  projection() {
    const room = useRoomStore.getState();
    // The phones follow the facilitator's interface language (the pseudo-locale of the layout tests reads as English).
    const language = useLanguageStore.getState().language;
    return {
      ...projectWorkshop(currentWorkshop(), { lastAppliedOp: room.lastAppliedOp, privateWriting: room.privateWriting, t: tr }),
      language: language === 'fr' ? ('fr' as const) : ('en' as const),
    };
  }

  schedulePublish(): void {
    if (this.publishScheduled || !useRoomStore.getState().status.open) return;
    this.publishScheduled = true;
    queueMicrotask(() => {
      this.publishScheduled = false;
      void this.publishNow();
    });
  }

  async publishNow(): Promise<void> {
    if (!useRoomStore.getState().status.open) return;
    await api().roomPublish({ projection: this.projection() });
  }

  private onEvent(raw: unknown): void {
    const event = parseAppEvent(raw);
    if (!event) return;
    switch (event.name) {
      case 'room.operations':
        for (const op of event.payload.ops) this.apply(op);
        return;
      case 'room.joinRequest':
        return void this.onJoinRequest(event.payload);
      case 'room.status':
        return this.onStatus(event.payload);
    }
  }

  private apply(op: RoomOperation): void {
    const room = useRoomStore.getState();
    if (op.seq <= room.lastAppliedOp) return;
    room.set({ lastAppliedOp: op.seq });
    const author =
      op.kind === 'member.join' || op.kind === 'health.answer'
        ? ''
        : (currentWorkshop().members.find((m) => m.id === op.memberId)?.name ?? '');
    const label =
      op.kind === 'note.add'
        ? ROOM_TEXT.noteLabel(op.author)
        : op.kind === 'note.edit'
          ? ROOM_TEXT.changeLabel(author)
          : op.kind === 'note.withdraw'
            ? ROOM_TEXT.withdrawLabel(author)
            : op.kind === 'vote.add'
              ? ROOM_TEXT.dotLabel(author)
              : op.kind === 'vote.remove'
                ? ROOM_TEXT.undotLabel(author)
                : op.kind === 'health.answer'
                  ? tr('community.health.undoAnswer')
                  : ROOM_TEXT.joinLabel;
    const before = useWorkshopStore.getState().revision;
    useWorkshopStore.getState().change(label, (draft) => void applyRoomOperation(draft, op));
    // Refused by the domain (nothing changed): still tell the server this operation was handled.
    if (useWorkshopStore.getState().revision === before) this.schedulePublish();
  }

  private async onJoinRequest(request: AppEventPayload<'room.joinRequest'>): Promise<void> {
    const room = useRoomStore.getState();
    if (room.status.autoAccept) return this.accept(request);
    // Shown on the room button and the join panel ("N waiting"); accepted in the Room dialog.
    room.set({ joinRequests: [...room.joinRequests.filter((r) => r.participantId !== request.participantId), request] });
  }

  /** Adds the typed name as a member (or finds them), checked in and voting, then lets the phone in. */
  async accept(request: { participantId: string; name: string }): Promise<void> {
    let memberId = addVoterNamed(request.name, ROOM_TEXT.addLabel(request.name));
    memberId ??= currentWorkshop().members.find((m) => m.name.toLowerCase() === request.name.trim().toLowerCase())?.id ?? null;
    const room = useRoomStore.getState();
    room.set({ joinRequests: room.joinRequests.filter((r) => r.participantId !== request.participantId) });
    if (!memberId) return;
    await this.publishNow();
    const result = await api().roomAdmit({ participantId: request.participantId, memberId });
    if (result.ok) useRoomStore.getState().set({ status: result.value });
  }

  async decline(participantId: string): Promise<void> {
    const room = useRoomStore.getState();
    room.set({ joinRequests: room.joinRequests.filter((r) => r.participantId !== participantId) });
    const result = await api().roomDecline({ participantId });
    if (result.ok) useRoomStore.getState().set({ status: result.value });
  }

  private onStatus(status: AppEventPayload<'room.status'>): void {
    const room = useRoomStore.getState();
    const wasOpen = room.status.open;
    room.set({ status, ...(status.open ? {} : { joinRequests: [] }) });
    if (wasOpen && !status.open) useUiStore.getState().notify('info', ROOM_TEXT.closedNotice);
  }
}

/** The app's one room sync (started by `App`). */
export const roomSync = new RoomSync();
