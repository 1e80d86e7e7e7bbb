export * from './expand-sessions';
