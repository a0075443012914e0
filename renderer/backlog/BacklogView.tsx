import { EmptyState } from '../app/EmptyState';
import { useWorkshop } from '../store/workshop-store';

export function BacklogView() {
  const columns = useWorkshop((w) => w.backlog.columns);
  return (
    <EmptyState title="Backlog of activities">
      <p>The activity board is not built yet. Its columns are ready:</p>
      <ul>
        {columns.map((column) => (
          <li key={column.id}>
            {column.title} ({column.activityIds.length})
          </li>
        ))}
      </ul>
    </EmptyState>
  );
}
