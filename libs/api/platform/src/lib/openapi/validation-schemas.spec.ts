import type { OpenAPIObject } from '@nestjs/swagger';
import { IsEmail, IsIn, IsInt, IsISO8601, IsUUID, Matches, Max, Min, ArrayUnique, IsArray } from 'class-validator';
import { documentValidation } from './validation-schemas';

class ProbeVisitDto {
  @IsUUID('all')
  schoolId!: string;

  @IsEmail()
  email!: string;

  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date!: string;

  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  time!: string;

  @IsInt()
  @Min(1)
  @Max(400)
  pupils!: number;

  @IsArray()
  @ArrayUnique()
  @IsIn([1, 2, 3, 4, 5], { each: true })
  weekdays!: number[];

  @IsIn(['leave', 'sick'])
  kind!: string;
}

/** A document as @nestjs/swagger makes it from a DTO without exact `@ApiProperty` options. */
function documentOf(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1.0.0' },
    paths: {
      '/visits/{id}': {
        get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: {} },
      },
    },
    components: {
      schemas: {
        [ProbeVisitDto.name]: {
          type: 'object',
          properties: {
            schoolId: { type: 'string' },
            email: { type: 'string' },
            date: { type: 'string' },
            time: { type: 'string', pattern: '^explicit$' },
            pupils: { type: 'number' },
            weekdays: { type: 'array', items: { type: 'number' } },
            kind: { type: 'string' },
          },
        },
      },
    },
  };
}

describe('documentValidation: the document says what the validators check', () => {
  const doc = documentValidation(documentOf());
  const props = (doc.components?.schemas?.[ProbeVisitDto.name] as { properties: Record<string, unknown> }).properties;

  it('gives uuid, email and date formats', () => {
    expect(props['schoolId']).toEqual({ type: 'string', format: 'uuid' });
    expect(props['email']).toEqual({ type: 'string', format: 'email' });
    expect(props['date']).toMatchObject({ type: 'string', format: 'date' });
  });

  it('keeps what the DTO says itself over the rule', () => {
    expect(props['time']).toEqual({ type: 'string', pattern: '^explicit$' });
  });

  it('makes @IsInt an integer with its bounds', () => {
    expect(props['pupils']).toEqual({ type: 'integer', minimum: 1, maximum: 400 });
  });

  it('gives array items their rules, and a run of whole numbers a range', () => {
    expect(props['weekdays']).toEqual({
      type: 'array',
      uniqueItems: true,
      items: { type: 'integer', minimum: 1, maximum: 5 },
    });
  });

  it('lists the values of @IsIn as an enum', () => {
    expect(props['kind']).toEqual({ type: 'string', enum: ['leave', 'sick'] });
  });

  it('makes id path parameters UUIDs', () => {
    const param = doc.paths['/visits/{id}'].get?.parameters?.[0] as { schema: unknown };
    expect(param.schema).toEqual({ type: 'string', format: 'uuid' });
  });
});
