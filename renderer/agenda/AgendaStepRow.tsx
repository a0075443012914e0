import { useTranslation } from 'react-i18next';
import { tr } from '../common/i18n';
import { useSortable } from '@dnd-kit/sortable';
import { useEffect, useRef } from 'react';
import { CSS } from '@dnd-kit/utilities';
import { describeDuration, formatClock } from '../../shared/domain/clock-format';
import type { AgendaStep } from '../../shared/schema';
import { deleteStep } from './agenda-commands';
import { stepControlId, useAgendaUiStore } from './agenda-ui-store';
import { StepEditor } from './StepEditor';
import { goToStep, openStepView } from './step-navigation';
import { stepViewLabel } from './view-labels';

function minutesLabel(minutes: number): string {
  return tr('agenda.minutes', { count: minutes });
}

/** Planned vs spent, e.g. "ran 6:12 of 5:00, 1 min 12 s over". */
function actualLabel(step: AgendaStep): string | null {
  if (step.actualSeconds === null) return null;
  const planned = step.minutes * 60;
  const diff = step.actualSeconds - planned;
  const times = { actual: formatClock(step.actualSeconds), planned: formatClock(planned) };
  return diff > 0 ? tr('agenda.ranOver', { ...times, over: describeDuration(diff) }) : tr('agenda.ran', times);
}

/** One step of the agenda: a sortable row (drag handle for mouse, touch and keyboard), or its editor. */
export function AgendaStepRow(props: { step: AgendaStep; index: number; current: boolean; nextFocusId: string }) {
  const { step, index, current } = props;
  const editing = useAgendaUiStore((s) => s.editingId === step.id);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: step.id });
  const style = { transform: CSS.Transform.toString(transform), transition };
  const rowRef = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    // Walking through the agenda keeps the current step in sight (on a projector too).
    if (current) rowRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  const actual = actualLabel(step);
  const viewText = stepViewLabel(step);
  const { t } = useTranslation();
  const remove = () => deleteStep(step.id, props.nextFocusId);
  return (
    <li
      ref={(node) => {
        setNodeRef(node);
        rowRef.current = node;
      }}
      style={style}
      className={`agenda-step${current ? ' agenda-step--current' : ''}${isDragging ? ' agenda-step--dragging' : ''}`}
      aria-current={current ? 'step' : undefined}
    >
      <button
        type="button"
        id={stepControlId(step.id, 'handle')}
        ref={setActivatorNodeRef}
        className="agenda-step__handle editing-chrome"
        {...attributes}
        {...listeners}
        aria-label={t('agenda.row.move', { step: step.title })}
        aria-roledescription={t('agenda.row.roleDescription')}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="agenda-step__number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="agenda-step__body">
        <p className="agenda-step__title">
          {step.title}
          {current && <span className="agenda-step__badge">{t('agenda.row.current')}</span>}
        </p>
        <p className="agenda-step__meta">
          <span>{minutesLabel(step.minutes)}</span>
          {viewText && <span>· {viewText}</span>}
          {actual && <span className="agenda-step__actual">· {actual}</span>}
        </p>
        {step.description && <p className="agenda-step__description">{step.description}</p>}
        {editing && <StepEditor step={step} />}
      </div>
      <div className="agenda-step__actions">
        {current ? (
          step.view && (
            <button type="button" id={stepControlId(step.id, 'go')} className="button" onClick={() => openStepView(step)}>
              {t('agenda.row.open', { view: viewText })}
            </button>
          )
        ) : (
          <button
            type="button"
            id={stepControlId(step.id, 'go')}
            className="button"
            onClick={() => goToStep(step.id, { open: true })}
            aria-label={t('agenda.row.goToLabel', { step: step.title })}
          >
            {t('agenda.row.goTo')}
          </button>
        )}
        {!editing && (
          <button
            type="button"
            id={stepControlId(step.id, 'edit')}
            className="button editing-chrome"
            onClick={() => useAgendaUiStore.getState().setEditing(step.id)}
            aria-label={t('agenda.row.editLabel', { step: step.title })}
          >
            {t('agenda.row.edit')}
          </button>
        )}
        <button
          type="button"
          className="button editing-chrome"
          onClick={remove}
          aria-label={t('agenda.row.deleteLabel', { step: step.title })}
        >
          {t('agenda.row.delete')}
        </button>
      </div>
    </li>
  );
}
