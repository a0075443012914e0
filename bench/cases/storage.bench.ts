import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopSchema } from '../../shared/schema';
import { WorkshopStorage } from '../../electron/services/workshop-storage';
import { serializeWorkshop } from '../../electron/services/workshop-files';
import { bigWorkshop } from '../../tests/fixtures/big-workshop';
import type { BenchCase } from '../lib/report';
import { median, percentile, timeRuns } from '../lib/stats';

const RUNS = 15;

/**
 * Storage of a 5 MB workshop: a save (backup check + temp file + fsync + rename + folder fsync, through the
 * save queue), an open (read + parse + migrate + validate), the IPC payload validation a save pays in main,
 * and a recovery-journal write.
 */
const bench: BenchCase = {
  name: 'storage',
  async run() {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-studio-bench-'));
    try {
      const workshop = bigWorkshop(5 * 1024 * 1024, 'Storage benchmark');
      const bytes = Buffer.byteLength(serializeWorkshop(workshop));
      const storage = new WorkshopStorage({ dataDir: path.join(dir, 'data') });
      const file = path.join(dir, 'docs', 'bench.copstudio');
      let i = 0;
      const save = await timeRuns(() => storage.save(file, { ...workshop, meta: { ...workshop.meta, title: `run ${i++}` } }), RUNS, 2);
      const load = await timeRuns(() => storage.open(file), RUNS, 2);
      const validate = await timeRuns(() => WorkshopSchema.parse(workshop), RUNS, 2);
      const journal = await timeRuns(() => storage.writeJournal('bench', null, workshop), RUNS, 2);
      const row = (metric: string, samples: number[], target?: string, limit?: number) => ({
        suite: 'storage',
        metric,
        value: median(samples),
        unit: 'ms' as const,
        runs: samples.length,
        ...(target && limit !== undefined ? { target, met: median(samples) <= limit } : {}),
      });
      return [
        { suite: 'storage', metric: 'workshop size', value: bytes / 1024 / 1024, unit: 'MB' as const },
        { suite: 'storage', metric: 'notes in it', value: workshop.canvas.notes.length, unit: 'count' as const },
        row('save 5 MB (median)', save, '≤ 250 ms', 250),
        { suite: 'storage', metric: 'save 5 MB (p90)', value: percentile(save, 90), unit: 'ms' as const, runs: save.length },
        row('load + validate 5 MB (median)', load, '≤ 500 ms', 500),
        { suite: 'storage', metric: 'load + validate 5 MB (p90)', value: percentile(load, 90), unit: 'ms' as const, runs: load.length },
        row('validate only (median)', validate),
        row('recovery journal write (median)', journal),
      ];
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
