import type { FieldError } from '@halt/contracts';
import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

function collect(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([key, message]) => ({
      field,
      message: key === 'whitelistValidation' ? 'is geen bekend veld' : message,
    }));
    return [...own.slice(0, 1), ...collect(e.children ?? [], field)];
  });
}

/** Validates every body, query and path DTO; a failure is a 400 naming each field with a Dutch reason. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new BadRequestException({ message: 'Controleer de invoer', errors: collect(errors) }),
  });
}
