import { createHash, createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { jwtVerify, SignJWT } from 'jose';
import * as oidc from 'openid-client';
import { Clock } from '../../common/clock/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { ErrorCode } from '../../common/errors/error-code';
import { AppConfig } from '../../config/app-config';
import { OfficersService } from '../../officers/officers.service';
import { msg } from '../../../workflows';
import { readCookie } from '../session/session-cookies';
import { SignInService } from '../session/sign-in.service';

/** Carries state, nonce and the PKCE verifier from /oidc/login to /oidc/callback (10 minutes). */
const FLOW_COOKIE = 'zhifa-oidc';
const FLOW_SECONDS = 600;
const FLOW_PATH = '/api/v1/auth/oidc';

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
}

/**
 * OIDC single sign-on (authorization code + PKCE, state and nonce) with openid-client. The
 * officer id is the OIDC_OFFICER_CLAIM of the verified ID token; the officer must exist and be
 * active. Off (404) unless OIDC_ISSUER_URL is set.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private discovered?: Promise<oidc.Configuration>;
  /** Its own key (not JWT_SECRET itself): a flow cookie can never pass as a bearer token. */
  private readonly flowKey: KeyObject;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly officers: OfficersService,
    private readonly signIn: SignInService,
  ) {
    const key = createHash('sha256').update(`zhifa-oidc-flow:${config.JWT_SECRET}`).digest();
    this.flowKey = createSecretKey(key);
  }

  /** Redirects the browser to the provider. */
  async login(req: Request, res: Response): Promise<void> {
    const server = await this.server();
    const flow: Flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(server, {
      redirect_uri: this.config.OIDC_REDIRECT_URL!,
      scope: 'openid profile',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
    });
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const sealed = await new SignJWT({ ...flow })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(now)
      .setExpirationTime(now + FLOW_SECONDS)
      .sign(this.flowKey);
    res.cookie(FLOW_COOKIE, sealed, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.OIDC_REDIRECT_URL!.startsWith('https:'),
      path: FLOW_PATH,
      maxAge: FLOW_SECONDS * 1000,
    });
    res.redirect(302, url.href);
  }

  /** The provider's answer: checks it, opens a session for the claimed officer, goes to `/`. */
  async callback(req: Request, res: Response): Promise<void> {
    const server = await this.server();
    const flow = await this.flow(req);
    const current = new URL(this.config.OIDC_REDIRECT_URL!);
    current.search = new URL(req.originalUrl, 'http://callback').search;
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(server, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (e) {
      throw DomainException.unauthenticated(msg('auth.oidcFailed', { why: (e as Error).message }));
    }
    const claim = this.config.OIDC_OFFICER_CLAIM;
    const id = claims?.[claim];
    if (typeof id !== 'string' || id === '') {
      throw DomainException.forbidden(msg('auth.oidcNoClaim', { claim }));
    }
    if (!(await this.officers.findActiveFacts(id))) {
      throw DomainException.forbidden(msg('auth.oidcNoOfficer', { id, claim }));
    }
    res.clearCookie(FLOW_COOKIE, { path: FLOW_PATH });
    await this.signIn.open(id, 'oidc', req, res);
    res.redirect(302, '/');
  }

  private server(): Promise<oidc.Configuration> {
    const { OIDC_ISSUER_URL: issuer, OIDC_CLIENT_ID: clientId } = this.config;
    if (!issuer || !clientId) throw new DomainException(ErrorCode.NOT_FOUND, msg('auth.oidcOff'));
    this.discovered ??= oidc
      .discovery(new URL(issuer), clientId, this.config.OIDC_CLIENT_SECRET, undefined, {
        // http:// only for a provider on the same host (tests, a local Keycloak).
        execute: issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
      })
      .catch((e: Error) => {
        this.discovered = undefined;
        this.logger.warn(`OIDC discovery of ${issuer} failed: ${e.message}`);
        throw DomainException.unauthenticated(msg('auth.oidcFailed', { why: e.message }));
      });
    return this.discovered;
  }

  private async flow(req: Request): Promise<Flow> {
    const sealed = readCookie(req, FLOW_COOKIE);
    try {
      if (!sealed) throw new Error('no sign-in in progress in this browser');
      const { payload } = await jwtVerify(sealed, this.flowKey, {
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      });
      return payload as unknown as Flow;
    } catch (e) {
      throw DomainException.unauthenticated(msg('auth.oidcFailed', { why: (e as Error).message }));
    }
  }
}
