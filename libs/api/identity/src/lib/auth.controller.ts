import { UnitOfWork } from '@halt/api/database';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import type { MeDto, AuthSessionDto, SignInSessionDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe, Public } from '@halt/api/security';
import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Req,
  Res,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { AuthUserLoader, toMeDto } from './auth-user.loader';
import { type AuthenticatedRequest, accessClaimsOf } from './auth.guard';
import { AuthService, IssuedSession } from './auth.service';
import { LoginDto, UpdateMeDto } from './dto';
import { SignInSessionsService } from './sign-in-sessions.service';
import { TokenService } from './token.service';
import { User } from './user.entity';

/**
 * The refresh cookie. With COOKIE_SECURE (production) it is a `__Host-` cookie: Secure, for this host only
 * (no Domain), Path `/` — a cookie no subdomain or plain-HTTP page can set or overwrite.
 */
export const REFRESH_COOKIE = 'halt_refresh';
export const HOST_REFRESH_COOKIE = '__Host-halt_refresh';
/** Marks the endpoint the strict sign-in rate limit applies to. */
export const LOGIN_THROTTLE = 'halt:loginThrottle';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SignInSessionsService,
    private readonly users: AuthUserLoader,
    private readonly tokens: TokenService,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @SetMetadata(LOGIN_THROTTLE, true)
  @ApiOperation({
    summary: 'Sign in; returns an access token and sets the refresh cookie',
    description:
      'Checks the e-mail address and password and returns a short-lived access token with the user; sets the refresh token as an HttpOnly cookie. Repeated failures are slowed down per account and limited per client (429).',
  })
  @ApiOkResponse({ description: 'Signed in: the access token and the user; the refresh cookie is set' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail address or password' })
  @ApiForbiddenResponse({
    description: 'The request does not come from the portal’s own pages (Origin, Sec-Fetch-Site)',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuthSessionDto> {
    this.refuseCrossSite(req);
    const issued = await this.auth.login(dto.email, dto.password, { userAgent: req.get('user-agent'), ip: req.ip });
    return this.withCookie(res, issued);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A new access token for the refresh cookie (which rotates)',
    description:
      'Exchanges the refresh cookie for a new access token. The cookie rotates on every use; a refresh token used again (after the short grace for two tabs) ends its sign-in session (401).',
  })
  @ApiOkResponse({ description: 'A new access token; the refresh cookie is replaced' })
  @ApiUnauthorizedResponse({ description: 'No refresh cookie, or it expired, was revoked or was used before' })
  @ApiForbiddenResponse({
    description: 'The request does not come from the portal’s own pages (Origin, Sec-Fetch-Site)',
  })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthSessionDto> {
    this.refuseCrossSite(req);
    try {
      return this.withCookie(res, await this.auth.refresh(req.cookies?.[this.cookieName]));
    } catch (e) {
      this.clearCookie(res);
      throw e;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out: ends the session of the refresh cookie (or of the access token)',
    description: 'Ends the sign-in session of the refresh cookie, or else of the access token, and clears the cookie.',
  })
  @ApiNoContentResponse({ description: 'Signed out; the refresh cookie is cleared' })
  @ApiForbiddenResponse({
    description: 'The request does not come from the portal’s own pages (Origin, Sec-Fetch-Site)',
  })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    this.refuseCrossSite(req);
    const claims = accessClaimsOf(req as AuthenticatedRequest, this.tokens);
    await this.auth.logout(req.cookies?.[this.cookieName], claims?.sid);
    this.clearCookie(res);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The signed-in user',
    description: 'The user of the access token, with role, organisation and language.',
  })
  me(@Req() req: AuthenticatedRequest): MeDto {
    // The guard loaded the user (with the session check) for this very request.
    if (!req.userRecord) throw new UnauthorizedException('Niet ingelogd of sessie verlopen');
    return toMeDto(req.userRecord);
  }

  @Patch('me')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change the signed-in user’s language',
    description:
      'The only thing users change about themselves here is the language of the portal and of their e-mails.',
  })
  async updateMe(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeDto> {
    await this.uow.run((m) => m.update(User, { id: user.id }, { language: dto.language }));
    const loaded = await this.users.load(user.id);
    if (!loaded) throw new UnauthorizedException('Niet ingelogd of sessie verlopen');
    return toMeDto(loaded.user);
  }

  @Get('sessions')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The signed-in user’s open sessions (device, sign-in, last use)',
    description:
      'Every sign-in session of the signed-in user that has not ended, with its device and when it was last used.',
  })
  listSessions(@CurrentUser() user: AuthUser): Promise<SignInSessionDto[]> {
    return this.sessions.list(user);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'End one of the signed-in user’s sessions: its tokens stop working at once',
    description:
      'Ends one sign-in session of the signed-in user (another device, say); its access and refresh tokens are refused from then on.',
  })
  endSession(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<void> {
    return this.sessions.end(user, id);
  }

  @Post('sessions/end-others')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'End every session of the signed-in user except this one',
    description: 'Ends every other sign-in session of the signed-in user and says how many ended.',
  })
  async endOtherSessions(@CurrentUser() user: AuthUser): Promise<{ ended: number }> {
    return { ended: await this.sessions.endOthers(user) };
  }

  private get cookieName(): string {
    return this.config.cookieSecure ? HOST_REFRESH_COOKIE : REFRESH_COOKIE;
  }

  private cookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: this.config.cookieSecure ? '/' : '/api/auth',
    };
  }

  /**
   * The cookie-authenticated endpoints answer only the portal's own pages. SameSite=Strict already keeps the
   * cookie off cross-site requests; the Origin (and Fetch Metadata) check refuses them even where a browser
   * or a proxy does not honour it. A client without either header (not a browser) is not a CSRF vector.
   */
  private refuseCrossSite(req: Request): void {
    const site = req.get('sec-fetch-site');
    const origin = req.get('origin');
    const own = new Set([new URL(this.config.publicUrl).origin, `${req.protocol}://${req.get('host')}`]);
    if ((site && site !== 'same-origin' && site !== 'none') || (origin && !own.has(origin))) {
      throw new ForbiddenException('Dit verzoek komt niet van het portaal zelf en is geweigerd');
    }
  }

  private withCookie(res: Response, issued: IssuedSession): AuthSessionDto {
    res.cookie(this.cookieName, issued.refreshToken, { ...this.cookieOptions(), expires: issued.refreshExpiresAt });
    res.setHeader('Cache-Control', 'no-store');
    return issued.session;
  }

  private clearCookie(res: Response): void {
    res.clearCookie(this.cookieName, this.cookieOptions());
  }
}
