import type { FieldError } from '@halt/contracts';
import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** When a value breaks several rules, say the most basic one: "is missing" before "is too short". */
const PRIORITY = [
  'whitelistValidation',
  'isDefined',
  'isString',
  'isInt',
  'isBoolean',
  'isArray',
  'isIn',
  'isEmail',
  'isUuid',
  'isIso8601',
];

function firstConstraint(constraints: Record<string, string>): [string, string] | undefined {
  const key = PRIORITY.find((k) => k in constraints) ?? Object.keys(constraints)[0];
  return key === undefined ? undefined : [key, constraints[key]];
}

function collect(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const first = firstConstraint(e.constraints ?? {});
    const own = first
      ? [{ field, message: first[0] === 'whitelistValidation' ? 'is geen bekend veld' : first[1] }]
      : [];
    return [...own, ...collect(e.children ?? [], field)];
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
