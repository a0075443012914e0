export * from './result';
export * from './method-names';
export * from './contract';
