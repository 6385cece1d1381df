import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { checkpointMessage, keyIdOf, type CheckpointBody } from './checkpoint-crypto';

function loadKey(config: AppConfig, log: Logger): KeyObject {
  const configured = config.CHECKPOINT_SIGNING_KEY;
  if (configured) {
    const pem = configured.includes('BEGIN')
      ? configured
      : Buffer.from(configured, 'base64').toString();
    return createPrivateKey(pem);
  }
  // Development only: a key kept beside the data, never in the repository.
  const file = join(config.DATA_DIR, 'checkpoint-signing-key.pem');
  if (!existsSync(file)) {
    mkdirSync(config.DATA_DIR, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    log.warn(`CHECKPOINT_SIGNING_KEY unset: generated a development key in ${file}`);
  }
  return createPrivateKey(readFileSync(file));
}

/** Ed25519 signing of checkpoints with the key from configuration. */
@Injectable()
export class CheckpointSigner {
  private readonly key: KeyObject;
  readonly publicKeyPem: string;
  readonly keyId: string;

  constructor(config: AppConfig) {
    this.key = loadKey(config, new Logger(CheckpointSigner.name));
    this.publicKeyPem = createPublicKey(this.key)
      .export({ type: 'spki', format: 'pem' })
      .toString();
    this.keyId = keyIdOf(this.publicKeyPem);
  }

  /** The public key as the bureau publishes it (API and portal alike). */
  publicKey(): { keyId: string; algorithm: 'Ed25519'; publicKey: string } {
    return { keyId: this.keyId, algorithm: 'Ed25519', publicKey: this.publicKeyPem };
  }

  sign(body: CheckpointBody): string {
    return this.signBytes(checkpointMessage(body));
  }

  signBytes(message: Buffer): string {
    return sign(null, message, this.key).toString('base64');
  }
}
