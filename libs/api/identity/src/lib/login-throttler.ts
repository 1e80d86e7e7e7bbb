import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { PUBLIC_FORM_THROTTLE } from '@halt/api/security';
import { ExecutionContext } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { LOGIN_THROTTLE } from './auth.controller';

const isLogin = (ctx: ExecutionContext) => Reflect.getMetadata(LOGIN_THROTTLE, ctx.getHandler()) === true;
const isEvaluation = (ctx: ExecutionContext) => Reflect.getMetadata(PUBLIC_FORM_THROTTLE, ctx.getClass()) === true;

/**
 * Limits per client IP: a generous one for every endpoint, a strict one for sign-in
 * (LOGIN_RATE_LIMIT_PER_MINUTE) and one for the public evaluation pages (EVALUATION_RATE_LIMIT_PER_MINUTE). Repeated failures per account slow down further in AuthService.
 */
export const LoginThrottlerModule = ThrottlerModule.forRootAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({
    throttlers: [
      { name: 'default', ttl: 60_000, limit: 1200 },
      { name: 'login', ttl: 60_000, limit: config.loginRateLimitPerMinute, skipIf: (ctx) => !isLogin(ctx) },
      {
        name: 'evaluation',
        ttl: 60_000,
        limit: config.evaluationRateLimitPerMinute,
        skipIf: (ctx) => !isEvaluation(ctx),
      },
    ],
    errorMessage: 'Te veel verzoeken. Wacht een minuut en probeer het opnieuw.',
  }),
});
