export * from './lib/login-page';
export * from './lib/account/account.routes';
export * from './lib/password-pages';
export * from './lib/users/users.routes';
