export * from './lib/ledger.service';
export * from './lib/packages.module';
export * from './lib/package-funding.service';
export * from './lib/csv';
// Booking injects the funding service by its earlier name (`PackagesService.eligibility`): the same class.
export { PackageFundingService as PackagesService } from './lib/package-funding.service';
export type { LedgerEntry } from '@halt/domain';
