import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@halt/contracts';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'halt:isPublic';
export const ROLES = 'halt:roles';

/** Marks an endpoint as reachable without signing in. Everything else requires a valid access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const PUBLIC_FORM_THROTTLE = 'halt:publicFormThrottle';

/** Puts a public controller (class codes, teacher links) under its own per-IP limit (EVALUATION_RATE_LIMIT_PER_MINUTE). */
export const PublicFormThrottle = () => SetMetadata(PUBLIC_FORM_THROTTLE, true);

/** Restricts an endpoint to the given roles (checked after authentication). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The signed-in user of this request. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const request = ctx.switchToHttp().getRequest<{ user?: AuthUser }>();
  if (!request.user) throw new Error('CurrentUser used on an endpoint without authentication');
  return request.user;
});
