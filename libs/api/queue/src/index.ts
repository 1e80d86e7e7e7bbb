export * from './lib/queue.constants';
export * from './lib/queue-backend';
export * from './lib/queue.module';
