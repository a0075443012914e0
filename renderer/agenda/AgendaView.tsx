import { EmptyState } from '../app/EmptyState';
import { useWorkshop } from '../store/workshop-store';

export function AgendaView() {
  const steps = useWorkshop((w) => w.agenda.steps);
  return (
    <EmptyState title="Agenda">
      <p>The timer and projector mode are not built yet. The workshop's steps and time boxes:</p>
      <ol>
        {steps.map((step) => (
          <li key={step.id}>
            {step.title} — {step.minutes} min
          </li>
        ))}
      </ol>
    </EmptyState>
  );
}
