export * from './lib/ledger.service';
export * from './lib/packages.module';
export * from './lib/packages.service';
export * from './lib/csv';
