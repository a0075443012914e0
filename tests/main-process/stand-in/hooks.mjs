/**
 * Module resolve hook (https://nodejs.org/api/module.html#customization-hooks): `electron` resolves to the
 * stand-in, for the ES-module main bundle and for everything it imports (electron-store).
 */
const STAND_IN = new URL('./electron-stand-in.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: STAND_IN, shortCircuit: true };
  return nextResolve(specifier, context);
}
