import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { AppConfig } from '@halt/api/config';
import { QueueRegistry, QUEUES } from '@halt/api/queue';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, verifyDashboardTicket } from './dashboard-ticket';

/**
 * What someone without a dashboard ticket sees: a page of its own with a title and a language (a browser, a screen
 * reader and a crawl all get a real page), pointing back to where an admin opens the dashboard.
 */
export const NO_TICKET_PAGE = `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Wachtrijen – Halt Preventieportaal</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b57d0}</style>
</head>
<body>
<main>
<h1>Wachtrijen</h1>
<p>Deze pagina is alleen voor beheerders. Open de wachtrijen via <a href="/beheer/berichten">Beheer, Berichten</a> in het portaal. Daar staat de knop "Wachtrijen bekijken".</p>
<p lang="en">This page is for administrators only. Open the queues from Beheer, Berichten (Messages) in the portal.</p>
</main>
</body>
</html>
`;

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
    res.status(401).type('text/html; charset=utf-8').send(NO_TICKET_PAGE);
  };
  // Bull Board's page needs inline scripts, like Swagger UI; it is only reachable with a ticket.
  http.use(DASHBOARD_PATH, helmet({ contentSecurityPolicy: false }), onlyAdmins, serverAdapter.getRouter());
}
