import { EmptyState } from '../app/EmptyState';
import { useWorkshop } from '../store/workshop-store';

export function CanvasView() {
  const zones = useWorkshop((w) => w.canvas.zones);
  const noteCount = useWorkshop((w) => w.canvas.notes.length);
  return (
    <EmptyState title="Vision canvas">
      <p>The drag-and-drop canvas is not built yet. This workshop already has its canvas zones and {noteCount} notes:</p>
      <ul>
        {zones.map((zone) => (
          <li key={zone.id}>{zone.title}</li>
        ))}
      </ul>
    </EmptyState>
  );
}
