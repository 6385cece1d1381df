// OpenAPI schemas of the public answers (行政执法公示, 事前公开): redacted, no token needed.
import { ApiProperty, ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';

const DATE = { type: 'string', format: 'date' } as const;

class PublicPartyDto {
  @ApiProperty({
    enum: ['natural_person', 'individual_business', 'legal_person', 'other_organization'],
  })
  kind!: string;
  @ApiProperty({ description: 'redacted for natural persons (DR)' }) name!: string;
  @ApiPropertyOptional() creditCode?: string;
}

class PublicPenaltyDto {
  @ApiProperty() kind!: string;
  @ApiProperty({ example: '罚款' }) label!: string;
  @ApiPropertyOptional() amountFen?: number;
  @ApiPropertyOptional() durationDays?: number;
}

export class PublicDecisionDto {
  @ApiProperty({ example: '市监罚〔2025〕1号' }) decisionNumber!: string;
  @ApiProperty({ type: [String], example: ['gsxt'] }) channels!: string[];
  @ApiProperty({ type: PublicPartyDto }) party!: PublicPartyDto;
  @ApiProperty() violation!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty({ type: [PublicPenaltyDto] }) penalties!: PublicPenaltyDto[];
  @ApiProperty({ example: '罚款5,000元' }) penaltySummary!: string;
  @ApiProperty() department!: string;
  @ApiProperty(DATE) decidedOn!: string;
  @ApiProperty(DATE) publishedOn!: string;
  @ApiProperty(DATE) displayUntil!: string;
}

export class PublicWithdrawalDto {
  @ApiProperty() decisionNumber!: string;
  @ApiProperty() department!: string;
  @ApiPropertyOptional(DATE) decidedOn?: string;
  @ApiProperty({ enum: ['revoked', 'changed', 'illegal', 'void'] }) ground!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: [String] }) channels!: string[];
  @ApiProperty(DATE) withdrawnOn!: string;
}

export const JSON_FEED_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'JSON Feed 1.1; each item carries `_disclosure` { type, record }',
  required: ['version', 'title', 'items'],
  properties: {
    version: { type: 'string' },
    title: { type: 'string' },
    home_page_url: { type: 'string' },
    feed_url: { type: 'string' },
    description: { type: 'string' },
    language: { type: 'string' },
    authors: { type: 'array', items: { type: 'object', additionalProperties: true } },
    items: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
};

class PublicActDto {
  @ApiProperty() event!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [String], description: 'roles, never named officers' }) by!: string[];
  @ApiProperty({ type: [String], description: 'guard ids' }) requires!: string[];
  @ApiProperty({ type: [String] }) leadsTo!: string[];
}

class PublicStageDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() final!: boolean;
  @ApiProperty({ type: [PublicActDto] }) acts!: PublicActDto[];
  @ApiProperty({ type: [String] }) next!: string[];
  @ApiProperty({ type: [String] }) legalBasis!: string[];
}

export class PublicProcedureDto {
  @ApiProperty({ type: 'object', additionalProperties: true }) machine!: object;
  @ApiProperty() department!: string;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  start!: object[];
  @ApiProperty({ type: [PublicStageDto] }) stages!: PublicStageDto[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  guards!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  clocks!: object[];
}
