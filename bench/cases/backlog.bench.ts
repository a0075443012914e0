/**
 * Backlog drag: a board of 300 cards in the built renderer (browser harness, 1920×1080). Three synthetic pointer
 * drags, one pointer move per animation frame (down a column, across to the next, down again), timed with the
 * frames' own rAF timestamps. Card renders are counted by the app's bench-only counter (`window.__copStudioBench`).
 */
import { bigBoardWorkshop, writeWorkshop } from '../../tests/e2e/backlog-fixtures';
import { closeBrowser, launchApp } from '../../tests/e2e/launch-app';
import type { BenchCase, BenchRow } from '../lib/report';
import { percentile } from '../lib/stats';

const CARDS = 300;
const FRAME_60HZ = 1000 / 60;

interface DragSample {
  frames: number[];
  startFrame: number;
  dropFrame: number;
  moves: number;
  cardRenders: number;
  cardBodyRenders: number;
}

/** Runs in the page: one drag from (x, y) along `path`, one pointermove per frame. */
async function dragInPage(args: { from: { x: number; y: number }; path: { x: number; y: number }[] }): Promise<DragSample> {
  const counters = (window as unknown as { __copStudioBench: { cardRenders: number; cardBodyRenders: number } }).__copStudioBench;
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const fire = (type: string, x: number, y: number) => {
    const target = document.elementFromPoint(x, y) ?? document.body;
    target.dispatchEvent(
      new PointerEvent(type, {
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
        isPrimary: true,
        pointerId: 1,
        button: 0,
        buttons: type === 'pointerup' ? 0 : 1,
        pointerType: 'mouse',
      }),
    );
  };
  await frame();
  const before = { ...counters };
  fire('pointerdown', args.from.x, args.from.y);
  const stamps: number[] = [await frame()];
  for (const point of args.path) {
    fire('pointermove', point.x, point.y);
    stamps.push(await frame());
  }
  const last = args.path.at(-1)!;
  fire('pointerup', last.x, last.y);
  stamps.push(await frame());
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]!);
  return {
    // deltas[0]: the frame after pointerdown; deltas[1]: after the first move, which crosses the 5 px activation
    // distance (the drag start: overlay mounted, every droppable measured); then the moves; the last: the drop.
    frames: deltas.slice(2, -1),
    startFrame: deltas[1]!,
    dropFrame: deltas.at(-1)!,
    moves: args.path.length,
    cardRenders: counters.cardRenders - before.cardRenders,
    cardBodyRenders: counters.cardBodyRenders - before.cardBodyRenders,
  };
}

const line = (from: { x: number; y: number }, to: { x: number; y: number }, steps: number) =>
  Array.from({ length: steps }, (_, i) => ({
    x: from.x + ((to.x - from.x) * (i + 1)) / steps,
    y: from.y + ((to.y - from.y) * (i + 1)) / steps,
  }));

const bench: BenchCase = {
  name: 'backlog',
  async run() {
    const app = await launchApp({ viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    try {
      await page.addInitScript('window.__copStudioBench = { cardRenders: 0, cardBodyRenders: 0 };');
      await page.reload();
      const file = await writeWorkshop(app.documentsDir, 'bench-300.copstudio', bigBoardWorkshop(CARDS));
      app.answerNextDialog(file);
      await page.getByRole('button', { name: 'Open workshop…' }).click();
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Backlog' }).click();
      const lists = ['Ideas', 'Next', 'In progress', 'Done'].map((name) =>
        page.getByRole('region', { name, exact: true }).getByRole('list'),
      );
      await page.getByRole('button', { name: /Activity 300:/ }).waitFor();
      const samples: DragSample[] = [];
      const metricsSession = await page.context().newCDPSession(page);
      await metricsSession.send('Performance.enable');
      const work = { script: 0, layout: 0, style: 0 };
      const metrics = async () =>
        Object.fromEntries((await metricsSession.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
      for (let i = 0; i < 3; i++) {
        const source = lists[i]!.getByRole('button').nth(2);
        await source.hover({ trial: true });
        const a = (await source.boundingBox())!;
        const b = (await lists[i + 1]!.boundingBox())!;
        const from = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
        const down = { x: from.x, y: from.y + 180 };
        const across = { x: b.x + b.width / 2, y: down.y };
        const path = [
          { x: from.x, y: from.y + 8 },
          ...line({ x: from.x, y: from.y + 8 }, down, 40),
          ...line(down, across, 60),
          ...line(across, { x: across.x, y: across.y + 200 }, 40),
        ];
        const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.start');
        }
        const before = await metrics();
        samples.push(await page.evaluate(dragInPage, { from, path }));
        const after = await metrics();
        work.script += after.ScriptDuration! - before.ScriptDuration!;
        work.layout += after.LayoutDuration! - before.LayoutDuration!;
        work.style += after.RecalcStyleDuration! - before.RecalcStyleDuration!;
        if (cdp) {
          const { profile } = await cdp.send('Profiler.stop');
          const self = new Map<string, number>();
          const byId = new Map(profile.nodes.map((n) => [n.id, n]));
          const dt = profile.timeDeltas ?? [];
          (profile.samples ?? []).forEach((id, k) => {
            const n = byId.get(id)!;
            const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
            self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
          });
          console.log(
            [...self]
              .sort((x, y) => y[1] - x[1])
              .slice(0, 25)
              .map(([k, v]) => `${v.toFixed(0)} ms ${k}`)
              .join('\n'),
          );
        }
        const said = (await page.getByRole('status').allTextContents()).join(' ');
        if (!said.includes(`to ${['Next', 'In progress', 'Done'][i]}, position`))
          console.warn(`drag ${i + 1} did not land where expected: ${said}`);
        await lists[i + 1]!.getByRole('button').first().hover({ trial: true });
      }
      const frames = samples.flatMap((s) => s.frames);
      if (process.env.BENCH_VERBOSE)
        samples.forEach((s, i) =>
          console.log(
            `drag ${i + 1}: slow frames`,
            s.frames.flatMap((f, j) => (f > 34 ? [`#${j}: ${f.toFixed(0)} ms`] : [])),
          ),
        );
      const moves = samples.reduce((n, s) => n + s.moves, 0);
      const runs = samples.length;
      const rows: BenchRow[] = [
        {
          suite: 'backlog 300 cards',
          metric: 'drag frame time p50',
          value: percentile(frames, 50),
          unit: 'ms',
          target: '≤ 16.7 ms',
          met: percentile(frames, 50) <= FRAME_60HZ + 0.5,
          runs: frames.length,
        },
        {
          suite: 'backlog 300 cards',
          metric: 'drag frame time p95',
          value: percentile(frames, 95),
          unit: 'ms',
          target: '≤ 33 ms',
          met: percentile(frames, 95) <= 33.4,
          runs: frames.length,
        },
        {
          suite: 'backlog 300 cards',
          metric: 'worst drag frame',
          value: Math.max(...frames),
          unit: 'ms',
          target: '≤ 50 ms',
          met: Math.max(...frames) <= 50,
          runs: frames.length,
        },
        {
          suite: 'backlog 300 cards',
          metric: 'frames over 50 ms',
          value: frames.filter((f) => f > 50).length,
          unit: 'count',
          target: '0',
          met: frames.every((f) => f <= 50),
          runs: frames.length,
        },
        {
          suite: 'backlog 300 cards',
          metric: 'drag-start frame (median)',
          value: percentile(
            samples.map((s) => s.startFrame),
            50,
          ),
          unit: 'ms',
          target: '≤ 100 ms',
          met:
            percentile(
              samples.map((s) => s.startFrame),
              50,
            ) <= 100,
          runs,
        },
        {
          suite: 'backlog 300 cards',
          metric: 'drop frame (median)',
          value: percentile(
            samples.map((s) => s.dropFrame),
            50,
          ),
          unit: 'ms',
          target: '≤ 100 ms',
          met:
            percentile(
              samples.map((s) => s.dropFrame),
              50,
            ) <= 100,
          runs,
        },
        { suite: 'backlog 300 cards', metric: 'script per move', value: work.script / moves, unit: 'ms', runs: moves },
        {
          suite: 'backlog 300 cards',
          metric: 'layout + style per move',
          value: (work.layout + work.style) / moves,
          unit: 'ms',
          runs: moves,
        },
        {
          suite: 'backlog 300 cards',
          metric: 'card wrapper renders per move',
          value: samples.reduce((n, s) => n + s.cardRenders, 0) / moves,
          unit: 'count',
          runs,
        },
        {
          suite: 'backlog 300 cards',
          metric: 'card body renders per move',
          value: samples.reduce((n, s) => n + s.cardBodyRenders, 0) / moves,
          unit: 'ratio',
          target: '< 1',
          met: samples.reduce((n, s) => n + s.cardBodyRenders, 0) / moves < 1,
          runs,
        },
      ];
      if (app.pageErrors.length > 0) console.warn('page errors:', app.pageErrors);
      return rows;
    } finally {
      await app.close();
      await closeBrowser();
    }
  },
};
export default bench;
