import type { Canvas, VoteTarget } from '../schema';

const keyOf = (target: VoteTarget) => `${target.kind}:${target.id}`;

/** Number of dots on each note and theme, keyed "note:<id>" / "theme:<id>". */
export function countVotes(canvas: Pick<Canvas, 'votes'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const vote of canvas.votes) counts.set(keyOf(vote.target), (counts.get(keyOf(vote.target)) ?? 0) + 1);
  return counts;
}

export function votesFor(counts: Map<string, number>, target: VoteTarget): number {
  return counts.get(keyOf(target)) ?? 0;
}

export interface RankedTarget<T> {
  item: T;
  votes: number;
}

/** Items ranked by votes, most first; ties keep their original order. */
export function rankByVotes<T extends { id: string }>(
  items: readonly T[],
  kind: VoteTarget['kind'],
  counts: Map<string, number>,
): RankedTarget<T>[] {
  return items
    .map((item, index) => ({ item, votes: votesFor(counts, { kind, id: item.id }), index }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map(({ item, votes }) => ({ item, votes }));
}
