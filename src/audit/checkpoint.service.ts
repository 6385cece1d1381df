import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { asLeader, repeat } from '../common/leader-job';
import { DomainException } from '../common/errors/domain.exception';
import { msg } from '../../workflows';
import { LruCache } from '../common/lru-cache';
import { AppConfig } from '../config/app-config';
import { consistencyProof, inclusionProof, merkleRoot, treeLevels } from './merkle';
import { CheckpointRepository, type CheckpointRecord } from './checkpoint.repository';
import { CheckpointSigner } from './checkpoint-signer';

/** Advisory-lock key: one instance at a time builds checkpoints. */
const CHECKPOINT_LOCK = 0x7a686966; // 'zhif'

export interface PublicCheckpoint {
  treeSize: number;
  rootHash: string;
  issuedAt: string;
  keyId: string;
  signature: string;
}

export const toPublic = (c: CheckpointRecord): PublicCheckpoint => ({
  treeSize: c.treeSize,
  rootHash: c.rootHash,
  issuedAt: c.issuedAt,
  keyId: c.keyId,
  signature: c.signature,
});

/**
 * Signed checkpoints over the whole log, so deleting a case or cutting a chain short is
 * detectable: the tree of all entries (by global position) must keep the signed root.
 */
@Injectable()
export class CheckpointService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CheckpointService.name);
  private stop?: () => void;
  /** Consistency proofs by "first:second" (immutable once both checkpoints are published). */
  readonly proofs = new LruCache<string, string[]>(256);

  constructor(
    private readonly ds: DataSource,
    private readonly repo: CheckpointRepository,
    private readonly signer: CheckpointSigner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.CHECKPOINT_INTERVAL_SECONDS;
    if (seconds > 0 && this.config.NODE_ENV !== 'test') {
      this.stop = repeat(seconds * 1000, () => this.build(), this.logger);
    }
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  /**
   * Builds a checkpoint of every committed entry. SHARE mode waits for in-flight appends and
   * holds new ones for the moment of reading, so no lower position can commit later.
   */
  async build(): Promise<CheckpointRecord | undefined> {
    return asLeader(this.ds, CHECKPOINT_LOCK, async (tx) => {
      await tx.query(`LOCK TABLE case_log IN SHARE MODE`);
      const leaves = await this.repo.leaves(tx);
      const latest = await this.repo.latest(tx);
      if (latest && latest.treeSize === leaves.length) return latest;
      const body = {
        treeSize: leaves.length,
        rootHash: merkleRoot(leaves.map((l) => l.hash)),
        issuedAt: this.clock.now().toISOString(),
        keyId: this.signer.keyId,
      };
      const lastPosition = leaves.length ? leaves[leaves.length - 1].position : 0;
      const saved = await this.repo.insert(tx, {
        ...body,
        lastPosition,
        signature: this.signer.sign(body),
      });
      await this.repo.insertHeads(tx, saved.id);
      return saved;
    });
  }

  latest(): Promise<CheckpointRecord | undefined> {
    return this.repo.latest();
  }

  /** The latest checkpoint, built first if it does not yet cover `position`. */
  async covering(position: number): Promise<CheckpointRecord> {
    const latest = await this.repo.latest();
    if (latest && latest.lastPosition >= position) return latest;
    return (await this.build()) ?? (await this.repo.latest())!;
  }

  async inclusion(position: number, checkpoint: CheckpointRecord) {
    const leaves = await this.repo.leaves(undefined, checkpoint.lastPosition);
    const index = leaves.findIndex((l) => l.position === position);
    if (index < 0) return undefined;
    const proof = inclusionProof(treeLevels(leaves.map((l) => l.hash)), index);
    return { leafIndex: index, treeSize: checkpoint.treeSize, proof };
  }

  /**
   * RFC 9162 2.1.4 proof between two published tree sizes only (else 404; first > second is a
   * 400); proofs never change, so each process keeps the recent ones.
   */
  async consistency(first: number, second: number): Promise<string[]> {
    if (first > second) {
      throw DomainException.validation([{ field: 'first', reason: msg('proof.order') }]);
    }
    const key = `${first}:${second}`;
    const cached = this.proofs.get(key);
    if (cached) return cached;
    const [older, newer] = await Promise.all([this.repo.bySize(first), this.repo.bySize(second)]);
    if (!older) throw DomainException.notFound('published checkpoint of tree size', String(first));
    if (!newer) throw DomainException.notFound('published checkpoint of tree size', String(second));
    const leaves = await this.repo.leaves(undefined, newer.lastPosition);
    const proof = consistencyProof(
      leaves.map((l) => l.hash),
      first,
    );
    this.proofs.set(key, proof);
    return proof;
  }
}
