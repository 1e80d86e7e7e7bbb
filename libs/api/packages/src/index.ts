export * from './lib/ledger.service';
export * from './lib/packages.module';
export * from './lib/package-funding.service';
export * from './lib/csv';
export type { LedgerEntry } from '@halt/domain';
