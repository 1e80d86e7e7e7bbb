export * from './lib/maatwerk.routes';
