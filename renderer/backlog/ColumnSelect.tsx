import type { BacklogColumn } from '../../shared/schema';

/** The field choosing a column of the board (the activity dialog, "Add from canvas"). */
export function ColumnSelect(props: {
  id: string;
  label: string;
  columns: readonly BacklogColumn[];
  value: string;
  onChange: (columnId: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.columns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
    </div>
  );
}
