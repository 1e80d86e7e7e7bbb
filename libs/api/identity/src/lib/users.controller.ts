import type { Page, SetPasswordResultDto, UserDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe, Public, Roles } from '@halt/api/security';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, SetMetadata } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiGoneResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AccountsService } from './accounts.service';
import { LOGIN_THROTTLE } from './auth.controller';
import { InviteUserDto, PasswordResetDto, SetPasswordDto, UpdateUserDto, UserListQueryDto } from './dto';

/** Who manages accounts: admins for every organisation, a school's or gemeente's main contact for their own. */
const MANAGERS = ['admin', 'school', 'gemeente', 'vereniging', 'wijkpartner'] as const;

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'User accounts with status and last sign-in (admins; main contacts: their organisation)',
    description:
      'Pages through user accounts with role, organisation, status (invited, active, deactivated) and last sign-in; filters on status, role and part of the name or address. Admins see every organisation, a school’s or gemeente’s main contact only their own (403 for anyone else).',
  })
  list(@CurrentUser() me: AuthUser, @Query() q: UserListQueryDto): Promise<Page<UserDto>> {
    return this.accounts.list(me, q);
  }

  @Post()
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'Invite a person: a new account and an e-mail with a one-time link (7 days)',
    description:
      'Creates an account without a password and e-mails a link (valid for 7 days) where the person sets their own password. Admins invite for any organisation and role; a main contact only for their own school or gemeente, with their own role (403 otherwise). An address that has an account is a 409.',
  })
  invite(@CurrentUser() me: AuthUser, @Body() dto: InviteUserDto): Promise<UserDto> {
    return this.accounts.invite(me, dto);
  }

  /** Admins see anyone, main contacts their organisation; everyone else only themselves (others are "not found"). */
  @Get(':id')
  @ApiOperation({
    summary: 'One user account',
    description:
      'One user account by id, with role, organisation, status and last sign-in. Admins see anyone, a main contact the accounts of their organisation; everyone else only themselves (others are a 404).',
  })
  get(@CurrentUser() me: AuthUser, @Param('id', idPipe) id: string): Promise<UserDto> {
    return this.accounts.get(me, id);
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'Change an account’s role or main-contact mark',
    description:
      'Admins change the role between planner, staff and admin (the account signs in again), and the main-contact mark; a main contact only the mark, in their own organisation. The last active admin keeps the role (409).',
  })
  update(@CurrentUser() me: AuthUser, @Param('id', idPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return this.accounts.update(me, id, dto);
  }

  @Post(':id/invitation')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'Send the invitation again: a new link, the previous one stops',
    description:
      'E-mails a new one-time link to an invited account that has not set its password yet; the previous link no longer works. An active or deactivated account is a 409.',
  })
  resend(@CurrentUser() me: AuthUser, @Param('id', idPipe) id: string): Promise<UserDto> {
    return this.accounts.resendInvitation(me, id);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'Deactivate an account: its sessions end at once',
    description:
      'The account can no longer sign in; its open sessions end (its access tokens are refused from the next request) and its open links stop. The last active admin cannot be deactivated, nor can anyone deactivate their own account (409).',
  })
  deactivate(@CurrentUser() me: AuthUser, @Param('id', idPipe) id: string): Promise<UserDto> {
    return this.accounts.deactivate(me, id);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'Reactivate a deactivated account',
    description: 'The account can sign in again with its password (or set one through a new invitation).',
  })
  reactivate(@CurrentUser() me: AuthUser, @Param('id', idPipe) id: string): Promise<UserDto> {
    return this.accounts.reactivate(me, id);
  }
}

@ApiTags('auth')
@Controller('auth')
export class PasswordController {
  constructor(private readonly accounts: AccountsService) {}

  // Both public endpoints have the sign-in limit per client IP, each its own (LOGIN_RATE_LIMIT_PER_MINUTE, 429).
  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @SetMetadata(LOGIN_THROTTLE, true)
  @ApiOperation({
    summary: 'Forgot password: e-mails a one-hour link if the address has an account',
    description:
      'Always answers 202 in about the same time, whether or not the address has an account, so the answer reveals nothing. An active account gets an e-mail with a link valid for one hour, at most three an hour. Limited per client IP like sign-in (429).',
  })
  @ApiAcceptedResponse({ description: 'Accepted; an e-mail goes out if the address has an active account' })
  async requestReset(@Body() dto: PasswordResetDto): Promise<{ accepted: true }> {
    await this.accounts.requestReset(dto.email);
    return { accepted: true };
  }

  @Public()
  @Post('set-password')
  @HttpCode(200)
  @SetMetadata(LOGIN_THROTTLE, true)
  @ApiOperation({
    summary: 'Set a password with a one-time link (invitation, reset, first admin)',
    description:
      'Sets the password of the link’s account (at least 12 characters) and uses the link up; every open session of the account ends. Answers the address to sign in with. An unknown link is a 400; a used, replaced or expired one a 410.',
  })
  @ApiOkResponse({ description: 'The password is set; the answer holds the address to sign in with' })
  @ApiGoneResponse({ description: 'The link was used, replaced by a newer one, or expired' })
  setPassword(@Body() dto: SetPasswordDto): Promise<SetPasswordResultDto> {
    return this.accounts.setPassword(dto.token, dto.password);
  }
}
