export * from './lib/configure-app';
export * from './lib/all-exceptions.filter';
export * from './lib/validation';
export * from './lib/logging';
export * from './lib/health.module';
export * from './lib/jobs/workers.module';
export * from './lib/jobs/schedulers.module';
export * from './lib/jobs/maintenance.scheduler';
