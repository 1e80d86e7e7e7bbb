export * from './lib/calendar';
export * from './lib/lifecycle';
export * from './lib/booking';
export * from './lib/ledger';
export * from './lib/planning';
export * from './lib/reminders';
export * from './lib/evaluations';
export * from './lib/learning-lines';
