import { describe, expect, test } from 'vitest';
import { VISION_WORKSHOP_AGENDA } from '../../../shared/domain/agenda-template';
import {
  adjacentSurface,
  PROJECTOR_SURFACES,
  surfaceOfStep,
  surfaceOfView,
  type ProjectorSurface,
} from '../../../shared/domain/projector-surface';
import { AgendaStepSchema } from '../../../shared/schema';

describe('what the projector shows for a step', () => {
  test('the default agenda names a surface for every step', () => {
    expect(VISION_WORKSHOP_AGENDA.map((s) => surfaceOfStep(s))).toEqual([
      'check-in',
      'brainstorm',
      'cluster',
      'vote',
      'vision',
      'goals',
      'backlog',
      'sponsor',
      'agenda',
    ]);
  });

  test('a step without one (an older file) gets it from its view, mode and title', () => {
    const step = (title: string, view: 'canvas' | 'goals' | null, mode: 'voting' | null = null) => ({ title, view, mode });
    expect(surfaceOfStep(step('Silent brainstorm', 'canvas'))).toBe('brainstorm');
    expect(surfaceOfStep(step('Cluster', 'canvas'))).toBe('cluster');
    expect(surfaceOfStep(step('Dot vote', 'canvas', 'voting'))).toBe('vote');
    expect(surfaceOfStep(step('Vision statement', 'canvas'))).toBe('vision');
    expect(surfaceOfStep(step('Goals', 'goals'))).toBe('goals');
    expect(surfaceOfStep(step('Break', null))).toBe('agenda');
    expect(surfaceOfView('canvas', 'voting')).toBe('vote');
    // Files without the field still read; a wrong value is refused.
    const base = { id: 'a', title: 'x', description: '', minutes: 5, view: null, mode: null, actualSeconds: null };
    expect(AgendaStepSchema.safeParse(base).success).toBe(true);
    expect(AgendaStepSchema.safeParse({ ...base, surface: 'karaoke' }).success).toBe(false);
  });

  test('the facilitator’s switch goes round every surface', () => {
    let s: ProjectorSurface = PROJECTOR_SURFACES[0];
    const seen = new Set<string>();
    for (let i = 0; i < PROJECTOR_SURFACES.length; i++) {
      seen.add(s);
      s = adjacentSurface(s, 1);
    }
    expect(seen.size).toBe(PROJECTOR_SURFACES.length);
    expect(adjacentSurface(adjacentSurface('vote', 1), -1)).toBe('vote');
  });
});
