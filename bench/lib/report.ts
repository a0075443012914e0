import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One measured figure: a median, a percentile, a count… with its unit and, when there is one, its target. */
export interface BenchRow {
  suite: string;
  metric: string;
  value: number;
  unit: 'ms' | 'count' | 'MB' | 'ratio' | 'fps';
  /** e.g. "≤ 50 ms"; `met` says whether the value meets it. */
  target?: string;
  met?: boolean;
  runs?: number;
}

/** A benchmark file in `bench/cases/`: `export default { name, run }`. */
export interface BenchCase {
  name: string;
  run(): Promise<BenchRow[]>;
}

const format = (row: BenchRow) =>
  `${row.unit === 'count' ? row.value.toFixed(0) : row.value.toFixed(row.value < 10 ? 2 : 1)} ${row.unit === 'count' ? '' : row.unit}`.trim();

/** Prints the rows as a table. */
export function printTable(rows: readonly BenchRow[]): void {
  const header = ['suite', 'metric', 'value', 'runs', 'target', 'met'];
  const lines = rows.map((r) => [
    r.suite,
    r.metric,
    format(r),
    r.runs?.toString() ?? '',
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(render(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(render(line));
}

/** Writes `bench/results/<suite>-<date>.json` and `bench/results/<suite>-latest.json`. */
export async function writeResults(resultsDir: string, suite: string, rows: readonly BenchRow[]): Promise<string> {
  await fs.mkdir(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const body = JSON.stringify(
    { suite, at: new Date().toISOString(), machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }, rows },
    null,
    2,
  );
  const file = path.join(resultsDir, `${suite}-${stamp}.json`);
  await fs.writeFile(file, body);
  await fs.writeFile(path.join(resultsDir, `${suite}-latest.json`), body);
  return file;
}
