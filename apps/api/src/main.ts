import 'reflect-metadata';
import { EmbeddedDatabaseError, migrateDownAll, migrateUp, openDatabase } from '@halt/api/database';
import { ConflictException } from '@nestjs/common';
import type { Server } from 'node:http';
import { configOrExit, createApi } from './app/bootstrap';
import { createAdminCommand, parseCreateAdminArgs, UsageError } from './app/create-admin';
import { DemoSeedService } from './app/demo/demo-seed.service';

/**
 * `node main.js`            serve the API (and the built web app) on PORT
 * `node main.js migrate`    apply pending migrations and exit
 * `node main.js migrate:down` revert every migration and exit (development only)
 * `node main.js create-admin --email <address> [--name …]`
 *                            create an admin and print a one-time link (72 h) to set their password
 */
async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  const config = configOrExit();

  if (command === 'migrate' || command === 'migrate:down') {
    const db = await openDatabase(config, (line) => console.warn(line));
    try {
      if (command === 'migrate') {
        const applied = await migrateUp(db.url);
        console.warn(`migrations applied: ${applied.length ? applied.join(', ') : 'none pending'}`);
      } else {
        if (config.env === 'production') throw new Error('migrate:down is refused when NODE_ENV=production');
        console.warn(`migrations reverted: ${await migrateDownAll(db.url)}`);
      }
    } finally {
      await db.stop();
    }
    return;
  }
  if (command === 'create-admin') {
    try {
      const args = parseCreateAdminArgs(process.argv.slice(3));
      const { link, expiresAt, created } = await createAdminCommand(config, args, (line) => console.warn(line));
      process.stdout.write(
        [
          created ? `Admin account created for ${args.email}.` : `New link for ${args.email} (no password set yet).`,
          `Set the password within 72 hours (until ${expiresAt.toISOString()}) — the link works once:`,
          '',
          `  ${link}`,
          '',
        ].join('\n'),
      );
    } catch (e) {
      if (!(e instanceof UsageError || e instanceof ConflictException)) throw e;
      console.error(e.message);
      process.exit(e instanceof UsageError ? 2 : 1);
    }
    return;
  }
  if (command !== 'serve') {
    console.error(`Unknown command "${command}" (use serve, migrate, migrate:down or create-admin)`);
    process.exit(2);
  }

  const starting = createApi(config, (line) => console.warn(line));
  // Graceful shutdown: Nest's shutdown hooks run inside app.close() (workers finish their active jobs, queues
  // and the TypeORM pool close); only then does the embedded database stop. Nest's own signal handling would
  // stop the process before that last step, so the API handles the signals itself — also while it is still
  // starting. A second Ctrl-C exits at once (the embedded server then gets an immediate shutdown).
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(130);
      stopping = true;
      console.warn('Stopping the portal…');
      void starting
        .then((api) => api.close())
        .catch(() => undefined)
        .then(() => process.exit(0));
    });
  }
  const api = await starting;
  if (stopping) return;

  // Idle keep-alive connections stay open longer than the client's side of them (nginx keeps upstream connections
  // 60 s): a connection must not be closed by the server just as a client reuses it, which Node's 5 s default made
  // happen now and then (the client's request then fails with ECONNRESET).
  const server = api.app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await api.app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `Halt Preventieportaal is running on ${url}`,
    `  mode: ${config.embedded ? `embedded PostgreSQL (data in ${config.dataDir})` : 'PostgreSQL'}, queue store: ${config.redisUrl ? 'Redis' : 'PostgreSQL'}`,
    `  API docs: ${url}/api/docs   health: ${url}/api/health`,
  ];
  if (config.seedDemo && config.env !== 'production') {
    const demo = api.app.get(DemoSeedService).logins();
    lines.push('', `Demo log-ins (password for all: ${demo.password}):`);
    for (const role of ['admin', 'planner', 'staff', 'gemeente', 'school'] as const) {
      const ofRole = demo.logins.filter((l) => l.role === role);
      const shown = ofRole
        .slice(0, 3)
        .map((l) => l.email)
        .join(', ');
      lines.push(
        `  ${role.padEnd(9)} ${shown}${ofRole.length > 3 ? ` (+${ofRole.length - 3} more on the login page)` : ''}`,
      );
    }
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((e) => {
  if (e instanceof EmbeddedDatabaseError) {
    console.error(e.message);
    process.exit(1);
  }
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
