export * from './lib/parents.routes';
