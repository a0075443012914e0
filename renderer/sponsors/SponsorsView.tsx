import { EmptyState } from '../app/EmptyState';
import { useWorkshop } from '../store/workshop-store';

export function SponsorsView() {
  const count = useWorkshop((w) => w.sponsorAsks.length);
  return (
    <EmptyState title="Sponsor asks">
      <p>Sponsor asks are not editable yet. This workshop has {count} asks.</p>
    </EmptyState>
  );
}
