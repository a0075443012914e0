import { z } from 'zod';
import { DEFAULT_PREFERENCES, PreferencesSchema, type Preferences, type PreferencesPatch } from '../../shared/preferences';
import type { RecentFile } from '../../shared/ipc';

/**
 * The part of electron-store / conf that we use. The Electron side passes an `electron-store` instance;
 * tests and the browser harness pass a `conf` instance (same library underneath, same file format).
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const WindowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});

const RecentFilesSchema = z.array(
  z.object({
    path: z.string(),
    name: z.string(),
    openedAt: z.string(),
    nextSessionDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  }),
);

const MAX_RECENT = 10;

export interface Settings {
  getPreferences(): Preferences;
  setPreferences(patch: PreferencesPatch): Preferences;
  /** Calls `listener` after each change of the preferences (the Electron menu follows the language); returns an unsubscribe. */
  onPreferencesChanged(listener: (preferences: Preferences) => void): () => void;
  setLastFolder(folder: string): void;
  /** Recent files, most recent first, pruned of those that no longer exist. */
  listRecentFiles(exists: (path: string) => boolean): RecentFile[];
  /** `nextSessionDate`: the community's next session, shown on the welcome screen. */
  addRecentFile(path: string, name: string, now?: Date, nextSessionDate?: string): void;
  getWindowBounds(): WindowBounds | null;
  setWindowBounds(bounds: WindowBounds): void;
}

/** Preferences, recent files and window bounds, validated on every read so a hand-edited store never crashes us. */
export function createSettings(store: KeyValueStore): Settings {
  const readPreferences = (): Preferences => {
    const parsed = PreferencesSchema.partial().safeParse(store.get('preferences') ?? {});
    return { ...DEFAULT_PREFERENCES, ...(parsed.success ? parsed.data : {}) };
  };
  const readRecent = (): RecentFile[] => {
    const parsed = RecentFilesSchema.safeParse(store.get('recentFiles') ?? []);
    return parsed.success ? parsed.data : [];
  };
  const listeners = new Set<(preferences: Preferences) => void>();
  return {
    getPreferences: readPreferences,
    setPreferences(patch) {
      const next = { ...readPreferences(), ...patch };
      store.set('preferences', next);
      for (const listener of listeners) listener(next);
      return next;
    },
    onPreferencesChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLastFolder(folder) {
      // A convenience: when the data folder is full or read-only, the dialog simply opens elsewhere next time.
      try {
        store.set('preferences', { ...readPreferences(), lastFolder: folder });
      } catch {
        // best effort
      }
    },
    listRecentFiles(exists) {
      const all = readRecent();
      const present = all.filter((file) => exists(file.path));
      try {
        if (present.length !== all.length) store.set('recentFiles', present);
      } catch {
        // Pruning is best effort: the list shown is right either way.
      }
      return present;
    },
    addRecentFile(path, name, now = new Date(), nextSessionDate) {
      const rest = readRecent().filter((file) => file.path !== path);
      const entry = { path, name, openedAt: now.toISOString(), ...(nextSessionDate ? { nextSessionDate } : {}) };
      store.set('recentFiles', [entry, ...rest].slice(0, MAX_RECENT));
    },
    getWindowBounds() {
      const parsed = WindowBoundsSchema.safeParse(store.get('windowBounds'));
      return parsed.success ? parsed.data : null;
    },
    setWindowBounds(bounds) {
      const parsed = WindowBoundsSchema.safeParse(bounds);
      if (parsed.success) store.set('windowBounds', parsed.data);
    },
  };
}

/** electron-store (Electron) and conf (tests, harness) both keep the settings in `<dataDir>/preferences.json`. */
export const SETTINGS_FILE_NAME = 'preferences';
