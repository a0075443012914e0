import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (ms) used so far by this process and every process it started (Chromium's browser, renderers, GPU
 * and utility processes), children already ended and reaped included; null where `/proc` is missing (not
 * Linux). Unlike wall time, it hardly moves with the load of a shared machine.
 */
export function processTreeCpuMs(root = process.pid): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const ticks = new Map<number, { parent: number; ticks: number }>();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name: state ppid … utime(14) stime(15) cutime(16) cstime(17), 1-based.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(Number(pid), {
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const own = ticks.get(root);
  if (!own) return null;
  let total = own.ticks;
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of ticks) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    total += ticks.get(pid)!.ticks;
    stack.push(...(children.get(pid) ?? []));
  }
  return (total * 1000) / 100; // USER_HZ is 100 on Linux
}
