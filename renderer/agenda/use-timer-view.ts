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
      ? `${describeDuration(Math.ceil(remaining / 1000))} left of ${describeDuration(timer.durationMs / 1000)}`
      : `${describeDuration(Math.floor(-remaining / 1000))} over the ${describeDuration(timer.durationMs / 1000)} time box`;
  return {
    stepId,
    stepTitle: steps[index]?.title ?? 'No step',
    position: index + 1,
    count: steps.length,
    clock: formatCountdown(remaining),
    status,
    running: isRunning(timer),
    description,
    needsReminder: stepId !== null && startedStepId === stepId && elapsedMs(timer, now) === 0 && !isRunning(timer),
  };
}

export const STATUS_LABEL: Record<TimerStatus, string> = {
  idle: 'Not started',
  running: 'Running',
  paused: 'Paused',
  overrun: 'Time is up',
};
