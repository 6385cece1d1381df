import { ApiProperty } from '@nestjs/swagger';

export class NotificationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'NOTIFY' }) type!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ nullable: true, type: String }) caseNumber!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) readAt!: string | null;
}

export class NotificationReadDto {
  @ApiProperty() id!: string;
  @ApiProperty() readAt!: string;
}

export class NotificationsMarkedDto {
  @ApiProperty({ description: 'notifications marked read now' }) marked!: number;
}

export class OutboxStatsDto {
  @ApiProperty({ description: 'effects not yet fanned out to their targets' }) unrouted!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() dead!: number;
  @ApiProperty({ nullable: true, type: String }) oldestPendingAt!: string | null;
}

export class DeadLetterDto {
  @ApiProperty() id!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() target!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() deadAt!: string;
}

export class RevivedDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['pending'] }) status!: string;
}
