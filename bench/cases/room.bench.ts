/**
 * Room mode (issue 17): 30 phones (Node `ws` clients on loopback, the server in this process as in the app's
 * main process) write notes into the facilitator's app (browser harness, built renderer, 1280×800). Measures
 * the latency from a phone's send to the note drawn on the facilitator's canvas — the first animation frame
 * after its element appeared — p50 / p95 / worst, and the server process's memory before and after.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { produce } from 'immer';
import { WebSocket } from 'ws';
import { addParticipant } from '../../shared/domain/check-in';
import { createWorkshop } from '../../shared/domain/new-workshop';
import type { ServerMessage } from '../../shared/room/protocol';
import { closeBrowser, launchApp } from '../../tests/e2e/launch-app';
import type { BenchCase, BenchRow } from '../lib/report';
import { median, percentile } from '../lib/stats';

const PHONES = 30;
const NOTES_EACH = Number(process.env.BENCH_ROOM_NOTES ?? 10);
/** Each phone writes a note about every `PACE_MS` (jittered): 30 notes a second for the whole room. */
const PACE_MS = 1_000;

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => bytes / 1024 / 1024;

async function run(): Promise<BenchRow[]> {
  const app = await launchApp({ viewport: { width: 1280, height: 800 } });
  const { page } = app;
  try {
    const names = Array.from({ length: PHONES }, (_, i) => `Phone ${i + 1}`);
    const workshop = produce(createWorkshop({ title: 'Room bench' }), (w) => {
      for (const name of names) addParticipant(w, { name }, '2026-12-01');
      w.agenda.currentStepId = w.agenda.steps.find((s) => s.title === 'Silent brainstorm')!.id;
    });
    await fs.mkdir(app.documentsDir, { recursive: true });
    const file = path.join(app.documentsDir, 'room-bench.copstudio');
    await fs.writeFile(file, JSON.stringify(workshop));
    app.answerNextDialog(file);
    await app.menu('file.open');
    await page.locator('[value="Room bench"]').waitFor();
    await app.menu('view.show.canvas');
    await app.menu('canvas.fit');
    // When each note's element appears, the next frame draws it: record that frame's time (epoch ms).
    await page.evaluate(() => {
      const drawn: Record<string, number> = {};
      (window as unknown as { __drawn: Record<string, number> }).__drawn = drawn;
      new MutationObserver((records) => {
        for (const record of records) {
          record.addedNodes.forEach((node) => {
            const id = node instanceof HTMLElement ? node.dataset.noteId : undefined;
            if (id && drawn[id] === undefined) {
              drawn[id] = 0;
              requestAnimationFrame(() => (drawn[id] = performance.timeOrigin + performance.now()));
            }
          });
        }
      }).observe(document.body, { childList: true, subtree: true });
    });

    global.gc?.();
    const before = process.memoryUsage();
    await page.getByRole('button', { name: 'Open room…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open the room' });
    await dialog.getByRole('radio', { name: /loopback/ }).check();
    await dialog.getByRole('button', { name: 'Open room' }).click();
    const alt = (await page.getByRole('complementary', { name: 'Join the room' }).getByRole('img').getAttribute('alt'))!;
    const url = new URL(alt.replace(/^QR code of /, ''));
    const socketUrl = `ws://${url.host}/socket?t=${url.hash.slice(1)}`;
    await page.getByRole('button', { name: 'Hide join panel' }).click();

    const memberIds = new Map(workshop.members.map((m) => [m.name, m.id]));
    const sentAt = new Map<string, number>();
    const phones = await Promise.all(
      names.map(
        (name) =>
          new Promise<{ socket: WebSocket; acks: Map<number, (noteId: string) => void> }>((resolve, reject) => {
            const socket = new WebSocket(socketUrl);
            const acks = new Map<number, (noteId: string) => void>();
            socket.on('message', (data) => {
              const message = JSON.parse(String(data)) as ServerMessage;
              if (message.type === 'hello') socket.send(JSON.stringify({ type: 'join', ref: 0, memberId: memberIds.get(name) }));
              if (message.type === 'welcome') resolve({ socket, acks });
              if (message.type === 'ack' && message.noteId) acks.get(message.ref)?.(message.noteId);
              if (message.type === 'error') reject(new Error(message.message));
            });
            socket.on('error', reject);
          }),
      ),
    );

    const started = now();
    await Promise.all(
      phones.map(async (phone, p) => {
        await sleep(Math.random() * PACE_MS);
        for (let n = 1; n <= NOTES_EACH; n++) {
          const ref = n;
          const t0 = now();
          const acked = new Promise<string>((resolve) => phone.acks.set(ref, resolve));
          phone.socket.send(JSON.stringify({ type: 'note.add', ref, text: `Phone ${p + 1}, idea ${n}`, zoneId: null }));
          sentAt.set(await acked, t0);
          await sleep(PACE_MS * (0.5 + Math.random()));
        }
      }),
    );
    const total = PHONES * NOTES_EACH;
    await page.waitForFunction(
      (count) => Object.values((window as unknown as { __drawn: Record<string, number> }).__drawn).filter((t) => t > 0).length >= count,
      total,
      { timeout: 120_000 },
    );
    const elapsed = now() - started;
    const drawn = await page.evaluate(() => (window as unknown as { __drawn: Record<string, number> }).__drawn);
    const latencies = [...sentAt].map(([id, t0]) => drawn[id]! - t0);
    const after = process.memoryUsage();
    const notesOnCanvas = await page.getByRole('button', { name: /^Note face down/ }).count();
    for (const phone of phones) phone.socket.close();
    const suite = 'room';
    return [
      { suite, metric: `phones`, value: PHONES, unit: 'count' },
      { suite, metric: `notes sent (${NOTES_EACH} per phone, over ${(elapsed / 1000).toFixed(1)} s)`, value: total, unit: 'count' },
      {
        suite,
        metric: 'notes drawn on the canvas',
        value: notesOnCanvas,
        unit: 'count',
        target: `= ${total}`,
        met: notesOnCanvas === total,
      },
      { suite, metric: 'send → drawn on canvas, p50', value: median(latencies), unit: 'ms', runs: latencies.length },
      {
        suite,
        metric: 'send → drawn on canvas, p95',
        value: percentile(latencies, 95),
        unit: 'ms',
        runs: latencies.length,
        target: '≤ 250 ms',
        met: percentile(latencies, 95) <= 250,
      },
      { suite, metric: 'send → drawn on canvas, worst', value: Math.max(...latencies), unit: 'ms', runs: latencies.length },
      { suite, metric: 'main process heap used, before → after (delta)', value: mb(after.heapUsed - before.heapUsed), unit: 'MB' },
      { suite, metric: 'main process heap used, after', value: mb(after.heapUsed), unit: 'MB' },
      { suite, metric: 'main process RSS, after', value: mb(after.rss), unit: 'MB' },
    ];
  } finally {
    await app.close();
    await closeBrowser();
  }
}

const bench: BenchCase = { name: 'room', run };
export default bench;
