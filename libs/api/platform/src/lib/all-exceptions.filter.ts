import { type ApiErrorBody, PROBLEM_MEDIA_TYPE } from '@halt/contracts';
import {
  PG_CHECK_VIOLATION,
  PG_EXCLUSION_VIOLATION,
  PG_FOREIGN_KEY_VIOLATION,
  PG_INVALID_TEXT_REPRESENTATION,
  PG_UNIQUE_VIOLATION,
  isDatabaseBusy,
  pgError,
} from '@halt/api/database';
import { RequestContext } from '@halt/api/security';
import { IllegalTransitionError, MissingTransitionReasonError } from '@halt/domain';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { MAX_BODY_BYTES } from './hostile-input';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Seconds a client is asked to wait after a 503 (the server was busy: no database connection came free). */
const RETRY_AFTER_SECONDS = 2;

/** Dutch messages for the errors of Express's body parser and router (http-errors with `expose`). */
const PARSER_MESSAGES: Record<string, string> = {
  'entity.too.large': `De inhoud is te groot (hoogstens ${MAX_BODY_BYTES / 1024} kB)`,
  'entity.parse.failed': 'De inhoud is geen geldige JSON',
  'entity.verify.failed': 'De inhoud is geen geldige JSON',
  'encoding.unsupported': 'Deze tekenset wordt niet ondersteund; gebruik UTF-8',
  'charset.unsupported': 'Deze tekenset wordt niet ondersteund; gebruik UTF-8',
  'request.aborted': 'Het verzoek is afgebroken',
  'request.size.invalid': 'De lengte van de inhoud klopt niet',
  'parameters.too.many': 'Te veel parameters',
};

/** A client error from the body parser or the router (an http-errors error it marks safe to show), in Dutch. */
function bodyParserError(exception: unknown): { status: number; message: string } | undefined {
  const e = exception as { status?: unknown; expose?: unknown; type?: unknown } | null;
  if (!e || typeof e.status !== 'number' || e.status < 400 || e.status >= 500 || e.expose !== true) return undefined;
  const message = (typeof e.type === 'string' && PARSER_MESSAGES[e.type]) || 'Dit verzoek kan niet worden gelezen';
  return { status: e.status, message };
}

/** An error body before it is written: the portal's fields, which `problemDetails` completes. */
type ErrorBody = Omit<ApiErrorBody, 'type' | 'title' | 'status' | 'detail'> & Record<string, unknown>;

/**
 * The one place an error body becomes problem details (RFC 9457): the portal's own fields (`statusCode`,
 * `message`, `errors`, `conflict`, `requestId`, …) unchanged, with `type`, `title`, `status` and `detail`.
 */
export function problemDetails(body: ErrorBody): ApiErrorBody {
  return {
    ...body,
    type: 'about:blank',
    title: REASONS[body.statusCode] ?? body.error,
    status: body.statusCode,
    detail: body.message,
  };
}

/**
 * One error shape for every failure: problem details, written as `application/problem+json`. Database
 * constraint violations that slip past the services become 409 (conflicts) or 400 (invalid values) naming the
 * constraint, never a 500.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly log = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    body.requestId = RequestContext.current().requestId;
    if (body.statusCode === 503) {
      this.log.warn(`busy: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (body.statusCode >= 500) {
      this.log.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (res.headersSent) return;
    if (body.statusCode === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res
      .status(body.statusCode)
      .type(PROBLEM_MEDIA_TYPE)
      .send(JSON.stringify(problemDetails(body)));
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const extra = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
      const message = typeof response === 'string' ? response : extra['message'];
      return {
        ...extra,
        statusCode: status,
        error: REASONS[status] ?? String(extra['error'] ?? 'Error'),
        message: Array.isArray(message) ? message.join('; ') : String(message ?? exception.message),
      };
    }
    if (exception instanceof IllegalTransitionError) {
      return this.body(HttpStatus.CONFLICT, exception.message, {
        state: exception.from,
        event: exception.event,
        allowed: exception.allowed,
      });
    }
    if (exception instanceof MissingTransitionReasonError) {
      return {
        ...this.body(HttpStatus.BAD_REQUEST, exception.message),
        errors: [{ field: 'reason', message: exception.message }],
      };
    }
    if (isDatabaseBusy(exception)) {
      return this.body(
        HttpStatus.SERVICE_UNAVAILABLE,
        'Het is nu erg druk. Probeer het over een paar seconden opnieuw.',
      );
    }
    const pg = pgError(exception);
    switch (pg?.code) {
      case PG_UNIQUE_VIOLATION:
        return this.body(HttpStatus.CONFLICT, 'Dit bestaat al', { constraint: pg.constraint });
      case PG_EXCLUSION_VIOLATION:
        return this.body(HttpStatus.CONFLICT, 'Dit overlapt met iets dat al vastligt', { constraint: pg.constraint });
      case PG_FOREIGN_KEY_VIOLATION:
        return this.body(HttpStatus.CONFLICT, 'Dit verwijst naar iets dat niet (meer) bestaat of nog in gebruik is', {
          constraint: pg.constraint,
        });
      case PG_CHECK_VIOLATION:
        return this.body(HttpStatus.BAD_REQUEST, `Ongeldige waarde (${pg.constraint ?? 'controle'})`);
      case PG_INVALID_TEXT_REPRESENTATION:
        return this.body(HttpStatus.BAD_REQUEST, 'Ongeldige waarde');
    }
    const parser = bodyParserError(exception);
    if (parser) return this.body(parser.status, parser.message);
    return this.body(HttpStatus.INTERNAL_SERVER_ERROR, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
  }

  private body(statusCode: number, message: string, conflict?: Record<string, unknown>): ErrorBody {
    return { statusCode, error: REASONS[statusCode] ?? 'Error', message, ...(conflict ? { conflict } : {}) };
  }
}
