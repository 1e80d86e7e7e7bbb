import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** Path ids are UUIDs; anything else names no object, so it is a 404 like an unknown id. */
export const idPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Niet gevonden') });
