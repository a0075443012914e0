import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { WorkshopSchema } from '../../../shared/schema';
import { realisticWorkshop } from '../../fixtures/realistic-workshop';
import { mainProcess } from '../../harness/main-process';

/** A workshop as the pre-release CoP Studio wrote it (version 0): no schemaVersion, a flat title, notes without authorMemberId. */
const VERSION_0 = `{
  "id": "w-legacy",
  "title": "Legacy kick-off",
  "meta": {
    "community": "Testing guild",
    "date": "2025-03-14",
    "facilitator": "Ada",
    "participantIds": [],
    "hideAuthors": false,
    "createdAt": "2025-03-14T09:00:00.000Z"
  },
  "members": [],
  "canvas": {
    "template": "blank",
    "zones": [{ "id": "z1", "title": "Ideas", "hint": "", "x": 0, "y": 0, "width": 800, "height": 600 }],
    "notes": [
      { "id": "n1", "text": "Mob on flaky tests", "color": "yellow", "author": "Grace", "x": 10, "y": 10, "width": 160, "height": 100, "zoneId": "z1", "themeId": null, "createdAt": "2025-03-14T09:05:00.000Z" }
    ],
    "themes": [],
    "votes": [],
    "voting": { "dotsPerParticipant": 3, "maxDotsPerTarget": null, "participantIds": [], "revealed": false },
    "visionStatement": ""
  },
  "goals": [],
  "sponsorAsks": [],
  "backlog": { "columns": [{ "id": "c1", "title": "Ideas", "wipLimit": null, "activityIds": [] }], "activities": [] },
  "impact": { "measurements": [], "outcomes": [] },
  "agenda": { "steps": [], "currentStepId": null }
}
`;

describe('an older workshop file', () => {
  test('is migrated in memory, untouched on disk, and its original is backed up before the first save over it', async () => {
    const main = await mainProcess();
    await fs.mkdir(main.documentsDir, { recursive: true });
    const file = path.join(main.documentsDir, 'legacy.copstudio');
    await fs.writeFile(file, VERSION_0);

    const opened = await main.open(file);
    if (!opened.ok || !opened.value) throw new Error(`expected the file to open: ${JSON.stringify(opened)}`);
    expect(opened.value.migratedFrom).toBe(0);
    expect(opened.value.readOnly).toBe(false);
    const workshop = opened.value.workshop;
    expect(workshop.schemaVersion).toBe(2);
    expect(workshop.meta.title).toBe('Legacy kick-off');
    expect(workshop.canvas.notes[0]).toMatchObject({ text: 'Mob on flaky tests', author: 'Grace', authorMemberId: null });
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
    expect(await fs.readFile(file, 'utf8')).toBe(VERSION_0);

    const saved = await main.call('saveWorkshop', {
      path: file,
      workshop: { ...workshop, meta: { ...workshop.meta, facilitator: 'Grace' } },
    });
    expect(saved.ok).toBe(true);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({
      schemaVersion: 2,
      meta: { title: 'Legacy kick-off', facilitator: 'Grace' },
    });

    const backups = await main.call('listBackups', { path: file });
    if (!backups.ok) throw new Error(backups.error.message);
    expect(backups.value.map((b) => b.kind)).toEqual(['before-migration']);
    const folder = main.services.storage.backups.folderOf(file);
    expect(await fs.readFile(path.join(folder, backups.value[0]!.id), 'utf8')).toBe(VERSION_0);

    // Later saves are ordinary: the original stays, no second migration backup.
    await main.call('saveWorkshop', { path: file, workshop });
    const after = await main.call('listBackups', { path: file });
    expect(after.ok && after.value.filter((b) => b.kind === 'before-migration')).toHaveLength(1);

    // Restoring the original migrates it in memory again.
    const restored = await main.call('restoreBackup', { path: file, id: backups.value[0]!.id });
    expect(restored.ok && restored.value.migratedFrom).toBe(0);
    expect(restored.ok && restored.value.workshop.meta.facilitator).toBe('Ada');
  });

  test('when the original cannot be backed up, the save is refused and the file stays as it was', async () => {
    const main = await mainProcess();
    await fs.mkdir(main.documentsDir, { recursive: true });
    const file = path.join(main.documentsDir, 'legacy.copstudio');
    await fs.writeFile(file, VERSION_0);
    const opened = await main.open(file);
    if (!opened.ok || !opened.value) throw new Error('expected the file to open');
    // The backups folder cannot be created: a file sits where it should be.
    await fs.writeFile(path.join(main.dataDir, 'backups'), 'not a folder');
    const saved = await main.call('saveWorkshop', { path: file, workshop: opened.value.workshop });
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.error.message).toContain('its original (older format) could not be backed up first');
    expect(await fs.readFile(file, 'utf8')).toBe(VERSION_0);
  });

  test('a version 1 file (one workshop) opens as a version 2 community and is backed up, byte for byte, before the first save', async () => {
    const main = await mainProcess();
    await fs.mkdir(main.documentsDir, { recursive: true });
    const file = path.join(main.documentsDir, 'kickoff.copstudio');
    const { community: _community, ...v1 } = realisticWorkshop();
    const original = `${JSON.stringify({ ...v1, schemaVersion: 1 }, null, 2)}\n`;
    await fs.writeFile(file, original);

    const opened = await main.open(file);
    if (!opened.ok || !opened.value) throw new Error(`expected the file to open: ${JSON.stringify(opened)}`);
    expect(opened.value.migratedFrom).toBe(1);
    const community = opened.value.workshop;
    expect(community.schemaVersion).toBe(2);
    expect(community.canvas.notes).toHaveLength(v1.canvas.notes.length);
    expect(await fs.readFile(file, 'utf8')).toBe(original);

    const saved = await main.call('saveWorkshop', { path: file, workshop: community });
    expect(saved.ok).toBe(true);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).schemaVersion).toBe(2);
    const backups = await main.call('listBackups', { path: file });
    if (!backups.ok) throw new Error(backups.error.message);
    expect(backups.value.map((b) => b.kind)).toEqual(['before-migration']);
    const folder = main.services.storage.backups.folderOf(file);
    expect(await fs.readFile(path.join(folder, backups.value[0]!.id), 'utf8')).toBe(original);
  });
});
