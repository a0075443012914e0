import { useEffect, useState, type FormEvent } from 'react';
import { HEALTH_LEVEL_IDS, HEALTH_TREND_IDS, ROOM_LIMITS, type PhoneHealth, type PhoneView } from '../../shared/room/room-constants';
import { PHONE_TEXT } from './phone-text';
import { phoneConnection, usePhoneStore } from './phone-store';
import { setPhoneLanguage } from './phone-i18n';

type ThemeName = 'light' | 'dark' | 'high-contrast';

function initialTheme(): ThemeName {
  const saved = localStorage.getItem('cop-studio-room:theme');
  if (saved === 'light' || saved === 'dark' || saved === 'high-contrast') return saved;
  if (matchMedia('(prefers-contrast: more)').matches) return 'high-contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function PhoneApp() {
  const phase = usePhoneStore((s) => s.phase);
  const message = usePhoneStore((s) => s.message);
  const reconnecting = usePhoneStore((s) => s.reconnecting);
  // The room's language: a change re-renders the page in it.
  const language = usePhoneStore((s) => s.language);
  useEffect(() => setPhoneLanguage(language), [language]);
  const [theme, setTheme] = useState<ThemeName>(initialTheme);
  useEffect(() => {
    phoneConnection.start();
    return () => phoneConnection.stop();
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem('cop-studio-room:theme', theme);
  }, [theme]);
  return (
    <div className="phone">
      <main className="phone__main">
        {reconnecting && (
          <p className="phone__banner" role="status">
            {PHONE_TEXT.reconnecting}
          </p>
        )}
        {phase === 'connecting' && <p className="phone__center">{PHONE_TEXT.connecting}</p>}
        {phase === 'code' && <CodeForm />}
        {phase === 'who' && <WhoAreYou />}
        {phase === 'pending' && <Pending />}
        {phase === 'joined' && <Joined />}
        {phase === 'closed' && (
          <section className="phone__center">
            <h1>{PHONE_TEXT.closed}</h1>
          </section>
        )}
        <p className="phone__message" role="alert">
          {message ?? ''}
        </p>
      </main>
      <footer className="phone__footer">
        <label className="phone__theme">
          {PHONE_TEXT.themed}{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeName)}>
            {(Object.keys(PHONE_TEXT.themes3) as ThemeName[]).map((t) => (
              <option key={t} value={t}>
                {PHONE_TEXT.themes3[t]}
              </option>
            ))}
          </select>
        </label>
      </footer>
    </div>
  );
}

function CodeForm() {
  const [code, setCode] = useState('');
  const busy = usePhoneStore((s) => s.busy);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void phoneConnection.submitCode(code);
  };
  return (
    <form className="phone__section" onSubmit={submit}>
      <h1>{PHONE_TEXT.codeTitle}</h1>
      <p>{PHONE_TEXT.codeIntro}</p>
      <label className="phone__label" htmlFor="room-code">
        {PHONE_TEXT.codeLabel}
      </label>
      <input
        id="room-code"
        className="phone__input phone__input--code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={ROOM_LIMITS.codeDigits + 2}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <button type="submit" className="phone__button phone__button--primary" disabled={busy || code.trim().length === 0}>
        {PHONE_TEXT.codeButton}
      </button>
    </form>
  );
}

function WhoAreYou() {
  const members = usePhoneStore((s) => s.members);
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) phoneConnection.send({ type: 'join', name: name.trim() });
  };
  return (
    <section className="phone__section" aria-labelledby="who-title">
      <h1 id="who-title">{PHONE_TEXT.whoTitle}</h1>
      {members.length > 0 && (
        <ul className="phone__list" aria-label={PHONE_TEXT.pickHint}>
          {members.map((m) => (
            <li key={m.id}>
              <button type="button" className="phone__button" onClick={() => phoneConnection.send({ type: 'join', memberId: m.id })}>
                {m.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="phone__stack">
        <label className="phone__label" htmlFor="my-name">
          {PHONE_TEXT.someoneElse}
        </label>
        <input
          id="my-name"
          className="phone__input"
          autoComplete="name"
          maxLength={ROOM_LIMITS.maxNameChars}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="phone__button phone__button--primary" disabled={!name.trim()}>
          {PHONE_TEXT.nameButton}
        </button>
      </form>
    </section>
  );
}

function Pending() {
  return (
    <p className="phone__center" role="status">
      {PHONE_TEXT.pending(PHONE_TEXT.you)}
    </p>
  );
}

function Joined() {
  const view = usePhoneStore((s) => s.view);
  if (!view) return <p className="phone__center">{PHONE_TEXT.connecting}</p>;
  return (
    <>
      <header className="phone__header">
        <p className="phone__hello">{PHONE_TEXT.hello(view.me.name)}</p>
        <p className="phone__step">
          <span className="phone__step-label">{PHONE_TEXT.step}:</span> <strong>{view.step.title || '—'}</strong>
        </p>
      </header>
      {view.step.kind === 'brainstorm' && <Brainstorm view={view} />}
      {view.step.kind === 'vote' && <Vote view={view} />}
      {view.step.kind === 'cluster' && <Themes view={view} />}
      {view.step.kind === 'vision' && <Vision view={view} />}
      {view.step.kind === 'goals' && <Goals view={view} />}
      {view.step.kind === 'backlog' && <Backlog view={view} />}
      {view.step.kind === 'health-check' &&
        (view.health ? (
          <HealthCheck key={view.health.checkId} health={view.health} title={view.step.title} />
        ) : (
          <p className="phone__center">{PHONE_TEXT.watchScreen}</p>
        ))}
      {(view.step.kind === 'check-in' || view.step.kind === 'other') && <p className="phone__center">{PHONE_TEXT.watchScreen}</p>}
    </>
  );
}

function Brainstorm({ view }: { view: PhoneView }) {
  const busy = usePhoneStore((s) => s.busy);
  const [text, setText] = useState('');
  const [zoneId, setZoneId] = useState<string>(view.step.zoneId ?? '');
  const [editing, setEditing] = useState<string | null>(null);
  // The step names a zone: it is the default choice.
  useEffect(() => setZoneId(view.step.zoneId ?? ''), [view.step.zoneId]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const zone = zoneId === '' ? null : zoneId;
    if (editing) phoneConnection.contribute({ type: 'note.edit', noteId: editing, text: text.trim(), zoneId: zone });
    else phoneConnection.contribute({ type: 'note.add', text: text.trim(), zoneId: zone });
    setText('');
    setEditing(null);
  };
  const zoneTitle = (id: string | null) => view.zones.find((z) => z.id === id)?.title ?? PHONE_TEXT.anyZone;
  return (
    <>
      <form className="phone__section" onSubmit={submit} aria-labelledby="write-title">
        <h1 id="write-title">{PHONE_TEXT.writeTitle}</h1>
        <label className="phone__label" htmlFor="note-text">
          {PHONE_TEXT.noteLabel}
        </label>
        <textarea
          id="note-text"
          className="phone__input phone__textarea"
          rows={3}
          maxLength={ROOM_LIMITS.maxNoteChars}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <label className="phone__label" htmlFor="note-zone">
          {PHONE_TEXT.zoneLabel}
        </label>
        <select id="note-zone" className="phone__input" value={zoneId} onChange={(e) => setZoneId(e.target.value)}>
          <option value="">{PHONE_TEXT.anyZone}</option>
          {view.zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.title}
            </option>
          ))}
        </select>
        <div className="phone__row">
          <button type="submit" className="phone__button phone__button--primary" disabled={busy || !text.trim()}>
            {editing ? PHONE_TEXT.save : PHONE_TEXT.send}
          </button>
          {editing && (
            <button
              type="button"
              className="phone__button"
              onClick={() => {
                setEditing(null);
                setText('');
              }}
            >
              {PHONE_TEXT.cancelEdit}
            </button>
          )}
        </div>
      </form>
      <section className="phone__section" aria-labelledby="my-notes-title">
        <h2 id="my-notes-title">{PHONE_TEXT.yourNotes(view.myNotes.length)}</h2>
        <ul className="phone__list" aria-labelledby="my-notes-title">
          {view.myNotes.map((note) => (
            <li key={note.id} className="phone__note">
              <p className="phone__note-text">{note.text}</p>
              <p className="phone__note-meta">
                {zoneTitle(note.zoneId)}
                {note.faceDown ? ` · ${PHONE_TEXT.faceDown}` : ''}
              </p>
              {note.editable && (
                <div className="phone__row">
                  <button
                    type="button"
                    className="phone__button phone__button--small"
                    aria-label={PHONE_TEXT.edit(note.text)}
                    onClick={() => {
                      setEditing(note.id);
                      setText(note.text);
                      setZoneId(note.zoneId ?? '');
                    }}
                  >
                    {PHONE_TEXT.editButton}
                  </button>
                  <button
                    type="button"
                    className="phone__button phone__button--small"
                    aria-label={PHONE_TEXT.withdraw(note.text)}
                    onClick={() => phoneConnection.contribute({ type: 'note.withdraw', noteId: note.id })}
                  >
                    {PHONE_TEXT.withdrawButton}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
        {view.hiddenNotes > 0 && <p>{PHONE_TEXT.othersHidden(view.hiddenNotes)}</p>}
      </section>
    </>
  );
}

function Vote({ view }: { view: PhoneView }) {
  const { voting } = view;
  const targets = [
    ...view.themes.map((t) => ({ kind: 'theme' as const, id: t.id, text: t.name })),
    ...view.board.map((n) => ({ kind: 'note' as const, id: n.id, text: n.text })),
  ];
  const totals = voting.totals;
  const ranked = totals ? [...targets].sort((a, b) => (totals[`${b.kind}:${b.id}`] ?? 0) - (totals[`${a.kind}:${a.id}`] ?? 0)) : targets;
  return (
    <section className="phone__section" aria-labelledby="vote-title">
      <h1 id="vote-title" className="phone__sticky">
        {totals ? PHONE_TEXT.results : PHONE_TEXT.dotsLeft(voting.remaining, voting.dots)}
      </h1>
      {targets.length === 0 && <p>{PHONE_TEXT.nothingToVote}</p>}
      <ul className="phone__list">
        {ranked.map((target) => {
          const key = `${target.kind}:${target.id}`;
          const mine = voting.mine[key] ?? 0;
          return (
            <li key={key} className="phone__note">
              <p className="phone__note-text">{target.text}</p>
              {totals ? (
                <p className="phone__dots">{PHONE_TEXT.total(totals[key] ?? 0)}</p>
              ) : (
                <div className="phone__row phone__row--vote">
                  <button
                    type="button"
                    className="phone__button phone__button--dot"
                    aria-label={PHONE_TEXT.removeDot(target.text)}
                    disabled={mine === 0}
                    onClick={() => phoneConnection.contribute({ type: 'vote.remove', target: { kind: target.kind, id: target.id } })}
                  >
                    −
                  </button>
                  <span className="phone__dots" aria-live="polite">
                    {'●'.repeat(Math.min(mine, 10))} {PHONE_TEXT.myDots(mine)}
                  </span>
                  <button
                    type="button"
                    className="phone__button phone__button--dot"
                    aria-label={PHONE_TEXT.addDot(target.text)}
                    disabled={voting.remaining === 0 || (voting.cap !== null && mine >= voting.cap)}
                    onClick={() => phoneConnection.contribute({ type: 'vote.add', target: { kind: target.kind, id: target.id } })}
                  >
                    +
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Themes({ view }: { view: PhoneView }) {
  return (
    <section className="phone__section" aria-labelledby="themes-title">
      <h1 id="themes-title">{PHONE_TEXT.themes}</h1>
      {view.themes.map((theme) => (
        <div key={theme.id} className="phone__note">
          <h2>{theme.name}</h2>
          <ul>
            {view.board
              .filter((n) => n.themeId === theme.id)
              .map((n) => (
                <li key={n.id}>{n.text}</li>
              ))}
          </ul>
        </div>
      ))}
      {view.hiddenNotes > 0 && <p>{PHONE_TEXT.othersHidden(view.hiddenNotes)}</p>}
    </section>
  );
}

function Vision({ view }: { view: PhoneView }) {
  return (
    <section className="phone__section" aria-labelledby="vision-title">
      <h1 id="vision-title">{PHONE_TEXT.vision}</h1>
      <p className="phone__vision">{view.vision || PHONE_TEXT.noVision}</p>
    </section>
  );
}

function Goals({ view }: { view: PhoneView }) {
  return (
    <section className="phone__section" aria-labelledby="goals-title">
      <h1 id="goals-title">{PHONE_TEXT.goals}</h1>
      <ul className="phone__list">
        {view.goals.map((goal, i) => (
          <li key={i} className="phone__note">
            <p className="phone__note-text">{goal.title}</p>
            {goal.why && <p className="phone__note-meta">{goal.why}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Backlog({ view }: { view: PhoneView }) {
  return (
    <section className="phone__section" aria-labelledby="backlog-title">
      <h1 id="backlog-title">{PHONE_TEXT.backlog}</h1>
      {view.backlog.map((column, i) => (
        <div key={i}>
          <h2>{column.name}</h2>
          <ul className="phone__list">
            {column.items.map((item, j) => (
              <li key={j} className="phone__note">
                {item}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

type Answer = { level: (typeof HEALTH_LEVEL_IDS)[number] | null; trend: (typeof HEALTH_TREND_IDS)[number] | null };

/** The health check: a level and a trend per dimension, sent once, anonymously (texts come with the view, in the room's language). */
function HealthCheck({ health, title }: { health: PhoneHealth; title: string }) {
  const busy = usePhoneStore((s) => s.busy);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const set = (id: string, patch: Partial<Answer>) => setAnswers((a) => ({ ...a, [id]: { level: null, trend: null, ...a[id], ...patch } }));
  const complete = health.dimensions.filter((d) => answers[d.id]?.level && answers[d.id]?.trend);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete.length === 0) return;
    phoneConnection.contribute({
      type: 'health.answer',
      checkId: health.checkId,
      answers: complete.map((d) => ({ dimension: d.id, level: answers[d.id]!.level, trend: answers[d.id]!.trend })),
    });
  };
  if (health.revealed && health.results) {
    return (
      <section className="phone__section" aria-labelledby="health-title">
        <h1 id="health-title">{title}</h1>
        <ul className="phone__list">
          {health.results.map((r) => (
            <li key={r.name} className="phone__note">
              <p className="phone__note-text">{r.name}</p>
              <p className="phone__note-meta">
                {r.score} · {r.trend}
              </p>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (health.answered) {
    return (
      <section className="phone__center" aria-labelledby="health-title">
        <h1 id="health-title">{health.labels.answered}</h1>
        <p>{health.labels.waiting}</p>
      </section>
    );
  }
  return (
    <form className="phone__section" onSubmit={submit} aria-labelledby="health-title">
      <h1 id="health-title">{title}</h1>
      <p>{health.labels.intro}</p>
      {health.dimensions.map((d) => (
        <fieldset key={d.id} className="phone__health">
          <legend>
            <strong>{d.name}</strong>
            <span className="phone__note-meta">{d.question}</span>
          </legend>
          <div className="phone__choices" role="radiogroup" aria-label={d.name}>
            {HEALTH_LEVEL_IDS.map((level) => (
              <label key={level} className="phone__choice">
                <input type="radio" name={`${d.id}-level`} checked={answers[d.id]?.level === level} onChange={() => set(d.id, { level })} />
                {health.labels[level]}
              </label>
            ))}
          </div>
          <div className="phone__choices" role="radiogroup" aria-label={`${d.name} — ${health.labels.trend}`}>
            {HEALTH_TREND_IDS.map((trend) => (
              <label key={trend} className="phone__choice">
                <input type="radio" name={`${d.id}-trend`} checked={answers[d.id]?.trend === trend} onChange={() => set(d.id, { trend })} />
                {health.labels[trend]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="phone__button phone__button--primary" disabled={busy || complete.length === 0}>
        {health.labels.send}
      </button>
    </form>
  );
}
