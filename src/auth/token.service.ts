import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DomainException } from '../common/errors/domain.exception';

/** HS256 bearer tokens carrying only `sub`; roles are read from the database per request. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(officerId: string, expiresInSeconds = 8 * 3600): string {
    return this.jwt.sign({ sub: officerId }, { expiresIn: expiresInSeconds });
  }

  verify(token: string): string {
    try {
      const claims = this.jwt.verify<{ sub?: unknown }>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string') throw new Error('no subject');
      return claims.sub;
    } catch (e) {
      const expired = e instanceof Error && e.name === 'TokenExpiredError';
      throw DomainException.unauthenticated(expired ? 'token expired' : 'invalid token');
    }
  }
}
