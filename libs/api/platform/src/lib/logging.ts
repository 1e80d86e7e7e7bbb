import { RequestContext } from '@halt/api/security';
import type { NextFunction, Request, Response } from 'express';
import { RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A request's URL as the log shows it: the secret of a one-time link (`?token=…`) left out. */
export function loggedUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}

/**
 * Gives every request an id (a sane incoming X-Request-Id is kept, else a new UUID), echoes it, and runs
 * the rest of the request inside a RequestContext carrying the id and the client IP.
 */
export function requestContextMiddleware(req: Request & { id?: string }, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  req.id = id;
  res.setHeader('X-Request-Id', id);
  RequestContext.run({ requestId: id, ip: req.ip }, next);
}

/** JSON logs with the request id; credentials, cookies and tokens are redacted, bodies never logged. */
export function loggingModule(level: string) {
  return LoggerModule.forRoot({
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level,
      genReqId: (req) => (req as Request & { id?: string }).id ?? randomUUID(),
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          '*.password',
          '*.passwordHash',
        ],
        censor: '[redacted]',
      },
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health') },
      customProps: () => {
        const actor = RequestContext.current().actor;
        return actor ? { userId: actor.id, role: actor.role } : {};
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: loggedUrl(req.url ?? ''),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}
