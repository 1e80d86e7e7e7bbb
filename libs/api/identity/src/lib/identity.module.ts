import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountErasure } from './account-erasure';
import { AccountsService } from './accounts.service';
import { AuthSession } from './auth-session.entity';
import { AuthUserLoader } from './auth-user.loader';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginDelays } from './login-delays';
import { LoginThrottlerModule } from './login-throttler';
import { PasswordService } from './password.service';
import { RefreshToken } from './refresh-token.entity';
import { SessionCleanupService } from './session-cleanup.service';
import { SignInSessionsService } from './sign-in-sessions.service';
import { TokenService } from './token.service';
import { User } from './user.entity';
import { PasswordController, UsersController } from './users.controller';
import { PasswordToken } from './password-token.entity';

/** Sign-in, sessions, the global authentication guard and users. */
@Module({
  imports: [TypeOrmModule.forFeature([User, RefreshToken, AuthSession, PasswordToken]), LoginThrottlerModule],
  controllers: [AuthController, UsersController, PasswordController],
  providers: [
    AuthService,
    SignInSessionsService,
    LoginDelays,
    AuthUserLoader,
    PasswordService,
    TokenService,
    SessionCleanupService,
    AccountsService,
    AccountErasure,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordService, AuthUserLoader, SessionCleanupService, AccountsService, AccountErasure],
})
export class IdentityModule {}
