import { EmptyState } from '../app/EmptyState';
import { useWorkshop } from '../store/workshop-store';

export function PeopleView() {
  const count = useWorkshop((w) => w.members.length);
  return (
    <EmptyState title="People">
      <p>Members and sponsors are not editable yet. This workshop has {count} members.</p>
    </EmptyState>
  );
}
