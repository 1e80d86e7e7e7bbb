export * from './lib/maatwerk.module';
export * from './lib/maatwerk-commands.service';
export * from './lib/maatwerk-demo';
