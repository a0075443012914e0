import { tr } from '../common/i18n';
import { formatCountdown, describeDuration } from '../../shared/domain/clock-format';
import { elapsedMs, isRunning, remainingMs, statusOf, type TimerStatus } from '../../shared/domain/timer';
import { useWorkshop } from '../store/workshop-store';
import { useFacilitationStore } from './facilitation-store';

export interface TimerView {
  stepId: string | null;
  stepTitle: string;
  /** 1-based position of the step, and the number of steps. */
  position: number;
  count: number;
  clock: string;
  status: TimerStatus;
  running: boolean;
  /** For screen readers: "4 min 30 s left of 5 min" / "2 min over". */
  description: string;
  /** The step was gone to, but its timer has not been started. */
  needsReminder: boolean;
}

/** What every timer display shows, from the facilitation store and the document. */
export function useTimerView(): TimerView {
  const timer = useFacilitationStore((s) => s.timer);
  const now = useFacilitationStore((s) => s.now);
  const stepId = useFacilitationStore((s) => s.stepId);
  const startedStepId = useFacilitationStore((s) => s.startedStepId);
  const steps = useWorkshop((w) => w.agenda.steps);
  const index = steps.findIndex((s) => s.id === stepId);
  const remaining = remainingMs(timer, now);
  const status = statusOf(timer, now);
  const description =
    remaining >= 0
      ? tr('agenda.timer.left', { left: describeDuration(Math.ceil(remaining / 1000)), total: describeDuration(timer.durationMs / 1000) })
      : tr('agenda.timer.over', {
          over: describeDuration(Math.floor(-remaining / 1000)),
          total: describeDuration(timer.durationMs / 1000),
        });
  return {
    stepId,
    stepTitle: steps[index]?.title ?? tr('agenda.timer.noStep'),
    position: index + 1,
    count: steps.length,
    clock: formatCountdown(remaining),
    status,
    running: isRunning(timer),
    description,
    needsReminder: stepId !== null && startedStepId === stepId && elapsedMs(timer, now) === 0 && !isRunning(timer),
  };
}
