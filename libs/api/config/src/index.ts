export * from './lib/app-config';
export { EnvironmentVariables } from './lib/environment';
export * from './lib/app-config.module';
