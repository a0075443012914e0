/**
 * Counts renders of board cards for the backlog benchmark. Off unless the page defines
 * `window.__copStudioBench` (the benchmark does, before the app loads); then a render costs one increment.
 */
interface BenchCounters {
  cardRenders: number;
  cardBodyRenders: number;
}

const counters = (): BenchCounters | undefined => (globalThis as { __copStudioBench?: BenchCounters }).__copStudioBench;

export function countRender(kind: keyof BenchCounters): void {
  const c = counters();
  if (c) c[kind] += 1;
}
