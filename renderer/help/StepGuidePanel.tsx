import { useId, useState } from 'react';
import { GUIDE_LABELS as L, guideForStep } from './guide-text';
import './help.css';

/**
 * "How to run this step", beside the timer, for the facilitator only (the agenda hides it in projector mode):
 * purpose, what to say, what to watch for, typical time. Nothing for a step the templates do not know.
 */
export function StepGuidePanel(props: { title: string }) {
  const guide = guideForStep(props.title);
  const [open, setOpen] = useState(true);
  const headingId = useId();
  const bodyId = useId();
  if (!guide) return null;
  return (
    <aside className="step-guide" aria-labelledby={headingId}>
      <div className="step-guide__header">
        <h3 id={headingId}>{L.heading}</h3>
        <button type="button" className="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? L.hide : L.show}
        </button>
      </div>
      {open && (
        <dl id={bodyId} className="step-guide__body">
          <dt>{L.purpose}</dt>
          <dd>{guide.purpose}</dd>
          <dt>{L.say}</dt>
          <dd>{guide.say}</dd>
          <dt>{L.watch}</dt>
          <dd>{guide.watch}</dd>
          <dt>{L.time}</dt>
          <dd>{guide.time}</dd>
        </dl>
      )}
    </aside>
  );
}
