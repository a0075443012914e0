/**
 * A pure undo/redo history of immutable snapshots. Documents are updated with structural sharing (immer),
 * so keeping whole snapshots costs only what changed.
 */
export interface HistoryEntry<T> {
  state: T;
  /** What the change that *led away* from this state was, e.g. "Move note". */
  label: string;
}

export interface UndoHistory<T> {
  past: ReadonlyArray<HistoryEntry<T>>;
  present: T;
  future: ReadonlyArray<HistoryEntry<T>>;
  /** Key and time of the last change, so that typing in one field makes a single undo step. */
  lastKey: string | null;
  lastAt: number;
}

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1_000;

export function createHistory<T>(present: T): UndoHistory<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

export interface RecordOptions {
  label: string;
  /** Consecutive changes with the same key within `COALESCE_MS` merge into one undo step. */
  coalesceKey?: string;
  now?: number;
  limit?: number;
}

export function recordChange<T>(history: UndoHistory<T>, next: T, options: RecordOptions): UndoHistory<T> {
  if (Object.is(next, history.present)) return history;
  const now = options.now ?? Date.now();
  const key = options.coalesceKey ?? null;
  const coalesce = key !== null && key === history.lastKey && now - history.lastAt <= COALESCE_MS && history.past.length > 0;
  const limit = options.limit ?? HISTORY_LIMIT;
  const past = coalesce ? history.past : [...history.past, { state: history.present, label: options.label }].slice(-limit);
  return { past, present: next, future: [], lastKey: key, lastAt: now };
}

export function canUndo<T>(history: UndoHistory<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: UndoHistory<T>): boolean {
  return history.future.length > 0;
}

/** Steps back; returns the same history when there is nothing to undo. */
export function undo<T>(history: UndoHistory<T>): { history: UndoHistory<T>; label: string | null } {
  const previous = history.past[history.past.length - 1];
  if (!previous) return { history, label: null };
  return {
    history: {
      past: history.past.slice(0, -1),
      present: previous.state,
      future: [{ state: history.present, label: previous.label }, ...history.future],
      lastKey: null,
      lastAt: 0,
    },
    label: previous.label,
  };
}

export function redo<T>(history: UndoHistory<T>): { history: UndoHistory<T>; label: string | null } {
  const next = history.future[0];
  if (!next) return { history, label: null };
  return {
    history: {
      past: [...history.past, { state: history.present, label: next.label }],
      present: next.state,
      future: history.future.slice(1),
      lastKey: null,
      lastAt: 0,
    },
    label: next.label,
  };
}
