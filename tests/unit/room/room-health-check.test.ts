import { produce } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import { startHealthCheck, setHealthRevealed, healthCheckReport } from '../../../shared/domain/health-check';
import { startWorkshop, switchWorkshop } from '../../../shared/domain/community-workshops';
import { addVoter } from '../../../shared/domain/vote-budget';
import type { Workshop } from '../../../shared/schema';
import { Phone, roomWorkshop, startRoom, type Harness } from './room-harness';

const NAMES = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Barbara'];
let harness: Harness | null = null;
const phones: Phone[] = [];

afterEach(async () => {
  await Promise.all(phones.splice(0).map((p) => p.close()));
  await harness?.close();
  harness = null;
});

/** The room workshop with a health-check step (current) and an open check of three dimensions. */
function healthWorkshop(): { doc: Workshop; checkId: string } {
  let checkId = '';
  const doc = produce(roomWorkshop(NAMES), (w) => {
    w.agenda.steps.push({
      id: 'hc',
      title: 'Health check',
      description: '',
      minutes: 10,
      view: 'impact',
      mode: null,
      surface: 'health-check',
      actualSeconds: null,
    });
    w.agenda.currentStepId = 'hc';
    checkId = startHealthCheck(w, '2026-12-01', ['value', 'rhythm', 'fun']);
  });
  return { doc, checkId };
}

async function joined(h: Harness, name: string) {
  const p = new Phone(h.socketUrl());
  phones.push(p);
  await p.opened;
  const member = h.workshop().members.find((m) => m.name === name)!;
  await p.join({ memberId: member.id });
  await p.until(() => p.view !== null);
  return p;
}

describe('health check from phones', () => {
  it('six phones answer once each; the document holds counts only; results reach phones only once revealed', async () => {
    const { doc, checkId } = healthWorkshop();
    harness = await startRoom(doc);
    const h = harness;
    const all = await Promise.all(NAMES.map((n) => joined(h, n)));
    const first = all[0]!;
    expect(first.view?.step.kind).toBe('health-check');
    expect(first.view?.health).toMatchObject({ checkId, answered: false, revealed: false, results: null });
    expect(first.view?.health?.dimensions.map((d) => d.id)).toEqual(['value', 'rhythm', 'fun']);
    expect(first.view?.health?.dimensions[0]?.name).toBe('Value to members');

    for (const [i, p] of all.entries()) {
      const answer = await p.request({
        type: 'health.answer',
        checkId,
        answers: [
          { dimension: 'value', level: i < 4 ? 'good' : 'mixed', trend: 'better' },
          { dimension: 'fun', level: 'poor', trend: i % 2 ? 'same' : 'worse' },
        ],
      });
      expect(answer.type).toBe('ack');
    }
    await h.settled();
    // A second answer from the same phone is refused; so is a dimension the check does not ask.
    const again = await first.request({ type: 'health.answer', checkId, answers: [{ dimension: 'value', level: 'poor', trend: 'worse' }] });
    expect(again).toMatchObject({ type: 'error', code: 'already-answered' });
    const check = h.workshop().community.healthChecks[0]!;
    expect(check.respondents).toBe(6);
    expect(check.tallies.find((t) => t.dimension === 'value')).toEqual({
      dimension: 'value',
      levels: { good: 4, mixed: 2, poor: 0 },
      trends: { better: 6, same: 0, worse: 0 },
    });
    expect(check.tallies.find((t) => t.dimension === 'rhythm')?.levels).toEqual({ good: 0, mixed: 0, poor: 0 });
    // Never who said what: no member id anywhere in the check, nor in the operations forwarded to the window.
    const memberIds = h.workshop().members.map((m) => m.id);
    for (const id of memberIds) expect(JSON.stringify(h.workshop().community)).not.toContain(id);
    const healthOps = h.events
      .flatMap((e) => (e.name === 'room.operations' ? e.payload.ops : []))
      .filter((op) => op.kind === 'health.answer');
    expect(healthOps).toHaveLength(6);
    for (const op of healthOps) expect(Object.keys(op).sort()).toEqual(['answers', 'checkId', 'kind', 'seq']);
    await first.until(() => first.view?.health?.answered === true);
    expect(all[1]!.view?.health?.results).toBeNull();

    h.change((w) => setHealthRevealed(w, checkId, true));
    await first.until(() => first.view?.health?.results != null);
    expect(first.view?.health?.results?.[0]).toEqual({ name: 'Value to members', score: '83 / 100', trend: 'new' });
    expect(healthCheckReport(h.workshop())?.dimensions[0]?.score).toBe(83);
    // Revealed: no more answers.
    const late = await all[5]!.request({ type: 'health.answer', checkId, answers: [{ dimension: 'fun', level: 'good', trend: 'better' }] });
    expect(late).toMatchObject({ type: 'error', code: 'not-allowed-now' });
  });

  it('answers are refused outside the health-check step and for another check', async () => {
    const { doc, checkId } = healthWorkshop();
    harness = await startRoom(produce(doc, (w) => void (w.agenda.currentStepId = w.agenda.steps[1]!.id)));
    const p = await joined(harness, 'Ada');
    expect(p.view?.health).toBeNull();
    const refused = await p.request({ type: 'health.answer', checkId, answers: [{ dimension: 'value', level: 'good', trend: 'same' }] });
    expect(refused).toMatchObject({ type: 'error', code: 'not-allowed-now' });
    harness.change((w) => void (w.agenda.currentStepId = 'hc'));
    await p.until(() => p.view?.step.kind === 'health-check');
    const other = await p.request({
      type: 'health.answer',
      checkId: 'another-check',
      answers: [{ dimension: 'value', level: 'good', trend: 'same' }],
    });
    expect(other).toMatchObject({ type: 'error', code: 'not-allowed-now' });
    const malformed = await p.request({ type: 'health.answer', checkId, answers: [{ dimension: 'value', level: 'great', trend: 'same' }] });
    expect(malformed).toMatchObject({ type: 'error', code: 'malformed' });
  });

  it('a workshop switch in the same community keeps the room: phones stay, see the new workshop, answer its check', async () => {
    const { doc } = healthWorkshop();
    harness = await startRoom(doc);
    const h = harness;
    const kickOff = h.workshop().community.openWorkshop.id;
    const [ada, grace] = [await joined(h, 'Ada'), await joined(h, 'Grace')];
    const port = h.status.port!;
    // The facilitator starts the next workshop (its first step a health check) and checks the room in, as the app does.
    let checkId = '';
    h.change((w) => {
      startWorkshop(w, {
        kind: 'check-in',
        title: 'Quarterly check-in',
        date: '2027-02-25',
        canvasTemplate: 'blank',
        steps: [{ title: 'How are we doing?', description: '', minutes: 10, view: 'impact', mode: null, surface: 'health-check' }],
      });
      for (const m of w.members.filter((x) => x.name === 'Ada' || x.name === 'Grace')) addVoter(w, m.id);
      checkId = startHealthCheck(w, '2027-02-25', ['value']);
    });
    await ada.until(() => ada.view?.step.title === 'How are we doing?' && ada.view.health?.checkId === checkId);
    expect(h.room.isOpen()).toBe(true);
    expect(h.status.port).toBe(port);
    const answer = await grace.request({
      type: 'health.answer',
      checkId,
      answers: [{ dimension: 'value', level: 'good', trend: 'better' }],
    });
    expect(answer.type).toBe('ack');
    await h.settled();
    expect(h.workshop().community.healthChecks.find((c) => c.id === checkId)?.respondents).toBe(1);
    // Back to the kick-off: still the same room, and the phones follow.
    h.change((w) => void switchWorkshop(w, kickOff));
    await grace.until(() => grace.view?.step.title === 'Health check');
    expect(h.room.isOpen()).toBe(true);
    expect(ada.closed).toBeNull();
  });
});
