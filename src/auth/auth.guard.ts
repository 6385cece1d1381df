import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { type Role, msg } from '../../workflows';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';
import { OfficersService } from '../officers/officers.service';
import { PUBLIC_KEY, ROLES_KEY, SIGNED_IN_KEY } from './auth.decorators';
import type { AuthenticatedOfficer } from './authenticated-officer';
import { CSRF_HEADER, readCookie, SESSION_COOKIE } from './session/session-cookies';
import { csrfMatches, SessionsRepository, type Session } from './session/sessions.repository';
import { TokenService } from './token.service';

type AuthRequest = Request & { officer?: AuthenticatedOfficer; session?: Session };

/** Methods that change something: a cookie alone is not enough for them (CSRF). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: deny by default; @Public opts out; @Roles lists who may call. A request is
 * signed in by a bearer token or by the session cookie; the officer is then read from the
 * database and checked (active, roles) the same way for both.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionsRepository,
    private readonly officers: OfficersService,
    private readonly clock: Clock,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthRequest>();
    const officerId = await this.identify(req);
    const officer = await this.officers.findActiveFacts(officerId);
    if (!officer)
      throw DomainException.unauthenticated(msg('auth.unknownOfficer', { id: officerId }));
    req.officer = officer;
    if (this.reflector.getAllAndOverride<boolean>(SIGNED_IN_KEY, targets)) return true;
    if (req.session?.mustChangePassword) {
      throw new DomainException(
        ErrorCode.PASSWORD_CHANGE_REQUIRED,
        msg('auth.passwordChangeRequired'),
      );
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!allowed || allowed.length === 0) {
      throw DomainException.forbidden(msg('auth.closedRoute'));
    }
    if (!allowed.some((r) => officer.roles.includes(r))) {
      throw DomainException.forbidden(msg('auth.requiresRole', { roles: allowed }), {
        missingRole: allowed.length === 1 ? allowed[0] : allowed,
      });
    }
    return true;
  }

  /** The officer id of the bearer token, else of the session cookie (then CSRF is checked). */
  private async identify(req: AuthRequest): Promise<string> {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw DomainException.unauthenticated(msg('auth.missingToken'));
      return this.tokens.verify(match[1]);
    }
    const token = readCookie(req, SESSION_COOKIE);
    if (token === undefined) throw DomainException.unauthenticated(msg('auth.missingToken'));
    const session = await this.sessions.resolve(token, this.clock.now());
    if (!session) throw DomainException.unauthenticated(msg('auth.sessionEnded'));
    // Double submit bound to the session: the header must equal the session's own CSRF token.
    if (!SAFE_METHODS.has(req.method) && !csrfMatches(session, req.headers[CSRF_HEADER])) {
      throw new DomainException(ErrorCode.CSRF_TOKEN_INVALID, msg('auth.csrf'), {
        header: 'X-CSRF-Token',
      });
    }
    req.session = session;
    return session.officerId;
  }
}
