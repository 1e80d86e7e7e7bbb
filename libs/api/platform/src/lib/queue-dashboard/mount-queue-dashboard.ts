import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { AppConfig } from '@halt/api/config';
import { QueueRegistry, QUEUES } from '@halt/api/queue';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, verifyDashboardTicket } from './dashboard-ticket';

/** The Bull Board dashboard of every queue at /admin/queues, for admins holding a dashboard ticket. */
export function mountQueueDashboard(http: NestExpressApplication, config: AppConfig): void {
  const registry = http.get(QueueRegistry);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QUEUES).map((name) => new BullMQAdapter(registry.queue(name))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Halt wachtrijen' } },
  });
  const onlyAdmins = (req: Request, res: Response, next: NextFunction) => {
    if (verifyDashboardTicket(config.jwtSecret, req.cookies?.[DASHBOARD_COOKIE])) return next();
    res
      .status(401)
      .type('text/plain; charset=utf-8')
      .send('Open de wachtrijen via Beheer in het portaal (alleen voor beheerders).');
  };
  // Bull Board's page needs inline scripts, like Swagger UI; it is only reachable with a ticket.
  http.use(DASHBOARD_PATH, helmet({ contentSecurityPolicy: false }), onlyAdmins, serverAdapter.getRouter());
}
