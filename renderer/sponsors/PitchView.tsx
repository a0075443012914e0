import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { objectiveProgress } from '../../shared/domain/progress';
import { formatAmount } from '../../shared/domain/sponsor-asks';
import { MEMBER_ROLES, type MemberRole } from '../../shared/schema';
import { ProgressBar } from '../goals/public';
import { askKindLabel, askStatusLabel, formatDate, formatNumber } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import { useSponsorsUiStore } from './sponsors-ui-store';
import { PitchStories } from '../community/public';

/** One page for a manager: the vision statement, the goals with their objectives, and what we ask. Read-only. */
export function PitchView() {
  const { t } = useTranslation();
  const meta = useWorkshop((w) => w.meta);
  const vision = useWorkshop((w) => w.canvas.visionStatement);
  const goals = useWorkshop((w) => w.goals);
  const asks = useWorkshop((w) => w.sponsorAsks);
  const members = useWorkshop((w) => w.members);
  const impact = useWorkshop((w) => w.impact);
  const setPitch = useSponsorsUiStore((s) => s.setPitch);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const roleCounts = MEMBER_ROLES.filter((role): role is Exclude<MemberRole, 'sponsor'> => role !== 'sponsor')
    .map((role) => ({ role, count: members.filter((m) => m.role === role).length }))
    .filter((r) => r.count > 0);
  const peopleCount = members.filter((m) => m.role !== 'sponsor').length;
  const nameOf = (id: string | null) => members.find((m) => m.id === id)?.name ?? null;

  return (
    <article
      className="pitch"
      aria-labelledby="pitch-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) setPitch(false);
      }}
    >
      <header className="pitch__header">
        <div>
          <p className="pitch__eyebrow">{meta.community || t('sponsors.pitch.ourCommunity')}</p>
          <h1 id="pitch-title" ref={headingRef} tabIndex={-1}>
            {t('sponsors.pitch.title')}
          </h1>
        </div>
        <button type="button" className="button" aria-keyshortcuts="Escape" onClick={() => setPitch(false)}>
          {t('sponsors.pitch.back')}
        </button>
      </header>

      <section className="pitch__vision" aria-labelledby="pitch-vision">
        <h2 id="pitch-vision" className="pitch__section-title">
          {t('sponsors.pitch.vision')}
        </h2>
        {vision.trim() ? (
          <blockquote className="pitch__quote">{vision}</blockquote>
        ) : (
          <p className="empty-hint">{t('sponsors.pitch.noVision')}</p>
        )}
        {roleCounts.length > 0 && (
          <p className="pitch__people">
            {t('sponsors.pitch.people', {
              count: peopleCount,
              roles: roleCounts.map((r) => t(`sponsors.pitch.roles.${r.role}`, { count: r.count })).join(', '),
            })}
          </p>
        )}
      </section>

      <div className="pitch__columns">
        <section aria-labelledby="pitch-goals">
          <h2 id="pitch-goals" className="pitch__section-title">
            {t('sponsors.pitch.goals')}
          </h2>
          {goals.length === 0 && <p className="empty-hint">{t('sponsors.pitch.noGoal')}</p>}
          <ol className="pitch__goals">
            {goals.map((goal) => (
              <li key={goal.id} className="pitch__goal">
                <h3>{goal.title}</h3>
                {goal.why && <p className="pitch__why">{goal.why}</p>}
                {goal.objectives.length > 0 && (
                  <ul className="pitch__objectives">
                    {goal.objectives.map((o) => {
                      const unit = o.unit ? ` ${o.unit}` : '';
                      return (
                        <li key={o.id}>
                          <span className="pitch__indicator">{o.indicator}</span>
                          <span className="pitch__target">
                            {formatNumber(o.baseline)}
                            {unit} →{' '}
                            <strong>
                              {formatNumber(o.target)}
                              {unit}
                            </strong>
                            {o.dueDate && <span className="muted"> {t('sponsors.pitch.by', { date: formatDate(o.dueDate) })}</span>}
                          </span>
                          <ProgressBar
                            progress={objectiveProgress({ impact }, o)}
                            label={t('sponsors.pitch.progressOf', { indicator: o.indicator })}
                          />
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="pitch-asks" className="pitch__asks-section">
          <h2 id="pitch-asks" className="pitch__section-title">
            {t('sponsors.pitch.asks')}
          </h2>
          {asks.length === 0 && <p className="empty-hint">{t('sponsors.pitch.noAsk')}</p>}
          <ul className="pitch__asks">
            {asks.map((ask) => {
              const sponsor = nameOf(ask.sponsorId);
              const served = goals.filter((g) => ask.goalIds.includes(g.id));
              const amount = formatAmount(ask, formatNumber);
              return (
                <li key={ask.id} className={`pitch__ask pitch__ask--${ask.status}`}>
                  <div className="pitch__ask-top">
                    <span className="chip">{askKindLabel(t, ask.kind)}</span>
                    <span className={`pitch__status pitch__status--${ask.status}`}>{askStatusLabel(t, ask.status)}</span>
                  </div>
                  <p className="pitch__amount">{amount || ask.what}</p>
                  {amount && <p className="pitch__ask-what">{ask.what}</p>}
                  <p className="muted pitch__ask-meta">
                    {sponsor ? t('sponsors.pitch.askedOf', { name: sponsor }) : t('sponsors.pitch.sponsorToFind')}
                    {served.length > 0 &&
                      ` · ${t('sponsors.pitch.forGoals', { goals: served.map((g) => t('sponsors.pitch.quoted', { title: g.title })).join(', ') })}`}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      </div>
      <PitchStories />
      <footer className="pitch__footer muted">
        {[meta.title, formatDate(meta.date), meta.facilitator && t('sponsors.pitch.facilitatedBy', { name: meta.facilitator })]
          .filter(Boolean)
          .join(' · ')}
      </footer>
    </article>
  );
}
