import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentErrors } from './document-errors';
import { documentResponses, RESPONSE_SCHEMAS, type ResponseSchemas } from './document-responses';
import { documentValidation } from './validation-schemas';

/** The tags of the API, each with what it groups; every operation carries one of them. */
export const API_TAGS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'auth', description: 'Signing in and out, refreshing the access token, the signed-in user.' },
  { name: 'users', description: 'User accounts of schools, gemeenten and Halt staff (admins).' },
  { name: 'organisation', description: 'Schools, gemeenten and regions.' },
  { name: 'catalogue', description: 'The prevention offers schools and gemeenten can request.' },
  { name: 'requests', description: 'Booking requests: from a draft by a school to approved, planned sessions.' },
  {
    name: 'maatwerk',
    description: 'Maatwerk and advice questions: intake, proposal, and the requester’s decision.',
  },
  { name: 'sessions', description: 'The sessions of approved requests: dates, rescheduling, cancellation.' },
  { name: 'packages', description: 'Package templates and the package orders of gemeenten with their budgets.' },
  { name: 'staff and planning', description: 'Specialists, their availability, assignments and planning runs.' },
  { name: 'calendar', description: 'School holidays, closed days and the calendar of the period.' },
  { name: 'calendar feed', description: 'iCalendar feeds of a specialist’s sessions (public, by secret token).' },
  { name: 'reminders', description: 'Reminders and messages sent before and after sessions, and their delivery log.' },
  { name: 'evaluations', description: 'Evaluation forms, codes and the anonymous answers of participants.' },
  { name: 'parent meetings', description: 'Parent meetings: public sign-up of parents, and their planning.' },
  { name: 'dashboards', description: 'Figures per region, gemeente and school.' },
  { name: 'audit', description: 'The audit trail: who changed what, when (admins).' },
  { name: 'queues', description: 'State of the job queues (admins).' },
  { name: 'health', description: 'Liveness and readiness of the API.' },
  { name: 'demo', description: 'Demo-only operations (the demo clock); absent in production.' },
];

/**
 * The OpenAPI document of the app's controllers: servers, security and declared tags. The same function serves
 * `/api/docs-json` and writes the committed contract (`npm run openapi`), so both are one document. `responses`
 * are the generated success-response schemas (`npm run openapi -- --check` passes freshly generated ones).
 */
export function createOpenApiDocument(
  app: INestApplication,
  responses: ResponseSchemas = RESPONSE_SCHEMAS,
): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Halt Preventieportaal API')
    .setDescription(
      'Requests, packages, planning, reminders and evaluations of Halt prevention work. Errors are problem ' +
        'details (RFC 9457, `application/problem+json`) with Dutch messages; a 400 names each invalid field.',
    )
    .setVersion('1.0.0')
    .setContact('Halt', 'https://www.halt.nl', 'preventieportaal@halt.nl')
    .addServer('/', 'This server (the API is served under /api)')
    .addBearerAuth();
  for (const tag of API_TAGS) builder.addTag(tag.name, tag.description);
  const queryDtos = Object.fromEntries(
    Object.entries(responses.operations).flatMap(([id, op]) => (op.query ? [[id, op.query]] : [])),
  );
  const document = documentValidation(SwaggerModule.createDocument(app, builder.build()), queryDtos);
  return documentErrors(documentResponses(document, responses), responses);
}
