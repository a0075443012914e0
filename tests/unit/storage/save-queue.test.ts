import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { nodeFs, type FsPort } from '../../../electron/services/fs-port';
import { SaveQueue } from '../../../electron/services/save-queue';
import { mainProcess } from '../../harness/main-process';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('saves are serialized per file', () => {
  test('jobs of one key never overlap and run in call order; a failure does not block the next', async () => {
    const queue = new SaveQueue();
    const log: string[] = [];
    let running = 0;
    const job =
      (name: string, fail = false) =>
      async () => {
        running++;
        expect(running).toBe(1);
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        running--;
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([queue.run('a', job('1')), queue.run('a', job('2', true)), queue.run('a', job('3'))]);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await tick();
    expect(queue.busyKeys).toBe(0);
  });

  test('20 concurrent saves of one file through the API never write at once, and the last one wins', async () => {
    let writing = 0;
    let maxWriting = 0;
    const countingFs: FsPort = {
      ...nodeFs,
      async open(p, flags, mode) {
        const handle = await nodeFs.open(p, flags, mode);
        if (flags !== 'w' || !p.endsWith('.tmp')) return handle;
        writing++;
        maxWriting = Math.max(maxWriting, writing);
        const close = handle.close.bind(handle);
        handle.close = async () => {
          writing--;
          await close();
        };
        return handle;
      },
    };
    const main = await mainProcess({ fs: countingFs });
    const file = path.join(main.documentsDir, 'busy.copstudio');
    const workshop = createWorkshop();
    main.dialogs.answerNext(file);
    await main.call('saveWorkshopAs', { workshop, suggestedName: 'busy' });
    const saves = Array.from({ length: 20 }, (_, i) =>
      main.call('saveWorkshop', { path: file, workshop: { ...workshop, meta: { ...workshop.meta, title: `v${i}` } } }),
    );
    expect((await Promise.all(saves)).every((r) => r.ok)).toBe(true);
    expect(maxWriting).toBe(1);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).meta.title).toBe('v19');
  });
});
