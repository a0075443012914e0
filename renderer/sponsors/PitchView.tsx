import { useEffect, useRef } from 'react';
import { objectiveProgress } from '../../shared/domain/progress';
import { formatAmount } from '../../shared/domain/sponsor-asks';
import { MEMBER_ROLES } from '../../shared/schema';
import { ProgressBar } from '../goals/ProgressBar';
import { ASK_KIND_LABELS, ASK_STATUS_LABELS, ROLE_LABELS, formatDate, formatNumber } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import { useSponsorsUi } from './sponsors-store';

/** One page for a manager: the vision statement, the goals with their objectives, and what we ask. Read-only. */
export function PitchView() {
  const meta = useWorkshop((w) => w.meta);
  const vision = useWorkshop((w) => w.canvas.visionStatement);
  const goals = useWorkshop((w) => w.goals);
  const asks = useWorkshop((w) => w.sponsorAsks);
  const members = useWorkshop((w) => w.members);
  const impact = useWorkshop((w) => w.impact);
  const setPitch = useSponsorsUi((s) => s.setPitch);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const roleCounts = MEMBER_ROLES.map((role) => ({ role, count: members.filter((m) => m.role === role).length })).filter(
    (r) => r.count > 0 && r.role !== 'sponsor',
  );
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
          <p className="pitch__eyebrow">{meta.community || 'Our community of practice'}</p>
          <h1 id="pitch-title" ref={headingRef} tabIndex={-1}>
            Why it matters, and what we need
          </h1>
        </div>
        <button type="button" className="button" aria-keyshortcuts="Escape" onClick={() => setPitch(false)}>
          Back to asks
        </button>
      </header>

      <section className="pitch__vision" aria-labelledby="pitch-vision">
        <h2 id="pitch-vision" className="pitch__section-title">
          Our vision
        </h2>
        {vision.trim() ? (
          <blockquote className="pitch__quote">{vision}</blockquote>
        ) : (
          <p className="empty-hint">The vision statement is not written yet (write it on the canvas).</p>
        )}
        {roleCounts.length > 0 && (
          <p className="pitch__people">
            {peopleCount} {peopleCount === 1 ? 'person' : 'people'}:{' '}
            {roleCounts.map((r) => `${r.count} ${ROLE_LABELS[r.role].one.toLowerCase()}`).join(', ')}
          </p>
        )}
      </section>

      <div className="pitch__columns">
        <section aria-labelledby="pitch-goals">
          <h2 id="pitch-goals" className="pitch__section-title">
            Our goals
          </h2>
          {goals.length === 0 && <p className="empty-hint">No goal yet.</p>}
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
                            {unit} → <strong>{formatNumber(o.target)}{unit}</strong>
                            {o.dueDate && <span className="muted"> by {formatDate(o.dueDate)}</span>}
                          </span>
                          <ProgressBar progress={objectiveProgress({ impact }, o)} label={`Progress of ${o.indicator}`} />
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
            What we ask
          </h2>
          {asks.length === 0 && <p className="empty-hint">No ask yet.</p>}
          <ul className="pitch__asks">
            {asks.map((ask) => {
              const sponsor = nameOf(ask.sponsorId);
              const served = goals.filter((g) => ask.goalIds.includes(g.id));
              return (
                <li key={ask.id} className={`pitch__ask pitch__ask--${ask.status}`}>
                  <div className="pitch__ask-top">
                    <span className="chip">{ASK_KIND_LABELS[ask.kind]}</span>
                    <span className={`pitch__status pitch__status--${ask.status}`}>{ASK_STATUS_LABELS[ask.status]}</span>
                  </div>
                  <p className="pitch__amount">{formatAmount(ask) || ask.what}</p>
                  {formatAmount(ask) && <p className="pitch__ask-what">{ask.what}</p>}
                  <p className="muted pitch__ask-meta">
                    {sponsor ? `Asked of ${sponsor}` : 'Sponsor to be found'}
                    {served.length > 0 && ` · for ${served.map((g) => `“${g.title}”`).join(', ')}`}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      </div>
      <footer className="pitch__footer muted">
        {[meta.title, formatDate(meta.date), meta.facilitator && `facilitated by ${meta.facilitator}`].filter(Boolean).join(' · ')}
      </footer>
    </article>
  );
}
