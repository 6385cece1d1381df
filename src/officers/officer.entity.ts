import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../../workflows';

@Entity('officers')
export class OfficerEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  roles: Role[];

  @Column({ name: 'credential_number', type: 'varchar', length: 64, nullable: true })
  credentialNumber: string | null;

  @Column({ name: 'credential_valid_until', type: 'date', nullable: true })
  credentialValidUntil: string | null;

  @Column({ name: 'legal_qualification', type: 'boolean', default: false })
  legalQualification: boolean;

  @Column({ name: 'legal_reviewer_since', type: 'date', nullable: true })
  legalReviewerSince: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
