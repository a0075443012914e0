import { describe, expect, test } from 'vitest';
import { zoneOfRect } from '../../../shared/domain/zone-of-point';
import { exportJsonCanvas, serializeJsonCanvas } from '../../../shared/json-canvas/export-json-canvas';
import { importJsonCanvas } from '../../../shared/json-canvas/import-json-canvas';
import { JsonCanvasSchema } from '../../../shared/json-canvas/json-canvas-schema';
import { WorkshopSchema, type Workshop } from '../../../shared/schema';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';

const roundTrip = (w: Workshop) => {
  const result = importJsonCanvas(serializeJsonCanvas(exportJsonCanvas(w.canvas)), {
    title: 'Round trip',
    now: new Date('2026-12-01T10:00:00Z'),
  });
  if (!result.ok) throw new Error(result.message);
  return result;
};

const noteShape = (w: Workshop) =>
  w.canvas.notes
    .map((n) => ({
      text: n.text,
      color: n.color,
      rect: [n.x, n.y, n.width, n.height],
      zone: w.canvas.zones.find((z) => z.id === n.zoneId)?.title ?? null,
      theme: w.canvas.themes.find((t) => t.id === n.themeId)?.name ?? null,
    }))
    .sort((a, b) => a.text.localeCompare(b.text));

describe('JSON Canvas export', () => {
  test('writes valid JSON Canvas 1.0: zones and themes as groups before the notes, notes as text nodes', () => {
    const w = realisticWorkshop();
    const canvas = exportJsonCanvas(w.canvas);
    expect(JsonCanvasSchema.safeParse(canvas).success).toBe(true);
    const nodes = canvas.nodes!;
    expect(nodes.filter((n) => n.type === 'group').length).toBe(w.canvas.zones.length + w.canvas.themes.length);
    expect(nodes.filter((n) => n.type === 'text').length).toBe(w.canvas.notes.length);
    const lastGroup = nodes.map((n) => n.type).lastIndexOf('group');
    const firstText = nodes.map((n) => n.type).indexOf('text');
    expect(lastGroup).toBeLessThan(firstText);
    const kata = nodes.find((n) => n.type === 'text' && n.text === 'Weekly code kata')!;
    const original = w.canvas.notes.find((n) => n.text === 'Weekly code kata')!;
    expect(kata).toMatchObject({ x: original.x, y: original.y, width: original.width, height: original.height, color: '4' });
    const purpose = nodes.find((n) => n.type === 'group' && n.label === 'Purpose (why)')!;
    expect(purpose).toMatchObject({ x: 0, y: 0, width: 640, height: 480 });
    expect(serializeJsonCanvas(canvas)).toMatch(/^\{\n\t"nodes": \[/);
  });
});

describe('JSON Canvas import', () => {
  test('export → import gives the same notes (text, colour, position, size), zones and themes', () => {
    const w = realisticWorkshop({ hostile: true });
    const { workshop, report } = roundTrip(w);
    expect(noteShape(workshop)).toEqual(noteShape(w));
    expect(workshop.canvas.zones.map(({ title, x, y, width, height }) => ({ title, x, y, width, height }))).toEqual(
      w.canvas.zones.map(({ title, x, y, width, height }) => ({ title, x, y, width, height })),
    );
    expect(workshop.canvas.themes.map((t) => [t.name, t.color])).toEqual(w.canvas.themes.map((t) => [t.name, t.color]));
    expect(report).toEqual({ notes: w.canvas.notes.length, zones: 8, themes: w.canvas.themes.length, skippedEdges: 0, truncatedNotes: 0 });
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
    expect(workshop.meta.title).toBe('Round trip');
    expect(workshop.id).not.toBe(w.id);
  });

  test('reads a canvas made elsewhere: groups become zones, text/file/link nodes notes, edges are counted as left out', () => {
    const obsidian = {
      nodes: [
        { id: 'g1', type: 'group', x: 0, y: 0, width: 500, height: 400, label: 'Ideas' },
        { id: 'g2', type: 'group', x: 600, y: 0, width: 500, height: 400 },
        { id: 'a', type: 'text', x: 20, y: 40, width: 250, height: 60, text: '# Pairing\nevery **Friday**', color: '1' },
        { id: 'b', type: 'file', x: 620, y: 40, width: 400, height: 300, file: 'notes/katas.md' },
        { id: 'c', type: 'link', x: 1200, y: 40, width: 400, height: 300, url: 'https://example.org', color: '#44cf6e' },
      ],
      edges: [{ id: 'e1', fromNode: 'a', toNode: 'b', toEnd: 'arrow' }],
    };
    const result = importJsonCanvas(JSON.stringify(obsidian), { title: 'Board' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { canvas } = result.workshop;
    expect(canvas.zones.map((z) => z.title)).toEqual(['Ideas', 'Zone 2']);
    const byText = new Map(canvas.notes.map((n) => [n.text, n]));
    expect(byText.get('# Pairing\nevery **Friday**')).toMatchObject({ color: 'pink', zoneId: canvas.zones[0]!.id });
    expect(byText.get('notes/katas.md')!.zoneId).toBe(canvas.zones[1]!.id);
    expect(byText.get('https://example.org')).toMatchObject({ zoneId: null, color: 'green' });
    for (const note of canvas.notes) expect(note.zoneId).toBe(zoneOfRect(canvas.zones, note)?.id ?? null);
    expect(result.report.skippedEdges).toBe(1);
  });

  test('an over-long text is shortened to what a note holds, and said so', () => {
    const result = importJsonCanvas(
      JSON.stringify({ nodes: [{ id: 'a', type: 'text', x: 0, y: 0, width: 10, height: 10, text: 'x'.repeat(5000) }] }),
      { title: 't' },
    );
    expect(result.ok && result.workshop.canvas.notes[0]!.text.length).toBe(2000);
    expect(result.ok && result.report.truncatedNotes).toBe(1);
  });

  test.each([
    ['not JSON', '{"nodes": [', /not valid JSON/],
    ['empty', '', /empty/],
    ['an array', '[]', /not a JSON Canvas file/],
    ['an unrelated object', '{"title": "x"}', /neither "nodes" nor "edges"/],
    ['nodes not a list', '{"nodes": 3}', /nodes/],
    ['a node without id', '{"nodes": [{"type": "text", "x": 0, "y": 0, "width": 1, "height": 1, "text": ""}]}', /id/],
    [
      'an unknown node type',
      '{"nodes": [{"id": "a", "type": "sticker", "x": 0, "y": 0, "width": 1, "height": 1}]}',
      /"text", "file", "link" or "group"/,
    ],
    [
      'a zero width',
      '{"nodes": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 0, "height": 1, "text": ""}]}',
      /width must be greater than 0/,
    ],
    [
      'a position that is text',
      '{"nodes": [{"id": "a", "type": "text", "x": "left", "y": 0, "width": 1, "height": 1, "text": ""}]}',
      /x must be a number/,
    ],
    [
      'a bad colour',
      '{"nodes": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 1, "height": 1, "text": "", "color": "red"}]}',
      /colour/,
    ],
    [
      'two nodes with one id',
      '{"nodes": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 1, "height": 1, "text": ""}, {"id": "a", "type": "text", "x": 0, "y": 0, "width": 1, "height": 1, "text": ""}]}',
      /share the id "a"/,
    ],
    ['an edge to nowhere', '{"nodes": [], "edges": [{"id": "e", "fromNode": "a", "toNode": "b"}]}', /node that does not exist/],
  ])('rejects %s with a clear message', (_what, text, message) => {
    const result = importJsonCanvas(text, { title: 'bad' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  test('rejects a canvas with more groups than a canvas holds zones', () => {
    const nodes = Array.from({ length: 101 }, (_, i) => ({ id: `g${i}`, type: 'group', x: i * 10, y: 0, width: 5, height: 5 }));
    const result = importJsonCanvas(JSON.stringify({ nodes }), { title: 'big' });
    expect(result).toEqual({ ok: false, message: 'it has 101 groups; a canvas holds at most 100 zones' });
  });
});
