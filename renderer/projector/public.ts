/** What the projector offers other features (eslint.config.js: a feature imports another only through its public.ts). */
export { SURFACE_LABELS } from './projector-text';
