import { IS_PUBLIC, RequestContext, ROLES } from '@halt/api/security';
import type { Role } from '@halt/contracts';
import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthUserLoader } from './auth-user.loader';
import { TokenService } from './token.service';

/**
 * The global guard: every endpoint needs a valid access token of an active user unless it is marked
 * `@Public()`; `@Roles(...)` narrows it further. Object-level checks stay in the services.
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

    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer (\S+)$/i.exec(header);
    const claims = match ? this.tokens.verifyAccess(match[1]) : null;
    if (!claims) throw new UnauthorizedException('Niet ingelogd of sessie verlopen');
    const loaded = await this.users.load(claims.sub);
    if (!loaded) throw new UnauthorizedException('Niet ingelogd of sessie verlopen');
    request.user = loaded.auth;
    RequestContext.setActor(loaded.auth);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(loaded.auth.role)) {
      throw new ForbiddenException('Geen toegang voor uw rol');
    }
    return true;
  }
}
