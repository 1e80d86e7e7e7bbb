export * from './lib/auth-user';
export * from './lib/decorators';
export * from './lib/request-context';
export * from './lib/id-pipe';
export * from './lib/page-query.dto';
export * from './lib/password-link';
