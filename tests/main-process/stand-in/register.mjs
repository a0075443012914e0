/**
 * `node --import ./register.mjs …`: puts the stand-in in place of `electron`.
 * - ES modules (out/main/index.js, electron-store): a resolve hook registered with `module.register`.
 * - CommonJS (out/preload/index.cjs): `require('electron')` returns the same stand-in object, through
 *   Module._load, the function every `require` goes through.
 */
import Module, { register } from 'node:module';

register('./hooks.mjs', import.meta.url);

const standIn = await import('./electron-stand-in.mjs');
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'electron') return standIn.default;
  return originalLoad.call(this, request, parent, isMain);
};
