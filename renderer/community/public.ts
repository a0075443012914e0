/** What the community feature offers other features (eslint.config.js: a feature imports another only through its public.ts). */
export { HealthCheckPanel } from './HealthCheckPanel';
export { NextSessionLine } from './NextSessionLine';
export { PitchStories } from './PitchStories';
export { RecurrenceFact, RecurrenceField } from './RecurrenceFact';
export { StagePanel } from './StagePanel';
export { StoriesPanel } from './StoriesPanel';
export { revealHealthCheck } from './community-commands';
