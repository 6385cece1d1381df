import { randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Argon2id with the package's defaults, OWASP's minimum (m = 19 MiB, t = 2, p = 1).
const ARGON2ID = 2 satisfies Algorithm.Argon2id;

/** argon2id hashes (PHC strings); verifies unknown ids against a dummy so timing tells nothing. */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummy = '';

  async onModuleInit(): Promise<void> {
    this.dummy = await this.hash(randomBytes(24).toString('base64'));
  }

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID });
  }

  /** False for no hash (an unknown officer), after the same work as a real check. */
  async verify(stored: string | undefined, password: string): Promise<boolean> {
    const ok = await verify(stored ?? this.dummy, password).catch(() => false);
    return stored !== undefined && ok;
  }
}
