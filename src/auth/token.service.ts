import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { AppConfig } from '../config/app-config';

const b64url = (s: string) => Buffer.from(s, 'base64url');

/**
 * HS256 bearer tokens carrying only `sub`; roles are read from the database per request.
 * Verification is a plain HMAC check: the general JWT library first tries the secret as a
 * public key on every call, which cost a tenth of the service's CPU under load.
 */
@Injectable()
export class TokenService {
  private readonly secret: Buffer;

  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.secret = Buffer.from(config.JWT_SECRET, 'utf8');
  }

  issue(officerId: string, expiresInSeconds = 8 * 3600): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return this.jwt.sign({ sub: officerId, iat }, { expiresIn: expiresInSeconds });
  }

  verify(token: string): string {
    const parts = token.split('.');
    if (parts.length !== 3) throw DomainException.unauthenticated('invalid token');
    const [header, payload, signature] = parts;
    const expected = createHmac('sha256', this.secret).update(`${header}.${payload}`).digest();
    const given = b64url(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw DomainException.unauthenticated('invalid token');
    }
    const claims = this.parse(header, payload);
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= this.clock.now().getTime()) {
      throw DomainException.unauthenticated('token expired');
    }
    return claims.sub;
  }

  private parse(header: string, payload: string): { sub: string; exp?: unknown } {
    try {
      const h = JSON.parse(b64url(header).toString('utf8')) as { alg?: unknown };
      const p = JSON.parse(b64url(payload).toString('utf8')) as { sub?: unknown; exp?: unknown };
      if (h.alg !== 'HS256' || typeof p.sub !== 'string') throw new Error('claims');
      return { sub: p.sub, exp: p.exp };
    } catch {
      throw DomainException.unauthenticated('invalid token');
    }
  }
}
