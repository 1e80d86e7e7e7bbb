export * from './lib/planning.routes';
export * from './lib/inbox-filter-model';
