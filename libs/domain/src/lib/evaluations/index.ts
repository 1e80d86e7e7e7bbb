export * from './evaluations';
