import type { ApiErrorBody } from '@halt/contracts';
import {
  PG_CHECK_VIOLATION,
  PG_EXCLUSION_VIOLATION,
  PG_FOREIGN_KEY_VIOLATION,
  PG_INVALID_TEXT_REPRESENTATION,
  PG_UNIQUE_VIOLATION,
  pgError,
} from '@halt/api/database';
import { RequestContext } from '@halt/api/security';
import { IllegalTransitionError, MissingTransitionReasonError } from '@halt/domain';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/**
 * One error shape for every failure. Database constraint violations that slip past the services become
 * 409 (conflicts) or 400 (invalid values) naming the constraint, never a 500.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly log = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    body.requestId = RequestContext.current().requestId;
    if (body.statusCode >= 500) {
      this.log.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (res.headersSent) return;
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
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
    if ((exception as { type?: string })?.type === 'entity.parse.failed') {
      return this.body(HttpStatus.BAD_REQUEST, 'De inhoud is geen geldige JSON');
    }
    return this.body(HttpStatus.INTERNAL_SERVER_ERROR, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
  }

  private body(statusCode: number, message: string, conflict?: Record<string, unknown>): ApiErrorBody {
    return { statusCode, error: REASONS[statusCode] ?? 'Error', message, ...(conflict ? { conflict } : {}) };
  }
}
