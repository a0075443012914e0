import { z } from 'zod';

/** Identifiers are opaque strings (UUIDs for new entities). */
export const IdSchema = z.string().min(1, 'an id cannot be empty').max(100, 'an id is at most 100 characters');

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date must look like 2026-11-24', abort: true })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'this date does not exist');

/** A point in time, ISO 8601 with a time zone. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true, message: 'a timestamp must be ISO 8601, e.g. 2026-11-24T09:30:00Z' });

/** Short user text (names, titles). */
export const shortText = (max = 200) => z.string().max(max, `at most ${max} characters`);

/** Longer user text (descriptions, notes). */
export const longText = (max = 20_000) => z.string().max(max, `at most ${max} characters`);

/** A finite number (JSON cannot carry NaN/Infinity, but a hand-edited file can carry nonsense). */
export const FiniteNumberSchema = z.number().refine(Number.isFinite, 'must be a finite number');
