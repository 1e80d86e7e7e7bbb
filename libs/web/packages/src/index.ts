export * from './lib/packages.routes';
