import { UnitOfWork } from '@halt/api/database';
import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import type { MeDto, AuthSessionDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, Public } from '@halt/api/security';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Patch,
  Post,
  Req,
  Res,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthUserLoader, toMeDto } from './auth-user.loader';
import { AuthService, IssuedSession } from './auth.service';
import { LoginDto, UpdateMeDto } from './dto';
import { User } from './user.entity';

export const REFRESH_COOKIE = 'halt_refresh';
const COOKIE_PATH = '/api/auth';
/** Marks the endpoint the strict sign-in rate limit applies to. */
export const LOGIN_THROTTLE = 'halt:loginThrottle';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: AuthUserLoader,
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
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response): Promise<AuthSessionDto> {
    return this.withCookie(res, await this.auth.login(dto.email, dto.password));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A new access token for the refresh cookie (which rotates)',
    description:
      'Exchanges the refresh cookie for a new access token. The cookie rotates on every use; a refresh token used again later ends its whole session family (401).',
  })
  @ApiOkResponse({ description: 'A new access token; the refresh cookie is replaced' })
  @ApiUnauthorizedResponse({ description: 'No refresh cookie, or it expired, was revoked or was used before' })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthSessionDto> {
    try {
      return this.withCookie(res, await this.auth.refresh(req.cookies?.[REFRESH_COOKIE]));
    } catch (e) {
      this.clearCookie(res);
      throw e;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out: ends the session of the refresh cookie',
    description: 'Ends the session of the refresh cookie and clears the cookie.',
  })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req.cookies?.[REFRESH_COOKIE]);
    this.clearCookie(res);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The signed-in user',
    description: 'The user of the access token, with role, organisation and language.',
  })
  async me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.currentMe(user.id);
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
    return this.currentMe(user.id);
  }

  private async currentMe(id: string): Promise<MeDto> {
    const loaded = await this.users.load(id);
    if (!loaded) throw new UnauthorizedException('Niet ingelogd of sessie verlopen');
    return toMeDto(loaded.user);
  }

  private withCookie(res: Response, issued: IssuedSession): AuthSessionDto {
    res.cookie(REFRESH_COOKIE, issued.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: COOKIE_PATH,
      expires: issued.refreshExpiresAt,
    });
    res.setHeader('Cache-Control', 'no-store');
    return issued.session;
  }

  private clearCookie(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: COOKIE_PATH,
    });
  }
}
