export * from './lib/catalogue.routes';
export * from './lib/learning-lines.routes';
