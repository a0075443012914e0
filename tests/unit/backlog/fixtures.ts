import { createWorkshop } from '../../../shared/domain/new-workshop';
import type { Workshop } from '../../../shared/schema';
import { activity } from '../../builders';

/** Ideas [a, b, c], Next [d], In progress [], Done [] — column ids "ideas", "next", "doing", "done". */
export function boardWorkshop(): Workshop {
  const w = createWorkshop();
  const ids = ['ideas', 'next', 'doing', 'done'];
  w.backlog.columns.forEach((c, i) => (c.id = ids[i]!));
  w.backlog.activities = ['a', 'b', 'c', 'd'].map((id) => activity({ id }));
  w.backlog.columns[0]!.activityIds = ['a', 'b', 'c'];
  w.backlog.columns[1]!.activityIds = ['d'];
  return w;
}

export const columnsOf = (w: Workshop) => Object.fromEntries(w.backlog.columns.map((c) => [c.id, c.activityIds]));
