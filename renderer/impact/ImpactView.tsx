import { EmptyState } from '../app/EmptyState';
import { useWorkshop } from '../store/workshop-store';

export function ImpactView() {
  const count = useWorkshop((w) => w.impact.measurements.length);
  return (
    <EmptyState title="Impact">
      <p>Measurements and charts are not built yet. This workshop has {count} measurements.</p>
    </EmptyState>
  );
}
