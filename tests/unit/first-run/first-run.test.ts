import { createHash } from 'node:crypto';
import { mkdtempSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { mainProcess } from '../../harness/main-process';
import { VISION_WORKSHOP_AGENDA } from '../../../shared/domain/agenda-template';
import { createWorkshopFromTemplate, WORKSHOP_TEMPLATES, type WorkshopTemplateId } from '../../../shared/domain/workshop-templates';
import { ACTIVITY_TYPES, WorkshopSchema, type Workshop } from '../../../shared/schema';
import { migrate } from '../../../shared/schema/migrate';
import { guideForStep } from '../../../renderer/help/guide-text';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../resources/example-workshop.copstudio');

/** The real main-process services (the shared unit harness) with the example workshop at `exampleWorkshopPath`. */
const setUp = (exampleWorkshopPath: string) => mainProcess({ exampleWorkshopPath });

describe('the example workshop', () => {
  test('the shipped file is a valid, realistic kick-off: roles, ~25 notes in zones, themes, votes, goals, asks, every activity type, outcomes', () => {
    const parsed = WorkshopSchema.safeParse(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    expect(parsed.success).toBe(true);
    const w = parsed.data!;
    expect(new Set(w.members.map((m) => m.role))).toEqual(new Set(['core', 'active', 'occasional', 'sponsor']));
    expect(w.canvas.notes.length).toBeGreaterThanOrEqual(20);
    expect(w.canvas.notes.every((n) => n.zoneId !== null)).toBe(true);
    expect(w.canvas.themes.length).toBeGreaterThanOrEqual(3);
    expect(w.canvas.votes.length).toBeGreaterThan(0);
    expect(w.canvas.visionStatement.trim()).not.toBe('');
    expect(w.goals.every((g) => g.objectives.length > 0)).toBe(true);
    expect(w.impact.measurements.length).toBeGreaterThan(0);
    expect(w.sponsorAsks.length).toBeGreaterThan(0);
    expect(new Set(w.backlog.activities.map((a) => a.type))).toEqual(new Set(ACTIVITY_TYPES));
    expect(w.impact.outcomes.length).toBeGreaterThan(0);
    expect(w.meta.nextSessionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the main process reads it, validated, as a new copy with a fresh id, and never writes it', async () => {
    const before = createHash('sha256').update(readFileSync(EXAMPLE)).digest('hex');
    const { call } = await setUp(EXAMPLE);
    const first = await call('openExampleWorkshop', { language: 'en' });
    const second = await call('openExampleWorkshop', { language: 'en' });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.value.workshop.meta.title).toBe('Software Craftsmanship — kick-off workshop');
    expect(first.value.workshop.id).not.toBe('example-workshop');
    expect(first.value.workshop.id).not.toBe(second.value.workshop.id);
    expect(createHash('sha256').update(readFileSync(EXAMPLE)).digest('hex')).toBe(before);
  });

  test('the example is shipped in French too: the same workshop, its text and its summary language French', async () => {
    const english = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Workshop;
    const frenchFile = EXAMPLE.replace(/\.copstudio$/, '.fr.copstudio');
    const { call } = await setUp(EXAMPLE);
    const result = await call('openExampleWorkshop', { language: 'fr' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const french = result.value.workshop;
    expect(WorkshopSchema.safeParse(JSON.parse(readFileSync(frenchFile, 'utf8'))).success).toBe(true);
    expect(french.meta.title).toBe('Software Craftsmanship — atelier de lancement');
    expect(french.meta.language).toBe('fr');
    expect(english.meta.language).toBe('en');
    // The same workshop: as many notes, themes, votes, goals, asks and activities, in the same places.
    const shape = (w: Workshop) => [
      w.members.length,
      w.canvas.notes.map((n) => [n.x, n.y, n.zoneId, n.themeId]),
      w.canvas.votes.length,
      w.goals.length,
      w.sponsorAsks.length,
      w.backlog.activities.length,
      w.impact.measurements.length,
    ];
    expect(shape(french)).toEqual(shape(english));
    // Every text people wrote is French: no note, theme, goal, ask or activity kept its English words.
    const texts = (w: Workshop) => [
      ...w.canvas.notes.map((n) => n.text),
      ...w.canvas.themes.map((t) => t.name),
      ...w.goals.map((g) => g.title),
      ...w.sponsorAsks.map((a) => a.what),
      ...w.canvas.zones.map((z) => z.title),
      ...w.agenda.steps.map((s) => s.title),
    ];
    const englishTexts = new Set(texts(english));
    expect(texts(french).filter((t) => englishTexts.has(t) && !['Mob programming sur de vrais bugs'].includes(t))).toEqual([]);
    expect(french.canvas.visionStatement).toMatch(/^Nous sommes des développeurs/);
    expect(await call('openExampleWorkshop', { language: 'de' } as never)).toMatchObject({ ok: false });
  });

  test('a missing or corrupt example gives a clear error, not a crash', async () => {
    const missing = await setUp(path.join(os.tmpdir(), 'no-such-example.copstudio'));
    const result = await missing.call('openExampleWorkshop', { language: 'en' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(
        /^The example workshop could not be opened\. Could not open "no-such-example\.copstudio": the file does not exist/,
      );
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cop-bad-example-'));
    const bad = path.join(dir, 'example.copstudio');
    await fs.writeFile(bad, '{"schemaVersion": 1, "meta": {}}');
    const corrupt = await (await setUp(bad)).call('openExampleWorkshop', { language: 'en' });
    expect(corrupt.ok).toBe(false);
  });

  test('the request is validated like every other: a payload is refused', async () => {
    const { call } = await setUp(EXAMPLE);
    // A payload this method does not take, as a hostile renderer would send it.
    const result = await call('openExampleWorkshop', { path: '/etc/passwd' } as never);
    expect(result.ok).toBe(false);
  });
});

describe('workshop templates', () => {
  test.each(Object.keys(WORKSHOP_TEMPLATES) as WorkshopTemplateId[])('%s gives a valid workshop with its canvas and agenda', (id) => {
    const w = createWorkshopFromTemplate(id, new Date('2026-11-24T09:00:00Z'));
    expect(WorkshopSchema.safeParse(w).success).toBe(true);
    expect(w.canvas.template).toBe(WORKSHOP_TEMPLATES[id].canvas);
    expect(w.agenda.steps.map((s) => s.title)).toEqual(WORKSHOP_TEMPLATES[id].agenda.map((s) => s.title));
    expect(w.agenda.currentStepId).toBe(w.agenda.steps[0]?.id ?? null);
  });

  test('the vision workshop is what "New workshop" always made', () => {
    const w = createWorkshopFromTemplate('vision');
    expect(w.meta.title).toBe('Vision workshop');
    expect(w.canvas.zones).toHaveLength(8);
    expect(w.agenda.steps).toHaveLength(9);
  });
});

describe('the facilitator guide', () => {
  test('every step of every template has a "how to run this step": purpose, what to say, what to watch for, time', () => {
    const titles = new Set([...VISION_WORKSHOP_AGENDA, ...Object.values(WORKSHOP_TEMPLATES).flatMap((t) => t.agenda)].map((s) => s.title));
    for (const title of titles) {
      const guide = guideForStep(title);
      expect(guide, title).not.toBeNull();
      for (const part of [guide!.purpose, guide!.say, guide!.watch, guide!.time]) expect(part.length, title).toBeGreaterThan(5);
    }
    expect(guideForStep('  check-IN ')).not.toBeNull();
    expect(guideForStep('A step the facilitator added')).toBeNull();
  });
});

describe('the next session date (schema version 1, optional)', () => {
  test('a version 1 file without it still opens; with it, it must be a date', () => {
    const w = realisticWorkshop();
    delete w.meta.nextSessionDate;
    expect(WorkshopSchema.safeParse(JSON.parse(JSON.stringify(w))).success).toBe(true);
    expect(migrate(JSON.parse(JSON.stringify(w)))).toMatchObject({ ok: true, migratedFrom: null });
    w.meta.nextSessionDate = '2027-01-14';
    expect(WorkshopSchema.safeParse(w).success).toBe(true);
    w.meta.nextSessionDate = 'next Thursday';
    expect(WorkshopSchema.safeParse(w).success).toBe(false);
  });
});
