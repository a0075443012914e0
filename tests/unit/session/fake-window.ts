import type { CopStudioApi } from '../../../shared/ipc';

/**
 * A stand-in for the renderer's `window` in node unit tests: an EventTarget (blur, keydown…) carrying a
 * `copStudio` whose methods answer `{ ok: true, value: null }` unless given, and record their calls.
 */
export function installFakeWindow(methods: Partial<CopStudioApi>) {
  const calls: { method: string; request: unknown }[] = [];
  const listeners = new Set<(raw: unknown) => void>();
  const fake = Object.assign(new EventTarget(), {
    copStudio: new Proxy({} as CopStudioApi, {
      get: (_target, method: string) => {
        if (method === 'onEvent')
          return (listener: (raw: unknown) => void) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          };
        if (method === 'onMenuCommand') return () => () => undefined;
        const given = (methods as Record<string, ((request: unknown) => unknown) | undefined>)[method];
        return async (request?: unknown) => {
          calls.push({ method, request });
          return given ? given(request) : { ok: true, value: null };
        };
      },
    }),
  });
  const scope = globalThis as unknown as { window: unknown; document?: unknown };
  scope.window = fake;
  // Node 20 has no navigator: the renderer reads its platform for shortcut labels.
  if (!('navigator' in globalThis))
    Object.defineProperty(globalThis, 'navigator', { value: { platform: 'Linux x86_64' }, configurable: true });
  return { window: fake, calls, emit: (raw: unknown) => listeners.forEach((listener) => listener(raw)) };
}
