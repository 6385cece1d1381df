import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { errors, jwtVerify } from 'jose';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { msg } from '../../workflows';
import { AppConfig } from '../config/app-config';

/** header.payload.signature, base64url without padding; an HS256 MAC is 32 bytes = 43 chars. */
const COMPACT_HS256 = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/;

/**
 * HS256 bearer tokens carrying only `sub`; roles are read from the database per request.
 * Verified by `jose`: a numeric `exp` is required and `nbf` honoured (RFC 7519 4.1.4, 4.1.5);
 * a lifetime above TOKEN_MAX_LIFETIME_SECONDS is refused, so no token lives for ever.
 */
@Injectable()
export class TokenService {
  private readonly key: KeyObject;
  private readonly maxLifetime: number;
  private readonly verified = new Map<string, Verified>();

  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
    this.maxLifetime = config.TOKEN_MAX_LIFETIME_SECONDS;
  }

  issue(officerId: string, expiresInSeconds = 8 * 3600): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return this.jwt.sign({ sub: officerId, iat }, { expiresIn: expiresInSeconds });
  }

  async verify(token: string): Promise<string> {
    const now = this.clock.now();
    const known = this.verified.get(token);
    // A token whose signature and lifetime were checked is not checked again until it expires;
    // its window [nbf, exp) still applies, and deactivation is read per request by the AuthGuard.
    if (known && inWindow(known, now)) return known.sub;
    const verified = await this.verifyNow(token, now);
    if (this.verified.size >= VERIFIED_MAX) this.verified.clear();
    this.verified.set(token, verified);
    return verified.sub;
  }

  private async verifyNow(token: string, now: Date): Promise<Verified> {
    // jose's decoder tolerates padding (`…=`); a token has one spelling only (RFC 7515 2).
    if (
      !COMPACT_HS256.test(token) ||
      !canonicalBase64url(token.slice(token.lastIndexOf('.') + 1))
    ) {
      throw DomainException.unauthenticated(msg('auth.invalidToken'));
    }
    let claims: { sub?: unknown; exp?: number; iat?: number; nbf?: number };
    try {
      ({ payload: claims } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'sub'],
        currentDate: now,
      }));
    } catch (e) {
      const expired = e instanceof errors.JWTExpired;
      const early = e instanceof errors.JWTClaimValidationFailed && e.claim === 'nbf';
      throw DomainException.unauthenticated(
        msg(expired ? 'auth.expired' : early ? 'auth.notYetValid' : 'auth.invalidToken'),
      );
    }
    const exp = claims.exp!;
    const from = typeof claims.iat === 'number' ? claims.iat : Math.floor(now.getTime() / 1000);
    if (exp - from > this.maxLifetime) {
      throw DomainException.unauthenticated(msg('auth.lifetime', { max: this.maxLifetime }));
    }
    if (typeof claims.sub !== 'string' || claims.sub === '') {
      throw DomainException.unauthenticated(msg('auth.invalidToken'));
    }
    return { sub: claims.sub, exp, ...(claims.nbf !== undefined ? { nbf: claims.nbf } : {}) };
  }
}

/** Verified tokens kept at most (a bound on memory, not a policy: the set is dropped when full). */
const VERIFIED_MAX = 10_000;

interface Verified {
  sub: string;
  exp: number;
  nbf?: number;
}

/** RFC 7519 4.1.4, 4.1.5 as jose applies them (no clock tolerance): nbf ≤ now < exp. */
function inWindow(v: Verified, now: Date): boolean {
  const t = Math.floor(now.getTime() / 1000);
  return t < v.exp && (v.nbf === undefined || t >= v.nbf);
}

/** The decoded bytes re-encode to the same text (no stray bits in the last character). */
function canonicalBase64url(text: string): boolean {
  return Buffer.from(text, 'base64url').toString('base64url') === text;
}
