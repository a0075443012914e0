/**
 * `npm run bench`: runs every `bench/cases/*.bench.ts` (or those whose name contains an argument), prints a
 * table per case and writes `bench/results/*.json`. Benchmarks, not tests: nothing here fails the build.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { printTable, writeResults, type BenchCase } from './lib/report';

const casesDir = path.join(import.meta.dirname, 'cases');
const resultsDir = path.join(import.meta.dirname, 'results');
const filters = process.argv.slice(2);
const files = readdirSync(casesDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
  .sort();

if (files.length === 0) console.log('No benchmark matched.');
for (const file of files) {
  const bench = (await import(pathToFileURL(path.join(casesDir, file)).href)).default as BenchCase;
  console.log(`\n## ${bench.name}`);
  const rows = await bench.run();
  printTable(rows);
  const written = await writeResults(resultsDir, bench.name, rows);
  console.log(`→ ${path.relative(process.cwd(), written)}`);
}
process.exit(0);
