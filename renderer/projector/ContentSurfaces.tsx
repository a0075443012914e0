import { useMemo } from 'react';
import { objectiveProgress, clampFraction } from '../../shared/domain/progress';
import { formatAmount } from '../../shared/domain/sponsor-asks';
import { tallyVotes } from '../../shared/domain/vote-tally';
import type { Goal } from '../../shared/schema';
import { useTranslation } from 'react-i18next';
import { activityTypeLabel, askKindLabel, askStatusLabel, formatDate, formatNumber } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import { FitList } from './FitList';
import { surfaceLabel, TEXT } from './projector-text';

/** The vision statement, large, with the top themes it came from. */
export function VisionSurface() {
  const vision = useWorkshop((w) => w.canvas.visionStatement);
  const canvas = useWorkshop((w) => w.canvas);
  const top = useMemo(
    () =>
      tallyVotes(canvas)
        .ranked.filter((c) => c.kind === 'theme' && c.votes > 0)
        .slice(0, 3),
    [canvas],
  );
  const length = vision.trim().length;
  const size = length > 400 ? 'small' : length > 180 ? 'medium' : 'large';
  return (
    <section className="surface surface--vision" aria-label={surfaceLabel('vision')}>
      {vision.trim() ? (
        <blockquote className={`vision-quote vision-quote--${size}`}>{vision}</blockquote>
      ) : (
        <p className="surface__empty">{TEXT.noVision}</p>
      )}
      {top.length > 0 && (
        <p className="vision-themes">
          {TEXT.topThemes}: {top.map((c) => c.label).join(' · ')}
        </p>
      )}
    </section>
  );
}

function objectiveLine(o: Goal['objectives'][number]): string {
  const unit = o.unit ? ` ${o.unit}` : '';
  const due = o.dueDate ? ` by ${formatDate(o.dueDate)}` : '';
  return `${o.indicator}: ${formatNumber(o.baseline)} → ${formatNumber(o.target)}${unit}${due}`;
}

/** The goals and their objectives. */
export function GoalsSurface() {
  const goals = useWorkshop((w) => w.goals);
  return (
    <section className="surface surface--goals" aria-label={surfaceLabel('goals')}>
      <FitList
        className="card-grid"
        items={goals}
        keyOf={(g) => g.id}
        label={TEXT.goals}
        noun="goal"
        empty={<p className="surface__empty">{TEXT.noGoals}</p>}
        render={(goal) => (
          <article className="big-card">
            <h2 className="big-card__title">{goal.title}</h2>
            {goal.why && <p className="big-card__text">{goal.why}</p>}
            <ul className="big-card__list">
              {goal.objectives.map((o) => (
                <li key={o.id}>{objectiveLine(o)}</li>
              ))}
            </ul>
          </article>
        )}
      />
    </section>
  );
}

/** The backlog's columns, each with its cards (paged together with ↓ / ↑). */
export function BacklogSurface() {
  const backlog = useWorkshop((w) => w.backlog);
  const members = useWorkshop((w) => w.members);
  const byId = useMemo(() => new Map(backlog.activities.map((a) => [a.id, a])), [backlog.activities]);
  const { t } = useTranslation();
  const nameOf = (id: string | null) => members.find((m) => m.id === id)?.name ?? null;
  return (
    <section className="surface surface--backlog" aria-label={surfaceLabel('backlog')}>
      <div className="backlog-columns" style={{ gridTemplateColumns: `repeat(${Math.min(backlog.columns.length, 4)}, minmax(0, 1fr))` }}>
        {backlog.columns.map((column) => {
          const items = column.activityIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
          return (
            <section key={column.id} className="backlog-column" aria-label={column.title}>
              <h2 className="backlog-column__title">{column.title}</h2>
              <FitList
                className="backlog-column__cards"
                items={items}
                keyOf={(a) => a.id}
                label={column.title}
                noun="activity"
                empty={<p className="surface__empty">{TEXT.noActivities}</p>}
                render={(a) => (
                  <article className="small-card">
                    <h3 className="small-card__title">{a.title}</h3>
                    <p className="small-card__meta">
                      {[activityTypeLabel(t, a.type), nameOf(a.ownerId), a.date ? formatDate(a.date) : null].filter(Boolean).join(' · ')}
                    </p>
                  </article>
                )}
              />
            </section>
          );
        })}
      </div>
    </section>
  );
}

/** What we ask the sponsors, and why. */
export function SponsorSurface() {
  const asks = useWorkshop((w) => w.sponsorAsks);
  const members = useWorkshop((w) => w.members);
  const goals = useWorkshop((w) => w.goals);
  const { t } = useTranslation();
  return (
    <section className="surface surface--sponsor" aria-label={surfaceLabel('sponsor')}>
      <FitList
        className="card-grid"
        items={asks}
        keyOf={(a) => a.id}
        label={TEXT.sponsorAsks}
        noun="ask"
        empty={<p className="surface__empty">{TEXT.noAsks}</p>}
        render={(ask) => {
          const sponsor = members.find((m) => m.id === ask.sponsorId)?.name;
          const why = ask.goalIds.flatMap((id) => goals.find((g) => g.id === id)?.title ?? []);
          return (
            <article className="big-card">
              <h2 className="big-card__title">{ask.what}</h2>
              <p className="big-card__text">
                {[askKindLabel(t, ask.kind), formatAmount(ask), sponsor, askStatusLabel(t, ask.status)].filter(Boolean).join(' · ')}
              </p>
              {why.length > 0 && <p className="big-card__text">{TEXT.askFor(why.join(' · '))}</p>}
            </article>
          );
        }}
      />
    </section>
  );
}

/** Each objective: where it started, where it is, where it goes. */
export function ImpactSurface() {
  const goals = useWorkshop((w) => w.goals);
  const impact = useWorkshop((w) => w.impact);
  const objectives = useMemo(() => goals.flatMap((g) => g.objectives.map((o) => ({ goal: g, o }))), [goals]);
  return (
    <section className="surface surface--impact" aria-label={surfaceLabel('impact')}>
      <FitList
        className="card-grid"
        items={objectives}
        keyOf={(x) => x.o.id}
        label={TEXT.objectives}
        noun="objective"
        empty={<p className="surface__empty">{TEXT.noObjectives}</p>}
        render={({ goal, o }) => {
          const progress = objectiveProgress({ impact }, o);
          return (
            <article className="big-card">
              <h2 className="big-card__title">{o.indicator}</h2>
              <p className="big-card__text">{goal.title}</p>
              <p className="big-card__text">
                {TEXT.objectiveLine(
                  formatNumber(o.baseline),
                  progress.kind === 'no-data' ? null : formatNumber(progress.latest.value),
                  `${formatNumber(o.target)} ${o.unit}`.trim(),
                )}
              </p>
              {progress.kind === 'measured' ? (
                <div className="impact-bar">
                  <span className="impact-bar__track" aria-hidden="true">
                    <span className="impact-bar__fill" style={{ width: `${clampFraction(progress.fraction) * 100}%` }} />
                  </span>
                  <span className="impact-bar__label">{progress.percent} %</span>
                </div>
              ) : (
                <p className="big-card__text">{progress.kind === 'no-data' ? TEXT.notMeasured : ''}</p>
              )}
            </article>
          );
        }}
      />
    </section>
  );
}

/** Who is here. */
export function CheckInSurface() {
  const members = useWorkshop((w) => w.members);
  const present = useWorkshop((w) => w.meta.participantIds);
  const here = useMemo(() => present.flatMap((id) => members.find((m) => m.id === id) ?? []), [members, present]);
  return (
    <section className="surface surface--check-in" aria-label={surfaceLabel('check-in')}>
      <header className="surface__header">
        <h2 className="surface__title">{TEXT.present(here.length)}</h2>
      </header>
      <FitList
        className="people-grid"
        items={here}
        keyOf={(m) => m.id}
        label={TEXT.checkedIn}
        noun="person"
        empty={<p className="surface__empty">{TEXT.nobodyHere}</p>}
        render={(m) => (
          <p className="person">
            <span className="person__name">{m.name}</span>
            {m.team && <span className="person__team">{m.team}</span>}
          </p>
        )}
      />
    </section>
  );
}

/** The agenda, the current step marked, planned and spent time. */
export function AgendaSurface() {
  const steps = useWorkshop((w) => w.agenda.steps);
  const currentId = useWorkshop((w) => w.agenda.currentStepId);
  return (
    <section className="surface surface--agenda" aria-label={TEXT.agendaSteps}>
      <FitList
        className="step-list"
        items={steps}
        keyOf={(s) => s.id}
        label={TEXT.agenda}
        noun="step"
        render={(s, i) => (
          <p
            className={`step-line${s.id === currentId ? ' step-line--current' : ''}`}
            aria-current={s.id === currentId ? 'step' : undefined}
          >
            <span className="step-line__title">
              {i + 1}. {s.title}
            </span>
            <span className="step-line__time">
              {s.id === currentId ? `${TEXT.now} · ` : ''}
              {s.actualSeconds !== null ? TEXT.actual(s.actualSeconds) : TEXT.planned(s.minutes)}
            </span>
          </p>
        )}
      />
    </section>
  );
}
