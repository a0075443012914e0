import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useProjectorUiStore } from './projector-ui-store';
import { rangeText, type FitNoun } from './projector-text';

/**
 * A list that shows as many items as fit in its box, whole, and pages through the rest (↓ / ↑ on the
 * projector): nothing is ever clipped or shrunk below the projector's type size. The items are measured after
 * layout, before paint: render from the page's first item, keep those whose box ends inside the list's box.
 */
export function FitList<T>(props: {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T, index: number) => ReactNode;
  label: string;
  className?: string;
  /** "note" → "Notes 1–6 of 14". */
  noun: FitNoun;
  empty?: ReactNode;
  /** Show this item's page (e.g. a note just added). */
  revealIndex?: number | null;
}) {
  const { items, noun } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const [starts, setStarts] = useState<number[]>([0]);
  const start = Math.min(starts[starts.length - 1]!, Math.max(0, items.length - 1));
  const [shown, setShown] = useState<number | null>(null);
  const [size, setSize] = useState('');
  const pageTurn = useProjectorUiStore((s) => s.pageTurn);
  const firstTurn = useRef(pageTurn);

  useEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize(`${el.clientWidth}x${el.clientHeight}`));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Measure again when the items, the box or the page change.
  useLayoutEffect(() => setShown(null), [items, size, start]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render on purpose; `shown` guards it
  useLayoutEffect(() => {
    if (shown !== null) return;
    const el = listRef.current;
    if (!el) return;
    const box = el.getBoundingClientRect();
    let fit = 0;
    for (const child of Array.from(el.children)) {
      const r = child.getBoundingClientRect();
      if (r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5) break;
      fit++;
    }
    setShown(Math.max(1, fit));
  });

  // Page turns (↓ / ↑ on the projector).
  useEffect(() => {
    if (pageTurn === firstTurn.current) return;
    firstTurn.current = pageTurn;
    const direction = useProjectorUiStore.getState().pageDirection;
    setStarts((stack) => {
      const top = stack[stack.length - 1]!;
      if (direction < 0) return stack.length > 1 ? stack.slice(0, -1) : stack;
      const next = top + (shown ?? 1);
      return next < items.length ? [...stack, next] : stack;
    });
  }, [pageTurn, shown, items.length]);

  // Go to the page of an item to reveal (a new note): page forward from the start until it is on the page.
  useEffect(() => {
    const target = props.revealIndex;
    if (target === null || target === undefined || shown === null) return;
    if (target >= start && target < start + shown) return;
    if (target < start) setStarts([0]);
    else setStarts((stack) => [...stack, start + shown]);
  }, [props.revealIndex, shown, start]);

  const end = shown === null ? items.length : Math.min(items.length, start + shown);
  const visible = items.slice(start, end);
  const range = items.length === 0 ? '' : rangeText(noun, start + 1, end, items.length);
  return (
    <div className={`fit-list ${props.className ?? ''}`}>
      <ol ref={listRef} className="fit-list__items" aria-label={props.label}>
        {visible.map((item, i) => (
          <li key={props.keyOf(item)} className="fit-list__item">
            {props.render(item, start + i)}
          </li>
        ))}
      </ol>
      {items.length === 0 && props.empty}
      <p className="fit-list__range">{range || '\u00a0'}</p>
    </div>
  );
}
