import { EmptyState } from '../app/EmptyState';
import { useWorkshop } from '../store/workshop-store';

export function GoalsView() {
  const count = useWorkshop((w) => w.goals.length);
  return (
    <EmptyState title="Goals">
      <p>Goals and their measurable objectives are not editable yet. This workshop has {count} goals.</p>
    </EmptyState>
  );
}
