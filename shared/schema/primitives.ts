import { z } from 'zod';

/** Identifiers are opaque strings (UUIDs for new entities). */
export const IdSchema = z.string().min(1, 'an id cannot be empty').max(100, 'an id is at most 100 characters');

/**
 * A list of ids referring to other entities: bounded (its length is checked before any element is parsed, so
 * a hostile file with millions of ids is refused at once) and without duplicates.
 */
export const idList = (max: number, what: string) =>
  z
    .array(z.unknown())
    .max(max, `at most ${max} ${what}`)
    .pipe(z.array(IdSchema).refine((ids) => new Set(ids).size === ids.length, `the same ${what.replace(/s$/, '')} is listed twice`));

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date must look like 2026-11-24', abort: true })
  // A round trip, not `Date.parse` alone: it rolls 2026-02-31 over to March 3 instead of refusing it.
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  }, 'this date does not exist');

/** A point in time, ISO 8601 with a time zone. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true, message: 'a timestamp must be ISO 8601, e.g. 2026-11-24T09:30:00Z' });

/** Short user text (names, titles). */
export const shortText = (max = 200) => z.string().max(max, `at most ${max} characters`);

/** Longer user text (descriptions, notes). */
export const longText = (max = 20_000) => z.string().max(max, `at most ${max} characters`);

/** A finite number (JSON cannot carry NaN/Infinity, but a hand-edited file can carry nonsense). */
export const FiniteNumberSchema = z.number().refine(Number.isFinite, 'must be a finite number');
