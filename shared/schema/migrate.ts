import { CURRENT_SCHEMA_VERSION, WorkshopSchema, type Workshop } from './workshop';
import { formatZodError } from './format-error';

export type MigrationResult =
  | { ok: true; workshop: Workshop; migratedFrom: number | null }
  | { ok: false; reason: 'not-a-workshop' | 'newer-version' | 'invalid'; message: string; version?: number };

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations, keyed by the version they upgrade *from*. Version 0 is the pre-release format, which had
 * no `schemaVersion`, a flat `title` and notes without `authorMemberId`; it is kept to prove the path works.
 */
const MIGRATIONS: Record<number, Migration> = {
  0: (doc) => {
    const { title, ...rest } = doc as { title?: unknown } & Record<string, unknown>;
    const meta = { ...(rest.meta as Record<string, unknown> | undefined) };
    if (typeof title === 'string' && meta.title === undefined) meta.title = title;
    const canvas = { ...(rest.canvas as Record<string, unknown> | undefined) };
    if (Array.isArray(canvas.notes)) {
      canvas.notes = canvas.notes.map((n: Record<string, unknown>) => ({ authorMemberId: null, ...n }));
    }
    return { ...rest, meta, canvas, schemaVersion: 1 };
  },
  // Version 1 held one workshop; version 2 is a community over time, and that workshop becomes its first one
  // (a kick-off), still open in place. Everything else of version 1 is kept as it was.
  1: (doc) => ({
    ...doc,
    community: {
      openWorkshop: { id: FIRST_WORKSHOP_ID, kind: 'kick-off' },
      workshops: [],
      healthChecks: [],
      stageHistory: [],
      stories: [],
    },
    schemaVersion: 2,
  }),
};

/** The id a migrated version 1 workshop gets as the community's first workshop (ids are unique per document). */
export const FIRST_WORKSHOP_ID = 'workshop-1';

function versionOf(raw: Record<string, unknown>): number | null {
  if (!('schemaVersion' in raw)) return 0;
  const v = raw.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/** Brings any known version of a workshop document to the current one, then validates it. Never throws. */
export function migrate(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not-a-workshop', message: 'this is not a CoP Studio workshop (expected a JSON object)' };
  }
  let doc = raw as Record<string, unknown>;
  const from = versionOf(doc);
  if (from === null) {
    return { ok: false, reason: 'not-a-workshop', message: 'schemaVersion must be a whole number' };
  }
  if (from > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      version: from,
      message: `it was saved by a newer CoP Studio (file version ${from}, this app reads up to ${CURRENT_SCHEMA_VERSION})`,
    };
  }
  for (let v = from; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: 'invalid', message: `no migration from version ${v}` };
    doc = step(doc);
  }
  const parsed = WorkshopSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: formatZodError(parsed.error) };
  return { ok: true, workshop: parsed.data, migratedFrom: from === CURRENT_SCHEMA_VERSION ? null : from };
}
