import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { PUBLIC_FORM_THROTTLE } from '@halt/api/security';
import { ExecutionContext } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { LOGIN_THROTTLE } from './auth.controller';
import { type AuthenticatedRequest, accessClaimsOf } from './auth.guard';
import { sharedThrottlerStorage } from './shared-throttler-storage';
import { TokenService } from './token.service';

const isLogin = (ctx: ExecutionContext) => Reflect.getMetadata(LOGIN_THROTTLE, ctx.getHandler()) === true;
const isEvaluation = (ctx: ExecutionContext) => Reflect.getMetadata(PUBLIC_FORM_THROTTLE, ctx.getClass()) === true;

/**
 * Rate limits: a generous one for every endpoint (RATE_LIMIT_PER_MINUTE), counted per signed-in user — a school
 * or gemeente office shares one IP address behind its NAT — and per client IP for anonymous calls; a strict one
 * per IP for sign-in (LOGIN_RATE_LIMIT_PER_MINUTE) and one for the public evaluation pages
 * (EVALUATION_RATE_LIMIT_PER_MINUTE). Repeated failures also slow sign-in down (LoginDelays). The counters are
 * shared by every replica: on Redis when REDIS_URL is set, otherwise in PostgreSQL (shared-throttler-storage.ts).
 */
export const LoginThrottlerModule = ThrottlerModule.forRootAsync({
  inject: [APP_CONFIG, DataSource],
  useFactory: (config: AppConfig, dataSource: DataSource) => {
    const tokens = new TokenService(config);
    const perUserOrIp = (req: Record<string, unknown>) => {
      const request = req as unknown as AuthenticatedRequest;
      const claims = accessClaimsOf(request, tokens);
      return claims ? `user:${claims.sub}` : `ip:${request.ip ?? 'unknown'}`;
    };
    const perIp = (req: Record<string, unknown>) => `ip:${(req as unknown as AuthenticatedRequest).ip ?? 'unknown'}`;
    return {
      storage: sharedThrottlerStorage(config, dataSource),
      throttlers: [
        { name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute, getTracker: perUserOrIp },
        {
          name: 'login',
          ttl: 60_000,
          limit: config.loginRateLimitPerMinute,
          skipIf: (ctx) => !isLogin(ctx),
          getTracker: perIp,
        },
        {
          name: 'evaluation',
          ttl: 60_000,
          limit: config.evaluationRateLimitPerMinute,
          skipIf: (ctx) => !isEvaluation(ctx),
          getTracker: perIp,
        },
      ],
      errorMessage: 'Te veel verzoeken. Wacht een minuut en probeer het opnieuw.',
    };
  },
});
