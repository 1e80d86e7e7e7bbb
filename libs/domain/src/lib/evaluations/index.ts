export * from './evaluations';
export * from './forms';
