import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

/** A tiny OpenID provider for tests: discovery, authorize (no login page), token with PKCE, JWKS. */
export interface FakeOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claims the next sign-in answers (preferred_username etc.). */
  claims: Record<string, unknown>;
  close(): Promise<void>;
}

interface Grant {
  challenge: string;
  nonce: string;
  redirectUri: string;
}

export async function startFakeOidcProvider(): Promise<FakeOidcProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const grants = new Map<string, Grant>();
  const provider = {
    issuer: '',
    clientId: 'zhifa',
    clientSecret: 'fake-provider-secret',
    claims: {} as Record<string, unknown>,
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', provider.issuer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer: provider.issuer,
        authorization_endpoint: `${provider.issuer}/authorize`,
        token_endpoint: `${provider.issuer}/token`,
        jwks_uri: `${provider.issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      });
    }
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      const code = randomBytes(16).toString('hex');
      grants.set(code, {
        challenge: q.get('code_challenge') ?? '',
        nonce: q.get('nonce') ?? '',
        redirectUri: q.get('redirect_uri') ?? '',
      });
      const back = new URL(q.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: back.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const grant = grants.get(form.get('code') ?? '');
        grants.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const challenge = createHash('sha256').update(verifier).digest('base64url');
        if (
          !grant ||
          grant.challenge !== challenge ||
          grant.redirectUri !== form.get('redirect_uri')
        ) {
          return json(400, { error: 'invalid_grant' });
        }
        void idToken(privateKey, provider, grant.nonce).then((id_token) =>
          json(200, { access_token: 'at', token_type: 'Bearer', expires_in: 300, id_token }),
        );
      });
      return;
    }
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  provider.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(provider, {
    close: () => new Promise<void>((done) => server.close(() => done())),
  });
}

function idToken(
  key: CryptoKey,
  p: { issuer: string; clientId: string; claims: Record<string, unknown> },
  nonce: string,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ nonce, ...p.claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(p.issuer)
    .setAudience(p.clientId)
    .setSubject('subject-1')
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .sign(key);
}
