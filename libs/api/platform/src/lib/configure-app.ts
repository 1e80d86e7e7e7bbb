import type { AppConfig } from '@halt/api/config';
import { INestApplication } from '@nestjs/common';
import { ExpressAdapter, NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES, refuseHostileInput } from './hostile-input';
import { requestContextMiddleware } from './logging';
import { createOpenApiDocument } from './openapi/openapi-document';
import { mountQueueDashboard } from './queue-dashboard/mount-queue-dashboard';
import { createValidationPipe } from './validation';

export const API_PREFIX = 'api';

/** Everything the HTTP app needs besides its modules: security headers, cookies, validation, errors, docs, the web app. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const http = app as NestExpressApplication;
  http.useLogger(app.get(Logger));
  http.set('trust proxy', config.trustProxyHops);
  http.disable('x-powered-by');
  http.use(requestContextMiddleware);
  // The API's answers hold personal data: no browser or proxy keeps them (a shared school computer, the back
  // button after signing out). A route whose answer may be kept (the calendar feed, a QR code) sets its own.
  http.use(`/${API_PREFIX}`, (_req: express.Request, res: express.Response, next: express.NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  // Swagger UI needs inline scripts; everything else gets a strict policy.
  http.use(`/${API_PREFIX}/docs`, helmet({ contentSecurityPolicy: false }));
  http.use(cookieParser());
  mountQueueDashboard(http, config);
  http.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  // A DUO school file of 1,500 locations is about 400 kB as JSON: only the school import reads bodies that large.
  http.use(`/${API_PREFIX}/admin/school-imports`, express.json({ limit: MAX_IMPORT_BODY_BYTES }));
  http.useBodyParser('json', { limit: MAX_BODY_BYTES });
  http.useBodyParser('urlencoded', { limit: MAX_BODY_BYTES, extended: false });
  http.use(refuseHostileInput);
  http.setGlobalPrefix(API_PREFIX);
  http.useGlobalPipes(createValidationPipe());
  http.useGlobalFilters(new AllExceptionsFilter());

  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });

  serveWebApp(http, config);
}

/** esbuild's `[name]-[hash]` output names (an 8-character base32 hash), as Angular's build writes them. */
const CONTENT_HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

const isApiPath = (path: string) => path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`);

/**
 * Serves the built Angular app from the same port, AFTER every API route: an API path is answered by its route
 * without touching the disk, and no file in the web root can shadow it. Unknown non-API GET paths get index.html
 * (client routing, `no-cache`); unknown /api paths fall through to Nest's 404 (problem details).
 *
 * Nest registers its routes and then its not-found handler in `app.init()` (through the HTTP adapter's
 * `setNotFoundHandler`); the web app is mounted at that moment, between the two.
 */
function serveWebApp(http: NestExpressApplication, config: AppConfig): void {
  const index = join(config.webDist, 'index.html');
  if (!existsSync(index)) return;
  const files = express.static(config.webDist, {
    index: false,
    maxAge: '1h',
    // A file named by its content (the build's bundles, chunks, styles and fonts) never changes: a returning
    // browser keeps it a year without asking. Other files (icons, the manifest) for an hour.
    setHeaders: (res, path) => {
      if (CONTENT_HASHED.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const webApp = (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (isApiPath(req.path)) return next();
    files(req, res, (err?: unknown) => {
      if (err || req.method !== 'GET') return next(err);
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  };
  const adapter = http.getHttpAdapter() as ExpressAdapter;
  const setNotFoundHandler = adapter.setNotFoundHandler.bind(adapter);
  adapter.setNotFoundHandler = (handler, prefix) => {
    adapter.use(webApp);
    return setNotFoundHandler(handler, prefix);
  };
}
