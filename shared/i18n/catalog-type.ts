import type { en } from './catalog/en';

/** The shape of a catalogue: the reference catalogue's keys, each holding some text. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
export type Catalog = Texts<typeof en>;
