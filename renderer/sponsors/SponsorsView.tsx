import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sponsorsOf } from '../../shared/domain/member-search';
import { ASK_STATUSES, type SponsorAsk } from '../../shared/schema';
import { useUndoOffer } from '../common/UndoOffer';
import { useWorkshop } from '../store/workshop-store';
import { AskCard } from './AskCard';
import { AskDialog, type AskDraft } from './AskDialog';
import { PitchView } from './PitchView';
import { changeAskStatus, removeAsk, saveAskDialog } from './sponsors-commands';
import { useSponsorsUiStore } from './sponsors-ui-store';
import '../common/feature.css';
import './sponsors.css';

export function SponsorsView() {
  const pitch = useSponsorsUiStore((s) => s.pitch);
  return pitch ? <PitchView /> : <AsksView />;
}

function AsksView() {
  const { t } = useTranslation();
  const asks = useWorkshop((w) => w.sponsorAsks);
  const members = useWorkshop((w) => w.members);
  const goals = useWorkshop((w) => w.goals);
  const setPitch = useSponsorsUiStore((s) => s.setPitch);
  const [editing, setEditing] = useState<{ ask: SponsorAsk | null } | null>(null);
  const undoOffer = useUndoOffer();
  const sponsors = sponsorsOf(members);

  const save = (draft: AskDraft) => {
    saveAskDialog(editing?.ask?.id ?? null, draft);
    setEditing(null);
  };

  const counts = ASK_STATUSES.map((s) => ({ status: s, count: asks.filter((a) => a.status === s).length })).filter((c) => c.count > 0);

  return (
    <div className="page sponsors">
      <header className="page__header">
        <h1>{t('sponsors.title')}</h1>
        <p className="page__summary">
          {asks.length === 0
            ? t('sponsors.nothingAsked')
            : counts.map((c) => t(`sponsors.statusCount.${c.status}`, { count: c.count })).join(' · ')}
        </p>
        <button type="button" className="button" onClick={() => setPitch(true)}>
          {t('sponsors.showPitch')}
        </button>
        <button type="button" className="button button--primary" onClick={() => setEditing({ ask: null })}>
          {t('sponsors.newAsk')}
        </button>
      </header>

      {asks.length === 0 ? (
        <div className="card sponsors__empty">
          <h2>{t('sponsors.empty.title')}</h2>
          <p>{t('sponsors.empty.text')}</p>
          {sponsors.length === 0 && <p className="muted">{t('sponsors.empty.tip')}</p>}
        </div>
      ) : (
        <div className="sponsors__list">
          {asks.map((ask) => (
            <AskCard
              key={ask.id}
              ask={ask}
              sponsor={members.find((m) => m.id === ask.sponsorId) ?? null}
              goals={goals.filter((g) => ask.goalIds.includes(g.id))}
              onStatus={(status) => changeAskStatus(ask.id, status)}
              onEdit={() => setEditing({ ask })}
              onDelete={() => {
                removeAsk(ask.id);
                undoOffer.offer(t('sponsors.deleted', { what: ask.what }));
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
