export * from './lib/roles';
export * from './lib/organisation';
export * from './lib/identity';
export * from './lib/api-error';
export * from './lib/audit';
export * from './lib/health';
export * from './lib/catalogue';
export * from './lib/booking';
