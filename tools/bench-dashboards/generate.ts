import { instantToZoned } from '@halt/domain';
import { Client } from 'pg';
import { type ActivityResult, generateActivity } from '../../apps/api/src/app/demo/activity/generate-activity';
import { roughSchoolYears } from '../../apps/api/src/app/demo/activity/school-days';
import { fmt } from './stats';

/**
 * The dashboard benchmark's data (see README.md): three past school years of delivered Halt work, made by the
 * portal's activity generator (`apps/api/src/app/demo/activity`, which the demo seed also uses for the current
 * school year): more schools, package orders of the municipalities with their credit ledger, delivered requests
 * and sessions, class codes, about a million evaluation answers with their per-session score counters, and trend
 * answers. One transaction of set-based SQL; deterministic per seed.
 */

/** The generated school years: 2023-2024, 2024-2025 and 2025-2026. */
export const FIRST_SCHOOL_YEAR = 2023;
export const SCHOOL_YEARS = 3;
/** Share of the delivered requests in each generated school year. */
const YEAR_SHARES = [0.3, 0.33, 0.37];

export interface GenerateOptions {
  seed: number;
  /** Delivered sessions (no-shows come on top). */
  sessions: number;
  /** Evaluation answers in total (pupils, teachers and parents); sets the pupils' response rate. */
  responses: number;
  /** Schools in total, the demo schools included. */
  schools: number;
  /** Submitted requests still waiting to be planned (the ageing chart). */
  unplanned: number;
  /** Share of the requests paid from a municipality's package. */
  packageShare: number;
  /** Share of the sessions (parent meetings aside) where the class or the pupils were not there. */
  noShowShare: number;
  log: (line: string) => void;
}

export const DEFAULT_GENERATE_OPTIONS: Omit<GenerateOptions, 'log'> = {
  seed: 1,
  sessions: 45_000,
  responses: 1_000_000,
  schools: 1500,
  unplanned: 300,
  packageShare: 0.4,
  noShowShare: 0.02,
};

export type GenerateResult = Omit<ActivityResult, 'pupilRate'>;

/** Runs the generator on `url` (a migrated database with the demo seed and no sessions yet). */
export async function generate(url: string, partial: Partial<GenerateOptions> = {}): Promise<GenerateResult> {
  const o: GenerateOptions = { ...DEFAULT_GENERATE_OPTIONS, log: () => undefined, ...partial };
  const client = new Client({ connectionString: url, application_name: 'bench-dashboards-generate' });
  await client.connect();
  try {
    const now = new Date();
    const today = instantToZoned(now).date;
    const result = await generateActivity(client, {
      seed: o.seed,
      now,
      today,
      years: roughSchoolYears(FIRST_SCHOOL_YEAR, YEAR_SHARES.slice(0, SCHOOL_YEARS)),
      orderYears: [FIRST_SCHOOL_YEAR, Math.max(FIRST_SCHOOL_YEAR + SCHOOL_YEARS, Number(today.slice(0, 4)))],
      sessions: o.sessions,
      responses: o.responses,
      schools: o.schools,
      unplanned: o.unplanned,
      packageShare: o.packageShare,
      noShowShare: o.noShowShare,
      parentMeetingTime: '19:30',
      evaluationOpenDays: 14,
      log: o.log,
    });
    if (!result) throw new Error('nothing generated'); // only a lived-in year skips a database in use
    const { pupilRate, ...rest } = result;
    rest.figures.unshift([
      'pupils’ response rate per session',
      `min(1, ${fmt(pupilRate, 3)} × a propensity of 0.75–1.25), chosen to reach --responses`,
    ]);
    return rest;
  } finally {
    await client.end();
  }
}

/** A report of a generation run (Markdown tables). */
export function generationReport(r: GenerateResult): string {
  return [
    `Generated in ${fmt(r.seconds, 1)} s (one transaction + ANALYZE).`,
    '',
    '| Table | Rows |',
    '| --- | ---: |',
    ...r.counts.map(([t, n]) => `| ${t} | ${fmt(n)} |`),
    '',
    '| Figure | Value |',
    '| --- | --- |',
    ...r.figures.map(([k, v]) => `| ${k} | ${v} |`),
  ].join('\n');
}

const GENERATE_HELP = `Usage: node tools/bench-dashboards/run.mjs generate --database-url URL [options]
Fills a migrated database with the demo seed (start the API once with SEED_DEMO=true on it).
  --database-url URL   the database (required)
  --seed N             default ${DEFAULT_GENERATE_OPTIONS.seed}
  --sessions N         delivered sessions (default ${DEFAULT_GENERATE_OPTIONS.sessions})
  --responses N        evaluation answers in total (default ${DEFAULT_GENERATE_OPTIONS.responses})
  --schools N          schools in total (default ${DEFAULT_GENERATE_OPTIONS.schools})
  --unplanned N        submitted requests still to plan (default ${DEFAULT_GENERATE_OPTIONS.unplanned})`;

/** Parses the generator's own options (shared with bench.ts); returns the rest. */
export function parseGenerateOptions(argv: string[]): { options: Partial<GenerateOptions>; rest: string[] } {
  const options: Partial<GenerateOptions> = {};
  const rest: string[] = [];
  const whole = (flag: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`${flag} needs a whole number ≥ ${min}, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const v = argv[i + 1];
    switch (flag) {
      case '--seed':
        options.seed = whole(flag, v, 0);
        i++;
        break;
      case '--sessions':
        options.sessions = whole(flag, v, 10);
        i++;
        break;
      case '--responses':
        options.responses = whole(flag, v, 0);
        i++;
        break;
      case '--schools':
        options.schools = whole(flag, v, 1);
        i++;
        break;
      case '--unplanned':
        options.unplanned = whole(flag, v, 0);
        i++;
        break;
      default:
        rest.push(flag);
    }
  }
  return { options, rest };
}

/** `run.mjs generate …`: generates into an existing database. */
export async function generateCli(argv: string[]): Promise<void> {
  const { options, rest } = parseGenerateOptions(argv);
  let url: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--database-url') url = rest[++i];
    else if (rest[i] === '--help' || rest[i] === '-h') {
      console.log(GENERATE_HELP);
      return;
    } else throw new Error(`Unknown option ${rest[i]}\n${GENERATE_HELP}`);
  }
  if (!url) throw new Error(`--database-url is required\n${GENERATE_HELP}`);
  const result = await generate(url, { ...options, log: (line) => console.log(line) });
  console.log(`\n${generationReport(result)}`);
}
