export * from './lib/calendar';
export * from './lib/lifecycle';
