import { ApiProperty } from '@nestjs/swagger';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: string;
  @ApiProperty({ enum: ['up', 'down'] }) database!: string;
}

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status!: string;
}
