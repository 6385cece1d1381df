// npm run token -- <officerId> [hours]: prints a bearer token signed with JWT_SECRET.
// Signed with jose (as the service verifies), not through Nest: the command answers in well
// under a second (issue 14).
import { SignJWT } from 'jose';
import { loadConfig } from '../src/config/app-config';

async function main(): Promise<void> {
  const [officerId, hours = '8'] = process.argv.slice(2);
  if (!officerId) {
    console.error('usage: npm run token -- <officerId> [hours]');
    process.exit(2);
  }
  const config = loadConfig();
  const seconds = Number(hours) * 3600;
  if (!(seconds > 0) || seconds > config.TOKEN_MAX_LIFETIME_SECONDS) {
    console.error(`hours: must be > 0 and at most TOKEN_MAX_LIFETIME_SECONDS / 3600`);
    process.exit(2);
  }
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ sub: officerId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + Math.floor(seconds))
    .sign(new TextEncoder().encode(config.JWT_SECRET));
  process.stdout.write(`${token}\n`);
}

void main();
