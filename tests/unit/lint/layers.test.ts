import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/** The layer rules of eslint.config.js, on code that breaks them (linted as if it were at that path). */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layers are enforced by the linter', () => {
  test('shared/ imports nothing of the renderer or the hosts, no Node module, no DOM', async () => {
    expect(
      await problems(
        'shared/domain/probe.ts',
        "import { useUiStore } from '../../renderer/store/ui-store';\nexport const x = useUiStore;\n",
      ),
    ).toEqual([expect.stringContaining('shared/ is the bottom layer')]);
    expect(
      await problems('shared/domain/probe.ts', "import { dispatch } from '../../electron/ipc/dispatch';\nexport const x = dispatch;\n"),
    ).toHaveLength(1);
    expect(await problems('shared/domain/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toEqual([
      expect.stringContaining('import-x/no-nodejs-modules'),
    ]);
    expect(await problems('shared/domain/probe.ts', 'export const width = () => window.innerWidth;\n')).toEqual([
      expect.stringContaining('no DOM and no Node'),
    ]);
  }, 60_000);

  test('a feature imports another feature only through its public.ts, and never the app', async () => {
    expect(
      await problems('renderer/canvas/probe.ts', "import { useHelpStore } from '../help/help-store';\nexport const x = useHelpStore;\n"),
    ).toEqual([expect.stringContaining('only through its public.ts')]);
    expect(
      await problems('renderer/canvas/probe.ts', "import { useHelpStore } from '../help/public';\nexport const x = useHelpStore;\n"),
    ).toEqual([]);
    expect(await problems('renderer/canvas/probe.ts', "import { App } from '../app/App';\nexport const x = App;\n")).toEqual([
      expect.stringContaining('never imports renderer/app'),
    ]);
  }, 60_000);

  test('the renderer core imports no feature; the hosts import no renderer', async () => {
    expect(
      await problems('renderer/store/probe.ts', "import { useHelpStore } from '../help/public';\nexport const x = useHelpStore;\n"),
    ).toEqual([expect.stringContaining('renderer core')]);
    expect(
      await problems('electron/probe.ts', "import { useUiStore } from '../renderer/store/ui-store';\nexport const x = useUiStore;\n"),
    ).toEqual([expect.stringContaining('never imports the renderer')]);
    expect(
      await problems(
        'hosts/browser/probe.ts',
        "import { useUiStore } from '../../renderer/store/ui-store';\nexport const x = useUiStore;\n",
      ),
    ).toHaveLength(1);
  }, 60_000);

  test('an import cycle is an error', async () => {
    // shared/ipc/contract.ts imports methods/app.ts: a methods file importing the contract back closes a cycle.
    expect(
      await problems('shared/ipc/methods/probe.ts', "import { IPC_CONTRACT } from '../contract';\nexport const x = IPC_CONTRACT;\n"),
    ).toEqual([]);
    expect(
      await problems(
        'shared/ipc/methods/app.ts',
        "import { IPC_CONTRACT } from '../contract';\nexport const APP_METHODS = IPC_CONTRACT;\n",
      ),
    ).toEqual([expect.stringContaining('import-x/no-cycle')]);
  }, 60_000);
});
