export * from './lib/planning.routes';
