import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import type { Role } from '@halt/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';

export interface AccessClaims {
  sub: string;
  role: Role;
  typ: 'access';
}

/** Short-lived signed access tokens, and opaque refresh tokens that are stored only as hashes. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccess(userId: string, role: Role): string {
    const claims: AccessClaims = { sub: userId, role, typ: 'access' };
    return this.jwt.sign(claims, { expiresIn: this.config.accessTokenTtlSeconds });
  }

  verifyAccess(token: string): AccessClaims | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token);
      return claims.typ === 'access' ? claims : null;
    } catch {
      return null;
    }
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: TokenService.hash(token) };
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
