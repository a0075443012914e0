import { describe, expect, test } from 'vitest';
import { guideForStep } from '../../../renderer/help/guide-text';
import { englishStepTitle, templateStepOfTitle } from '../../../shared/domain/agenda-template';
import { addActivity, emptyActivityFields } from '../../../shared/domain/backlog-activities';
import { addNoteInZone } from '../../../shared/domain/canvas-notes';
import { changeCanvasTemplate } from '../../../shared/domain/canvas-template-change';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { createWorkshopFromTemplate, WORKSHOP_TEMPLATES, type WorkshopTemplateId } from '../../../shared/domain/workshop-templates';
import { WorkshopSchema } from '../../../shared/schema';
import { buildSummary } from '../../../shared/summary/summary-model';

const NOW = new Date('2026-12-03T09:00:00Z');
const IDS = Object.keys(WORKSHOP_TEMPLATES) as WorkshopTemplateId[];

describe('templates are written in the app’s language when a workshop is made', () => {
  test('a French vision workshop: title, zones and hints, agenda, backlog columns, and its summary language', () => {
    const w = createWorkshopFromTemplate('vision', NOW, 'fr');
    expect(WorkshopSchema.safeParse(w).success).toBe(true);
    expect(w.meta.title).toBe('Atelier de vision');
    expect(w.meta.language).toBe('fr');
    expect(w.canvas.zones.map((z) => z.title)).toEqual([
      'Raison d’être (pourquoi)',
      'Domaine (ce qui nous tient à cœur)',
      'Membres (qui)',
      'Pratiques (comment nous apprenons)',
      'Activités (idées)',
      'Objectifs (à quoi ressemble la réussite)',
      'Moyens & sponsors',
      'Risques',
    ]);
    expect(w.canvas.zones[0]!.hint).toBe('Pourquoi cette communauté existe-t-elle ?');
    expect(w.agenda.steps.map((s) => s.title)).toEqual([
      'Accueil',
      'Idéation silencieuse',
      'Regroupement',
      'Vote par points',
      'Déclaration de vision',
      'Objectifs & indicateurs',
      'Backlog des premières activités',
      'Demande au sponsor',
      'Clôture & export',
    ]);
    expect(w.backlog.columns.map((c) => c.title)).toEqual(['Idées', 'Prochaines', 'En cours', 'Terminées']);
  });

  test.each(IDS)('%s: the French workshop has the English one’s shape, every text in French', (id) => {
    const en = createWorkshopFromTemplate(id, NOW, 'en');
    const fr = createWorkshopFromTemplate(id, NOW, 'fr');
    expect(WorkshopSchema.safeParse(fr).success).toBe(true);
    const shape = (w: typeof en) => ({
      zones: w.canvas.zones.map(({ x, y, width, height }) => ({ x, y, width, height })),
      steps: w.agenda.steps.map(({ minutes, view, mode, surface }) => ({ minutes, view, mode, surface })),
    });
    expect(shape(fr)).toEqual(shape(en));
    expect(fr.meta.title).not.toBe(en.meta.title);
    fr.canvas.zones.forEach((z, i) => expect(z.hint, z.title).not.toBe(en.canvas.zones[i]!.hint));
    fr.agenda.steps.forEach((s, i) => {
      expect(s.title).not.toBe(en.agenda.steps[i]!.title);
      expect(s.description).not.toBe(en.agenda.steps[i]!.description);
    });
    // Each French step keeps its facilitator guide.
    for (const step of fr.agenda.steps) expect(guideForStep(step.title), step.title).toEqual(guideForStep(englishStepTitle(step.title)));
  });

  test('without a language a workshop is English and follows the app for its summary (older files, imports)', () => {
    const w = createWorkshop({ now: NOW });
    expect(w.meta.language).toBeUndefined();
    expect(w.canvas.zones[0]!.title).toBe('Purpose (why)');
    expect(createWorkshopFromTemplate('wenger', NOW).meta.title).toBe('Domain, community, practice');
  });

  test('a template step is recognised by its title in either language; a step the facilitator wrote is not', () => {
    expect(templateStepOfTitle('  accueil ')).toBe('checkIn');
    expect(templateStepOfTitle('Dot vote')).toBe('vote');
    expect(englishStepTitle('Vote par points')).toBe('Dot vote');
    expect(templateStepOfTitle('Notre rituel')).toBeNull();
    expect(guideForStep('Accueil')).not.toBeNull();
  });

  test('existing content is never translated: another canvas template brings zones in the workshop’s language only', () => {
    const fr = createWorkshopFromTemplate('vision', NOW, 'fr');
    changeCanvasTemplate(fr, 'start-stop-continue');
    expect(fr.canvas.zones.map((z) => z.title)).toEqual(['Commencer', 'Arrêter', 'Continuer']);
    expect(fr.agenda.steps[0]!.title).toBe('Accueil');
    const en = createWorkshopFromTemplate('vision', NOW, 'en');
    changeCanvasTemplate(en, 'wenger');
    expect(en.canvas.zones.map((z) => z.title)).toEqual(['Domain', 'Community', 'Practice']);
  });

  test('the French brief finds the French Domain zone and the next activities in the French columns', () => {
    const w = createWorkshopFromTemplate('vision', NOW, 'fr');
    const domain = w.canvas.zones.find((z) => z.title.startsWith('Domaine'))!;
    addNoteInZone(w.canvas, domain, { text: 'Le développement piloté par les tests' });
    const [ideas, next, , done] = w.backlog.columns;
    addActivity(w, { ...emptyActivityFields(), title: 'Une idée lointaine' }, ideas!.id);
    addActivity(w, { ...emptyActivityFields(), title: 'Kata du jeudi' }, next!.id);
    addActivity(w, { ...emptyActivityFields(), title: 'Lancement' }, done!.id);
    const brief = buildSummary(w).brief;
    expect(brief.domain).toEqual(['Le développement piloté par les tests']);
    expect(brief.firstActivities.map((a) => [a.title, a.column])).toEqual([['Kata du jeudi', 'Prochaines']]);
  });
});
