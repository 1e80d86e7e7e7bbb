import { QueueRegistry } from '@halt/api/queue';
import { INestApplicationContext } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import { DataSource } from 'typeorm';

/** A minimal GET /health for container orchestration: 200 when the database and the queue store answer. */
export function startHealthServer(app: INestApplicationContext, port: number): Server {
  const dataSource = app.get(DataSource);
  const queues = app.get(QueueRegistry);
  const server = createServer(async (req, res) => {
    if (req.url !== '/health') {
      res.writeHead(404).end();
      return;
    }
    const details: Record<string, { status: 'up' | 'down'; message?: string }> = {};
    await dataSource
      .query('SELECT 1')
      .then(() => (details['database'] = { status: 'up' }))
      .catch((e: Error) => (details['database'] = { status: 'down', message: e.message }));
    await queues.backend
      .ping()
      .then(() => (details['queue'] = { status: 'up' }))
      .catch((e: Error) => (details['queue'] = { status: 'down', message: e.message }));
    const ok = Object.values(details).every((d) => d.status === 'up');
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: ok ? 'ok' : 'error', details }));
  });
  server.listen(port, '0.0.0.0');
  return server;
}
