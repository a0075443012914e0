import { tr } from '../common/i18n';
import { useEffect, useRef, useState } from 'react';
import { clampMinutes, MAX_STEP_MINUTES, MIN_STEP_MINUTES, type StepEdit } from '../../shared/domain/agenda-steps';
import { PROJECTOR_SURFACES, surfaceOfStep, type ProjectorSurface } from '../../shared/domain/projector-surface';
import type { AgendaStep, ViewId } from '../../shared/schema';
import { surfaceLabel } from '../projector/public';
import { VIEW_ORDER, viewLabel } from '../common/views';
import { editStepField } from './agenda-commands';
import { stepControlId, useAgendaUiStore } from './agenda-ui-store';
import { LIMITS } from '../../shared/schema/limits';

/** Edits a step in place; every field is saved as it changes (one undo step per field being typed in). */
export function StepEditor(props: { step: AgendaStep }) {
  const { step } = props;
  const [minutes, setMinutes] = useState(String(step.minutes));
  const [title, setTitle] = useState(step.title);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const edit = (change: StepEdit) => editStepField(step.id, change);
  const done = () => {
    useAgendaUiStore.getState().setEditing(null);
    useAgendaUiStore.getState().focusSoon(stepControlId(step.id, 'edit'));
  };
  const minutesValue = Number(minutes);
  const minutesValid =
    minutes.trim() !== '' && Number.isFinite(minutesValue) && minutesValue >= MIN_STEP_MINUTES && minutesValue <= MAX_STEP_MINUTES;
  const errorId = `agenda-step-minutes-error-${step.id}`;
  return (
    <form
      className="step-editor editing-chrome"
      aria-label={tr('agenda.editor.label', { step: step.title })}
      onSubmit={(event) => {
        event.preventDefault();
        done();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          done();
        }
      }}
    >
      <label className="field">
        <span>{tr('agenda.editor.title')}</span>
        <input
          id={stepControlId(step.id, 'title')}
          ref={titleRef}
          value={title}
          maxLength={LIMITS.agendaStep.title}
          required
          aria-invalid={!title.trim()}
          onChange={(event) => {
            const next = event.target.value;
            setTitle(next);
            if (next.trim()) edit({ field: 'title', value: next });
          }}
          onBlur={() => setTitle(step.title)}
        />
      </label>
      <label className="field field--narrow">
        <span>{tr('agenda.editor.minutes')}</span>
        <input
          type="number"
          inputMode="decimal"
          min={MIN_STEP_MINUTES}
          max={MAX_STEP_MINUTES}
          step={0.5}
          value={minutes}
          aria-invalid={!minutesValid}
          aria-describedby={minutesValid ? undefined : errorId}
          onChange={(event) => {
            setMinutes(event.target.value);
            const value = Number(event.target.value);
            if (event.target.value.trim() !== '' && value >= MIN_STEP_MINUTES && value <= MAX_STEP_MINUTES) {
              edit({ field: 'minutes', value });
            }
          }}
          onBlur={() => setMinutes(String(clampMinutes(minutesValid ? minutesValue : step.minutes)))}
        />
      </label>
      {!minutesValid && (
        <p className="field__error" id={errorId}>
          {tr('agenda.editor.minutesError', { min: MIN_STEP_MINUTES, max: MAX_STEP_MINUTES })}
        </p>
      )}
      <label className="field field--wide">
        <span>{tr('agenda.editor.description')}</span>
        <textarea
          value={step.description}
          maxLength={LIMITS.agendaStep.description}
          rows={2}
          onChange={(event) => {
            const description = event.target.value;
            edit({ field: 'description', value: description });
          }}
        />
      </label>
      <label className="field">
        <span>{tr('agenda.editor.opens')}</span>
        <select
          value={step.view ?? ''}
          onChange={(event) => {
            const view = (event.target.value || null) as ViewId | null;
            edit({ field: 'view', value: view });
          }}
        >
          <option value="">{tr('agenda.editor.noView')}</option>
          {VIEW_ORDER.map((id) => (
            <option key={id} value={id}>
              {viewLabel(id)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--check">
        <input
          type="checkbox"
          checked={step.mode === 'voting'}
          disabled={step.view !== 'canvas'}
          onChange={(event) => {
            const voting = event.target.checked;
            edit({ field: 'mode', value: voting ? 'voting' : null });
          }}
        />
        <span>{tr('agenda.editor.voting')}</span>
      </label>
      <label className="field">
        <span>{tr('agenda.editor.projector')}</span>
        <select
          value={step.surface ?? ''}
          onChange={(event) => {
            const surface = (event.target.value || undefined) as ProjectorSurface | undefined;
            edit({ field: 'surface', value: surface });
          }}
        >
          <option value="">
            {tr('agenda.editor.fromView', { surface: surfaceLabel(surfaceOfStep({ ...step, surface: undefined })) })}
          </option>
          {PROJECTOR_SURFACES.map((id) => (
            <option key={id} value={id}>
              {surfaceLabel(id)}
            </option>
          ))}
        </select>
      </label>
      <div className="step-editor__buttons">
        <button type="submit" className="button button--primary">
          {tr('agenda.editor.done')}
        </button>
      </div>
    </form>
  );
}
