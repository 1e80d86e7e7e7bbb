export * from './lib/identity.module';
export * from './lib/user.entity';
export * from './lib/refresh-token.entity';
export * from './lib/password.service';
export * from './lib/auth.service';
export { REFRESH_COOKIE } from './lib/auth.controller';
export * from './lib/session-cleanup.service';
