import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { WorkshopSchema, type Workshop } from '../../shared/schema';
import { JournalIdSchema } from '../../shared/ipc/storage-types';
import { nodeFs, type FsPort } from './fs-port';
import { removeDeadTemps, writeFileAtomic } from './atomic-write';
import { MAX_WORKSHOP_FILE_BYTES, type Fingerprint } from './workshop-files';

const JournalSchema = z.object({
  format: z.literal('cop-studio-recovery'),
  version: z.literal(1),
  savedAt: z.string(),
  /** The workshop's file, or null when it was never saved. */
  filePath: z.string().nullable(),
  workshop: z.unknown(),
  /** The session that writes it: a journal of a session still running is not offered to another one. */
  owner: z.object({ pid: z.number().int(), instance: z.string().max(100) }).optional(),
  /**
   * The version of `filePath` the edits were made on (as read or last written by that session), so that the
   * session restoring them does not save over a version someone wrote since. Absent in older journals.
   */
  base: z
    .object({ size: z.number(), mtimeMs: z.number(), hash: z.string().max(128) })
    .nullable()
    .optional(),
});

/** Instances of the journal alive in this process (the browser test host runs several in one process). */
const liveInstances = new Set<string>();

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface JournalEntry {
  id: string;
  savedAt: string;
  filePath: string | null;
  workshop: Workshop;
  owner?: { pid: number; instance: string };
  /** The version of the file the edits were made on; null when unknown (an older journal, or no file). */
  base: Fingerprint | null;
}

/**
 * The crash-recovery journal: unsaved edits, one file per session in `<dataDir>/recovery/<id>.json`,
 * written atomically (the same temp + fsync + rename as workshop files). Deleted after a successful save
 * or an explicit discard, so whatever is left at start is work that was never saved.
 */
export class RecoveryJournal {
  /** Names this instance (one window's main-process services) in the journals it writes. */
  private readonly instance = randomUUID();

  constructor(
    readonly dir: string,
    private readonly fs: FsPort = nodeFs,
  ) {
    liveInstances.add(this.instance);
  }

  /** This instance ends: its journals become offerable to others (as after a crash). */
  release(): void {
    liveInstances.delete(this.instance);
  }

  /**
   * Whether a journal belongs to another CoP Studio still running (another process sharing the data folder,
   * or another instance in this process): its work is not lost, so it is not offered nor discardable here.
   */
  private ownedByAnotherLiveSession(owner: { pid: number; instance: string } | undefined): boolean {
    if (!owner || owner.instance === this.instance) return false;
    return owner.pid === process.pid ? liveInstances.has(owner.instance) : processIsAlive(owner.pid);
  }

  private fileOf(id: string): string {
    return path.join(this.dir, `${JournalIdSchema.parse(id)}.json`);
  }

  async write(id: string, filePath: string | null, workshop: Workshop, base: Fingerprint | null = null, now = new Date()): Promise<void> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const owner = { pid: process.pid, instance: this.instance };
    const body = { format: 'cop-studio-recovery', version: 1, savedAt: now.toISOString(), filePath, workshop, owner, base };
    await writeFileAtomic(this.fileOf(id), JSON.stringify(body), this.fs);
    await removeDeadTemps(this.dir, this.fs);
  }

  async clear(id: string): Promise<void> {
    const entry = await this.read(id);
    if (entry && this.ownedByAnotherLiveSession(entry.owner)) return;
    await this.fs.rm(this.fileOf(id), { force: true });
  }

  /** Journals left by earlier sessions, newest first. Unreadable ones are skipped (and kept, never deleted silently). */
  async list(exceptId?: string): Promise<JournalEntry[]> {
    const names = await this.fs.readdir(this.dir).catch(() => [] as string[]);
    const entries: JournalEntry[] = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -'.json'.length);
      if (id === exceptId || !JournalIdSchema.safeParse(id).success) continue;
      const entry = await this.read(id);
      if (entry && !this.ownedByAnotherLiveSession(entry.owner)) entries.push(entry);
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async read(id: string): Promise<JournalEntry | null> {
    try {
      const file = this.fileOf(id);
      const stat = await this.fs.stat(file);
      if (!stat.isFile() || stat.size > MAX_WORKSHOP_FILE_BYTES * 2) return null;
      const journal = JournalSchema.safeParse(JSON.parse((await this.fs.readFile(file)).toString('utf8')));
      if (!journal.success) return null;
      const workshop = WorkshopSchema.safeParse(journal.data.workshop);
      if (!workshop.success) return null;
      const { savedAt, filePath, owner, base } = journal.data;
      return { id, savedAt, filePath, workshop: workshop.data, owner, base: base ?? null };
    } catch {
      return null;
    }
  }
}
