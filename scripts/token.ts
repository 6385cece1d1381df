// npm run token -- <officerId> [hours]: prints a bearer token signed with JWT_SECRET.
import { JwtService } from '@nestjs/jwt';
import { loadConfig } from '../src/config/app-config';

const [officerId, hours = '8'] = process.argv.slice(2);
if (!officerId) {
  console.error('usage: npm run token -- <officerId> [hours]');
  process.exit(2);
}
const config = loadConfig();
const jwt = new JwtService({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } });
process.stdout.write(`${jwt.sign({ sub: officerId }, { expiresIn: Number(hours) * 3600 })}\n`);
