export * from './lib/amsterdam-time.pipe';
export * from './lib/load-error';
export * from './lib/pager';
export * from './lib/form-messages';
export * from './lib/save-text';
