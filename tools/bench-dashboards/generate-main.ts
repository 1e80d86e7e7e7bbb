// `node tools/bench-dashboards/run.mjs generate …`: only the generator, on a migrated and seeded database.
import { generateCli } from './generate';

generateCli(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
