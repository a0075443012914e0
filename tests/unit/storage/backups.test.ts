import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BACKUP_SPACING_MS, Backups, MAX_ROLLING_BACKUPS } from '../../../electron/services/backups';

async function setup() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-studio-backups-'));
  const file = path.join(root, 'docs', 'team.copstudio');
  await fs.mkdir(path.dirname(file), { recursive: true });
  let now = new Date('2026-11-24T09:00:00.000Z');
  const clock = { advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
  const backups = new Backups(path.join(root, 'data', 'backups'), undefined, () => now);
  return { root, file, backups, clock };
}

describe('rolling backups', () => {
  test('keep the last 5 replaced versions, newest first, under the data folder', async () => {
    const { file, backups, clock } = await setup();
    for (let version = 1; version <= 8; version++) {
      await fs.writeFile(file, `version ${version}`);
      clock.advance(BACKUP_SPACING_MS);
      await backups.beforeOverwrite(file);
    }
    const list = await backups.list(file);
    expect(list).toHaveLength(MAX_ROLLING_BACKUPS);
    const contents = await Promise.all(list.map((b) => fs.readFile(path.join(backups.folderOf(file), b.id), 'utf8')));
    expect(contents).toEqual(['version 8', 'version 7', 'version 6', 'version 5', 'version 4']);
    expect(list[0]!.takenAt).toBe(new Date('2026-11-24T09:40:00.000Z').toISOString());
    expect(list.every((b) => b.kind === 'previous' && b.bytes === 9)).toBe(true);
  });

  test('autosave does not flush them out: at most one rolling backup per spacing, except the first save of a session', async () => {
    const { file, backups, clock } = await setup();
    await fs.writeFile(file, 'on disk at start');
    expect(await backups.beforeOverwrite(file)).not.toBeNull();
    await fs.writeFile(file, 'autosaved 1');
    clock.advance(1000);
    expect(await backups.beforeOverwrite(file)).toBeNull();
    clock.advance(BACKUP_SPACING_MS);
    expect(await backups.beforeOverwrite(file)).not.toBeNull();
    expect(await backups.list(file)).toHaveLength(2);
    // A new session (a new Backups object) backs up on its first save.
    const nextSession = new Backups(path.dirname(backups.folderOf(file)), undefined, () => new Date('2026-11-24T09:05:10.000Z'));
    await fs.writeFile(file, 'autosaved 2');
    expect(await nextSession.beforeOverwrite(file)).not.toBeNull();
  });

  test('identical content is not stored twice; a missing file needs no backup', async () => {
    const { file, backups, clock } = await setup();
    expect(await backups.beforeOverwrite(file)).toBeNull();
    await fs.writeFile(file, 'same');
    await backups.beforeOverwrite(file);
    clock.advance(BACKUP_SPACING_MS);
    expect(await backups.beforeOverwrite(file)).toBeNull();
    expect(await backups.list(file)).toHaveLength(1);
  });

  test('each file has its own folder; a backup id from elsewhere is refused', async () => {
    const { root, file, backups } = await setup();
    const other = path.join(root, 'other', 'team.copstudio');
    await fs.mkdir(path.dirname(other), { recursive: true });
    await fs.writeFile(file, 'a');
    await fs.writeFile(other, 'b');
    await backups.beforeOverwrite(file);
    await backups.beforeOverwrite(other);
    expect(backups.folderOf(file)).not.toBe(backups.folderOf(other));
    const [mine] = await backups.list(file);
    expect(await backups.pathOf(file, mine!.id)).toBe(path.join(backups.folderOf(file), mine!.id));
    expect(await backups.pathOf(other, mine!.id)).toBeNull();
    expect(await backups.pathOf(file, '../../etc/passwd')).toBeNull();
    const source = JSON.parse(await fs.readFile(path.join(backups.folderOf(file), 'source.json'), 'utf8'));
    expect(source.path).toBe(file);
  });

  test('special kinds are kept apart from the rolling five', async () => {
    const { file, backups, clock } = await setup();
    await fs.writeFile(file, 'original v0');
    await backups.beforeOverwrite(file, 'before-migration');
    for (let version = 1; version <= 7; version++) {
      await fs.writeFile(file, `version ${version}`);
      clock.advance(BACKUP_SPACING_MS);
      await backups.beforeOverwrite(file);
    }
    const kinds = (await backups.list(file)).map((b) => b.kind);
    expect(kinds.filter((k) => k === 'previous')).toHaveLength(MAX_ROLLING_BACKUPS);
    expect(kinds).toContain('before-migration');
  });
});
