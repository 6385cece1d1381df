// OpenAPI schemas of the audit answers (API.md "Audit") and the published checkpoints.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DeadlineDto } from '../../common/dto/workflow-views.dto';

const HASH = { pattern: '^[0-9a-f]{64}$' } as const;

export class InvariantBreachDto {
  @ApiProperty() seq!: number;
  @ApiProperty() invariant!: string;
  @ApiProperty({ example: 'APL 58' }) article!: string;
  @ApiProperty() message!: string;
}

export class VerifyReportDto {
  @ApiProperty({ description: 'hashes, chain and replay agree (invariant breaches aside)' })
  valid!: boolean;
  @ApiProperty() entries!: number;
  @ApiProperty(HASH) headHash!: string;
  @ApiPropertyOptional() firstInvalidSeq?: number;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional() machineVersion?: number;
  @ApiPropertyOptional() machineVersionCurrent?: boolean;
  @ApiPropertyOptional({ type: [InvariantBreachDto] }) invariantBreaches?: InvariantBreachDto[];
  @ApiPropertyOptional({
    type: [String],
    description: 'the read models rebuilt from the log and found equal (cases row, deadlines …)',
  })
  readModels?: string[];
}

export class ReplayViewDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() seq!: number;
  @ApiProperty() type!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() stage!: string;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: true }] })
  state!: unknown;
  @ApiProperty({ type: 'object', additionalProperties: true }) context!: Record<string, unknown>;
  @ApiProperty({ type: [DeadlineDto] }) deadlines!: DeadlineDto[];
  @ApiProperty({ type: [String] }) allowedEvents!: string[];
  @ApiProperty() machineVersion!: number;
  @ApiProperty() machineVersionCurrent!: boolean;
  @ApiProperty({ type: [InvariantBreachDto] }) invariantBreaches!: InvariantBreachDto[];
}

export class CheckpointDto {
  @ApiProperty({ description: 'entries of the whole log covered' }) treeSize!: number;
  @ApiProperty(HASH) rootHash!: string;
  @ApiProperty() issuedAt!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty({ description: 'Ed25519 signature, base64' }) signature!: string;
}

export class CheckpointKeyDto {
  @ApiProperty() keyId!: string;
  @ApiProperty({ enum: ['Ed25519'] }) algorithm!: string;
  @ApiProperty({ description: 'SPKI PEM' }) publicKey!: string;
}

export class ConsistencyProofDto {
  @ApiProperty() first!: number;
  @ApiProperty() second!: number;
  @ApiProperty({ type: [String], description: 'RFC 9162 consistency proof, hex hashes' })
  proof!: string[];
}

/** The export bundle: its format is `npm run verify`'s input (src/audit/bundle.ts). */
export const BUNDLE_SCHEMA = {
  type: 'object',
  additionalProperties: true,
  description: 'a signed, self-contained bundle (entries, calendars, checkpoint, inclusion proof)',
} as const;
