import { IS_PUBLIC, RequestContext, ROLES } from '@halt/api/security';
import type { Role } from '@halt/contracts';
import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthUserLoader } from './auth-user.loader';
import { type AccessClaims, TokenService } from './token.service';
import type { User } from './user.entity';

/** What the guards leave on the request: the verified claims (the throttler keys on them) and the user. */
export type AuthenticatedRequest = Request & { user?: unknown; userRecord?: User; accessClaims?: AccessClaims | null };

/** The verified claims of the request's bearer token, verified once per request (the throttler asks first). */
export function accessClaimsOf(request: AuthenticatedRequest, tokens: TokenService): AccessClaims | null {
  if (request.accessClaims !== undefined) return request.accessClaims;
  const match = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '');
  request.accessClaims = match ? tokens.verifyAccess(match[1]) : null;
  return request.accessClaims;
}

/**
 * The global guard: every endpoint needs a valid access token of an active user in an open session unless it
 * is marked `@Public()`; `@Roles(...)` narrows it further. Object-level checks stay in the services.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: AuthUserLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const claims = accessClaimsOf(request, this.tokens);
    if (!claims) throw new UnauthorizedException('Niet ingelogd of sessie verlopen');
    const loaded = await this.users.loadForSession(claims.sub, claims.sid);
    if (!loaded) throw new UnauthorizedException('Niet ingelogd of sessie verlopen');
    request.user = loaded.auth;
    request.userRecord = loaded.user;
    RequestContext.setActor(loaded.auth);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(loaded.auth.role)) {
      throw new ForbiddenException('Geen toegang voor uw rol');
    }
    return true;
  }
}
