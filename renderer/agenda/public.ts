/** What the agenda offers other features (eslint.config.js: a feature imports another only through its public.ts). */
export { recordTimeSpent, useFacilitationStore } from './facilitation-store';
