import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { ExecutionContext } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { LOGIN_THROTTLE } from './auth.controller';

const isLogin = (ctx: ExecutionContext) => Reflect.getMetadata(LOGIN_THROTTLE, ctx.getHandler()) === true;

/**
 * Two limits per client IP: a generous one for every endpoint and a strict one for sign-in
 * (LOGIN_RATE_LIMIT_PER_MINUTE). Repeated failures per account slow down further in AuthService.
 */
export const LoginThrottlerModule = ThrottlerModule.forRootAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({
    throttlers: [
      { name: 'default', ttl: 60_000, limit: 1200 },
      { name: 'login', ttl: 60_000, limit: config.loginRateLimitPerMinute, skipIf: (ctx) => !isLogin(ctx) },
    ],
    errorMessage: 'Te veel verzoeken. Wacht een minuut en probeer het opnieuw.',
  }),
});
