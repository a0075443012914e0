/** What goals offer other features (eslint.config.js: a feature imports another only through its public.ts). */
export { ProgressBar } from './ProgressBar';
