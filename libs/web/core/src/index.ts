// Only the type: the Dutch texts beyond the shell's are a lazy chunk (loadAllTexts).
export type { TranslationKey } from './lib/i18n/nl';
export * from './lib/i18n/i18n.service';
export { hasText, loadAllTexts } from './lib/i18n/dutch-texts';
export * from './lib/i18n/translate.pipe';
export * from './lib/i18n/label-keys';
export * from './lib/session/auth.store';
export * from './lib/session/auth.interceptor';
export * from './lib/session/role.guard';
export * from './lib/api/api-error';
export * from './lib/api/portal-api';
export * from './lib/api/all-pages';
export * from './lib/load';
export * from './lib/session/navigation';
export * from './lib/prefetch-route-model';
export * from './lib/route-texts-model';
