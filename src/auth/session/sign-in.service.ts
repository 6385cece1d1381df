import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Clock } from '../../common/clock/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { ErrorCode } from '../../common/errors/error-code';
import { AppConfig } from '../../config/app-config';
import { OfficersService } from '../../officers/officers.service';
import { msg } from '../../../workflows';
import type { AuthenticatedOfficer } from '../authenticated-officer';
import type { ChangePasswordDto, SignInDto, SignInView } from '../dto/sign-in.dto';
import { PasswordHasher } from '../password/password-hasher';
import { PasswordsRepository } from '../password/passwords.repository';
import { SignInFailuresRepository } from '../password/sign-in-failures.repository';
import { clearSessionCookies, setSessionCookies } from './session-cookies';
import { SessionsRepository, type Session, type SignInMethod } from './sessions.repository';

/** What the guard leaves on a request signed in by cookie. */
export interface SessionRequest extends Request {
  officer: AuthenticatedOfficer;
  session?: Session;
}

const locked = (seconds: number) =>
  new DomainException(ErrorCode.SIGN_IN_LOCKED, msg('auth.lockedOut', { seconds }), {
    retryAfterSeconds: seconds,
  });

/** Local accounts: sign in, out, who am I, and passwords (set by an admin, changed by the officer). */
@Injectable()
export class SignInService {
  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly officers: OfficersService,
    private readonly hasher: PasswordHasher,
    private readonly passwords: PasswordsRepository,
    private readonly failures: SignInFailuresRepository,
    private readonly sessions: SessionsRepository,
  ) {}

  /**
   * A wrong password, an unknown id, an inactive officer and one without a password get the same
   * 401 after the same argon2 work; a locked id gets 429 whether or not it exists.
   */
  async signIn(dto: SignInDto, req: Request, res: Response): Promise<SignInView> {
    const now = this.clock.now();
    const attempt = await this.failures.attempt(dto.officerId, now);
    if (attempt.lockedFor > 0) throw locked(attempt.lockedFor);
    const stored = await this.passwords.find(dto.officerId);
    const ok = (await this.hasher.verify(stored?.hash, dto.password)) && stored?.active === true;
    const officer = ok ? await this.officers.findActiveFacts(dto.officerId) : undefined;
    if (!stored || !officer) {
      const lockedFor = await this.failures.failed(dto.officerId, attempt, now);
      if (lockedFor > 0) throw locked(lockedFor);
      throw DomainException.unauthenticated(msg('auth.signInFailed'));
    }
    await this.failures.clear(dto.officerId);
    await this.open(officer.id, 'password', req, res);
    return this.view(officer, stored.mustChange);
  }

  /** Opens a session and sets its cookies (local sign-in and OIDC alike). */
  async open(officerId: string, method: SignInMethod, req: Request, res: Response): Promise<void> {
    const tokens = await this.sessions.open(officerId, method, this.clock.now());
    setSessionCookies(req, res, this.config, tokens);
  }

  async signOut(req: SessionRequest, res: Response): Promise<void> {
    if (req.session) await this.sessions.end(req.session.tokenSha256);
    clearSessionCookies(req, res, this.config);
  }

  me(req: SessionRequest): SignInView {
    return this.view(req.officer, req.session?.mustChangePassword ?? false);
  }

  /** The officer's own change: the current password proves it; other sessions end. */
  async changePassword(req: SessionRequest, dto: ChangePasswordDto): Promise<void> {
    const id = req.officer.id;
    const stored = await this.passwords.find(id);
    if (!stored) throw DomainException.forbidden(msg('auth.noPassword'));
    if (!(await this.hasher.verify(stored.hash, dto.currentPassword))) {
      throw DomainException.validation([
        { field: 'currentPassword', reason: msg('auth.currentPasswordWrong') },
      ]);
    }
    if (dto.newPassword === dto.currentPassword) {
      throw DomainException.validation([
        { field: 'newPassword', reason: msg('auth.passwordUnchanged') },
      ]);
    }
    await this.passwords.save(id, await this.hasher.hash(dto.newPassword), false, this.clock.now());
    await this.sessions.endAllOf(id, req.session?.tokenSha256);
  }

  /** An admin sets (or resets) a password: the officer must change it, and is signed out. */
  async setPassword(officerId: string, password: string): Promise<void> {
    await this.officers.get(officerId);
    const hash = await this.hasher.hash(password);
    await this.passwords.save(officerId, hash, true, this.clock.now());
    await this.sessions.endAllOf(officerId);
  }

  private view(officer: AuthenticatedOfficer, mustChangePassword: boolean): SignInView {
    return {
      officer: { id: officer.id, name: officer.name, roles: officer.roles },
      mustChangePassword,
    };
  }
}
