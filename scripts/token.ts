// npm run token -- <officerId> [hours]: prints a bearer token signed with JWT_SECRET.
import { JwtService } from '@nestjs/jwt';
import { loadConfig } from '../src/config/app-config';

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
const jwt = new JwtService({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } });
process.stdout.write(`${jwt.sign({ sub: officerId }, { expiresIn: seconds })}\n`);
