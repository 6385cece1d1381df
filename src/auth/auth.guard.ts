import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '../../workflows/model/domain.types';
import { DomainException } from '../common/errors/domain.exception';
import { msg } from '../../workflows/messages/catalogue';
import { OfficersService } from '../officers/officers.service';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import type { AuthenticatedOfficer } from './authenticated-officer';
import { TokenService } from './token.service';

/** Global guard: deny by default; @Public opts out; @Roles lists who may call. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly officers: OfficersService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { officer?: AuthenticatedOfficer }>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw DomainException.unauthenticated(msg('auth.missingToken'));
    const officerId = await this.tokens.verify(match[1]);
    const officer = await this.officers.findActiveFacts(officerId);
    if (!officer)
      throw DomainException.unauthenticated(msg('auth.unknownOfficer', { id: officerId }));
    req.officer = officer;
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
}
