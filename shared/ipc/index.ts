export * from './result';
export * from './method-names';
export * from './contract';
export * from './storage-types';
export * from './event-names';
export * from './events';
export * from './room-types';
