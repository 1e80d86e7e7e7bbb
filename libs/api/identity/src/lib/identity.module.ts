import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthUserLoader } from './auth-user.loader';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottlerModule } from './login-throttler';
import { PasswordService } from './password.service';
import { RefreshToken } from './refresh-token.entity';
import { SessionCleanupService } from './session-cleanup.service';
import { TokenService } from './token.service';
import { User } from './user.entity';
import { UsersController } from './users.controller';

/** Sign-in, sessions, the global authentication guard and users. */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
    LoginThrottlerModule,
  ],
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    AuthUserLoader,
    PasswordService,
    TokenService,
    SessionCleanupService,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordService, AuthUserLoader, SessionCleanupService],
})
export class IdentityModule {}
