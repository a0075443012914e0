import { describe, expect, test } from 'vitest';
import { en } from '../../../shared/i18n/catalog/en';
import { fr } from '../../../shared/i18n/catalog/fr';
import { formatDate, formatNumber, summaryFormat } from '../../../shared/summary/format';
import { renderSummaryHtml } from '../../../shared/summary/summary-html';
import { renderSummaryMarkdown } from '../../../shared/summary/summary-markdown';
import { briefTitles, buildSummary, sectionTitle } from '../../../shared/summary/summary-model';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

/** Every leaf of a catalogue namespace. */
function leaves(node: unknown): string[] {
  return Object.values(node as Record<string, unknown>).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));
}

/**
 * The English words of the summary's texts (and of the document's kinds) that French never uses: the fixed parts
 * of each English text, placeholders left out, that appear in no French text.
 */
function englishOnlyPhrases(): string[] {
  // The workshop's own text is never translated: a phrase it holds ("Only the usual five people talk") proves nothing.
  const french = [...leaves(fr.summary), ...leaves(fr.labels), JSON.stringify(realisticWorkshop({ hostile: true }))].join('\n');
  const pieces = [...leaves(en.summary), ...leaves(en.labels)].flatMap((text) => text.split(/\{\{[^}]*\}\}/).map((p) => p.trim()));
  return [...new Set(pieces)].filter((p) => /\p{L}{3,}.*\s\p{L}{2,}/u.test(p) && !french.includes(p));
}

const NNBSP = '\u202f';

describe('the summary in French', () => {
  test('dates and numbers go through Intl in the summary language', () => {
    expect(formatDate('2026-12-03', 'fr')).toBe('3 décembre 2026');
    expect(formatDate('2026-12-03', 'en')).toBe('3 Dec 2026');
    expect(formatNumber(6000, 'fr')).toBe(`6${NNBSP}000`);
    expect(formatNumber(1234.5, 'fr')).toBe(`1${NNBSP}234,5`);
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(summaryFormat('fr').count('votes', 0)).toBe('0 vote');
    expect(summaryFormat('en').count('votes', 0)).toBe('0 votes');
    expect(summaryFormat('fr').overrun(600, 610)).toBe('dans les temps');
  });

  test('the model names sections, roles, activity types and asks in French; the workshop’s own text stays as written', () => {
    const summary = buildSummary(realisticWorkshop(), 'fr');
    expect(summary.language).toBe('fr');
    expect(summary.sections.map((s) => s.title)).toEqual([
      'Le canevas de la vision',
      'Thèmes classés par votes',
      'Objectifs et indicateurs',
      'Backlog des activités',
      'Membres',
      'Impact',
      'Déroulé : temps prévu et temps réel',
    ]);
    const members = summary.sections.find((s) => s.kind === 'members');
    expect(members?.kind === 'members' && members.members.groups.map((g) => g.label)).toContain('Membres du noyau');
    expect(summary.brief.firstActivities.map((a) => a.typeLabel)).toContain('Kata de code');
    expect(summary.brief.asks.map((a) => [a.kindLabel, a.statusLabel])).toContainEqual(['Temps dédié', 'Demandée']);
    // Zone titles are the workshop's content: never translated.
    const canvas = summary.sections.find((s) => s.kind === 'canvas');
    expect(canvas?.kind === 'canvas' && canvas.zones[0]!.title).toBe(realisticWorkshop().canvas.zones[0]!.title);
  });

  test('counts agree with their nouns in both languages (« 1 membre du noyau », "2 active members")', () => {
    const w = realisticWorkshop();
    const core = w.members.filter((m) => m.role === 'core');
    w.members = [core[0]!, ...w.members.filter((m) => m.role === 'active')];
    w.meta.participantIds = [core[0]!.id];
    const sentence = (language: 'en' | 'fr') => {
      const md = renderSummaryMarkdown(buildSummary(w, language));
      return md.split('\n').find((line) => /^\d+ (members?|membres?) ?:/.test(line));
    };
    expect(sentence('fr')).toBe('4 membres : 1 membre du noyau, 3 membres actifs. 1 était présent à l’atelier (noms en gras).');
    expect(sentence('en')).toBe('4 members: 1 core member, 3 active members. 1 was at the workshop (names in bold).');
  });

  test('a workshop carries the language its summary is exported in', () => {
    const w = realisticWorkshop();
    expect(buildSummary(w).language).toBe('en');
    w.meta.language = 'fr';
    expect(buildSummary(w).language).toBe('fr');
    expect(buildSummary(w).sections[0]!.title).toBe(sectionTitle('canvas', 'fr'));
    expect(buildSummary(w, 'en').language).toBe('en');
  });

  test('the Markdown summary is French, with French dates, numbers and no English left', () => {
    const md = renderSummaryMarkdown(buildSummary(realisticWorkshop(), 'fr'));
    const titles = briefTitles('fr');
    for (const heading of [
      titles.vision,
      titles.themes,
      titles.goals,
      titles.ask,
      titles.activities,
      titles.nextSession,
      titles.appendix,
    ]) {
      expect(md).toContain(`## ${heading}\n`);
    }
    expect(md).toContain('*Software Craftsmanship · Note au sponsor* — 24 novembre 2026 · ');
    expect(md).toContain('animé par Camille Martin');
    expect(md).toContain('## Prochaine séance\n\n**14 janvier 2027**');
    expect(md).toContain('| Demande | Nature | Montant | Sponsor | Statut |');
    expect(md).toContain(`6${NNBSP}000 EUR`);
    expect(md).toContain('| Indicateur | Départ → cible | Échéance | Dernière valeur | Progression |');
    expect(md).toMatch(/\d+ votes?\*\*/);
    for (const phrase of englishOnlyPhrases()) expect(md, phrase).not.toContain(phrase);
  });

  test('the Markdown summary in French matches its reviewed snapshot', async () => {
    const md = renderSummaryMarkdown(buildSummary(realisticWorkshop({ hostile: true }), 'fr'));
    await expect(md).toMatchFileSnapshot('./__snapshots__/realistic-workshop-summary.fr.md');
  });

  test('the PDF’s HTML is French: language, headings, page numbers, dates, and no English left', () => {
    const html = renderSummaryHtml(buildSummary(realisticWorkshop(), 'fr'), { pageSize: 'A4' });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Vision workshop — synthèse</title>'.replace('Vision workshop', realisticWorkshop().meta.title));
    expect(html).toContain('content: "Page " counter(page) " sur " counter(pages)');
    expect(html).toContain('>La demande<');
    expect(html).toContain('>Prochaine séance<');
    expect(html).toContain('14 janvier 2027');
    expect(html).toContain('class="status status--asked">Demandée<');
    const brief = renderSummaryHtml(buildSummary(realisticWorkshop(), 'fr'), { pageSize: 'A4', scope: 'brief' });
    expect(brief).toContain('— note au sponsor</title>');
    const visible = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    for (const phrase of englishOnlyPhrases()) expect(visible, phrase).not.toContain(phrase);
  });

  test('the English summary keeps its words (the check above can fail)', () => {
    const html = renderSummaryHtml(buildSummary(realisticWorkshop(), 'en'), { pageSize: 'A4' });
    const visible = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    expect(englishOnlyPhrases().filter((p) => visible.includes(p)).length).toBeGreaterThan(10);
  });
});
