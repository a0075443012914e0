import { useWorkshop } from '../store/workshop-store';
import { editVisionStatement } from './canvas-commands';

/** The community's vision, written from the top themes: shown large above the canvas. */
export function VisionStatement() {
  const text = useWorkshop((w) => w.canvas.visionStatement);
  return (
    <div className="vision">
      <label className="vision__label" htmlFor="vision-statement">
        Vision statement
      </label>
      <textarea
        id="vision-statement"
        className="vision__text"
        value={text}
        rows={Math.min(4, Math.max(1, text.split('\n').length))}
        maxLength={5_000}
        placeholder="Our community exists so that… (write it from the top themes)"
        onChange={(event) => editVisionStatement(event.target.value)}
      />
    </div>
  );
}
