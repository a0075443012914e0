export * from './result';
export * from './method-names';
export * from './contract';
export * from './storage-types';
export * from './host-types';
