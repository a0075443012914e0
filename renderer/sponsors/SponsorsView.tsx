import { useState } from 'react';
import { newId } from '../../shared/domain/ids';
import { localIsoDate } from '../../shared/domain/iso-date';
import { sponsorsOf } from '../../shared/domain/member-search';
import { setAskStatus } from '../../shared/domain/sponsor-asks';
import { ASK_STATUSES, type SponsorAsk } from '../../shared/schema';
import { ASK_STATUS_LABELS } from '../common/labels';
import { useUndoOffer } from '../common/UndoOffer';
import { useWorkshop, useWorkshopStore } from '../store/workshop-store';
import { AskCard } from './AskCard';
import { AskDialog, type AskDraft } from './AskDialog';
import { PitchView } from './PitchView';
import { useSponsorsUi } from './sponsors-store';
import '../common/feature.css';
import './sponsors.css';

export function SponsorsView() {
  const pitch = useSponsorsUi((s) => s.pitch);
  return pitch ? <PitchView /> : <AsksView />;
}

function AsksView() {
  const asks = useWorkshop((w) => w.sponsorAsks);
  const members = useWorkshop((w) => w.members);
  const goals = useWorkshop((w) => w.goals);
  const change = useWorkshopStore((s) => s.change);
  const setPitch = useSponsorsUi((s) => s.setPitch);
  const [editing, setEditing] = useState<{ ask: SponsorAsk | null } | null>(null);
  const undoOffer = useUndoOffer();
  const sponsors = sponsorsOf(members);

  const save = (draft: AskDraft) => {
    const id = editing?.ask?.id;
    change(id ? 'Edit sponsor ask' : 'Add sponsor ask', (w) => {
      const existing = w.sponsorAsks.find((a) => a.id === id);
      if (existing) Object.assign(existing, draft);
      else w.sponsorAsks.push({ id: newId(), ...draft });
    });
    setEditing(null);
  };

  const counts = ASK_STATUSES.map((s) => ({ status: s, count: asks.filter((a) => a.status === s).length })).filter((c) => c.count > 0);

  return (
    <div className="page sponsors">
      <header className="page__header">
        <h1>Sponsor asks</h1>
        <p className="page__summary">
          {asks.length === 0
            ? 'Nothing asked yet'
            : counts.map((c) => `${c.count} ${ASK_STATUS_LABELS[c.status].toLowerCase()}`).join(' · ')}
        </p>
        <button type="button" className="button" onClick={() => setPitch(true)}>
          Show pitch
        </button>
        <button type="button" className="button button--primary" onClick={() => setEditing({ ask: null })}>
          New ask
        </button>
      </header>

      {asks.length === 0 ? (
        <div className="card sponsors__empty">
          <h2>What do you need from management?</h2>
          <p>
            Dedicated time (e.g. 2 h per person per month), a budget, a room, tooling… Say what, how much, of which
            sponsor and which goals it serves; then track it from draft to asked, granted or refused. “Show pitch” puts
            the vision, the goals and the asks on one page for the meeting with your manager.
          </p>
          {sponsors.length === 0 && <p className="muted">Tip: add your sponsors in People with the role “Sponsor”.</p>}
        </div>
      ) : (
        <div className="sponsors__list">
          {asks.map((ask) => (
            <AskCard
              key={ask.id}
              ask={ask}
              sponsor={members.find((m) => m.id === ask.sponsorId) ?? null}
              goals={goals.filter((g) => ask.goalIds.includes(g.id))}
              onStatus={(status) => change('Change ask status', (w) => setAskStatus(w, ask.id, status, localIsoDate()))}
              onEdit={() => setEditing({ ask })}
              onDelete={() => {
                change('Delete sponsor ask', (w) => void (w.sponsorAsks = w.sponsorAsks.filter((a) => a.id !== ask.id)));
                undoOffer.offer(`Deleted ask “${ask.what}”.`);
              }}
            />
          ))}
        </div>
      )}
      {editing && <AskDialog ask={editing.ask} sponsors={sponsors} goals={goals} onSubmit={save} onClose={() => setEditing(null)} />}
      {undoOffer.element}
    </div>
  );
}
