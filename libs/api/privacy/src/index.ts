export * from './lib/privacy.module';
export * from './lib/retention.service';
