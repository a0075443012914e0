/** What help offers other features (eslint.config.js: a feature imports another only through its public.ts). */
export { StepGuidePanel } from './StepGuidePanel';
export { useHelpStore } from './help-store';
