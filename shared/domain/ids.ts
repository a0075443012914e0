/** A new unique id. `crypto.randomUUID` exists in browsers, Electron's renderer and Node 20. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
