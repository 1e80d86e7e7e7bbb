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

/**
 * Bull Board's own page has three serious axe findings: icon-only header buttons without a name (Redis details,
 * full screen, settings), the Redis logo as an image without a text, and a low-contrast shortcut hint. Its
 * interface is English, so the names are English too; they are added once the buttons exist (React renders them).
 */
export const DASHBOARD_ACCESSIBILITY_PATCH = `<style>kbd[class^="searchShortcut"]{color:#3d4650}</style>
<script>
(function () {
  var names = { 'lucide-maximize': 'Full screen', 'lucide-minimize': 'Exit full screen', 'lucide-settings': 'Settings' };
  function label() {
    document.querySelectorAll('header li > button').forEach(function (b) {
      var text = Array.prototype.filter.call(b.childNodes, function (n) { return n.nodeName.toLowerCase() !== 'svg'; })
        .map(function (n) { return n.textContent; }).join('').trim();
      if (b.getAttribute('aria-label') || text) return;
      var svg = b.querySelector('svg');
      if (!svg) return;
      var name = Object.keys(names).filter(function (c) { return svg.classList.contains(c); }).map(function (c) { return names[c]; })[0];
      if (!name && svg.getAttribute('role') === 'img') name = 'Redis details';
      if (!name) return;
      b.setAttribute('aria-label', name);
      svg.setAttribute('aria-hidden', 'true');
      svg.removeAttribute('role');
    });
  }
  new MutationObserver(label).observe(document.documentElement, { childList: true, subtree: true });
})();
</script>
`;

/** The HTML pages of the dashboard get {@link DASHBOARD_ACCESSIBILITY_PATCH} before their `</head>`. */
function withAccessibilityPatch(_req: Request, res: Response, next: NextFunction): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) =>
    send(
      typeof body === 'string' && body.includes('</head>')
        ? body.replace('</head>', `${DASHBOARD_ACCESSIBILITY_PATCH}</head>`)
        : body,
    );
  next();
}

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
  http.use(DASHBOARD_PATH, helmet({ contentSecurityPolicy: false }), onlyAdmins, withAccessibilityPatch, serverAdapter.getRouter());
}
