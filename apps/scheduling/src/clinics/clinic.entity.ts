import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Scheduling's copy of identity's clinics, kept from `events.identity.clinic.created`. */
@Entity({ name: 'clinics' })
@Index('clinics_organization_idx', ['organizationId'])
export class ClinicEntity {
  /** Identity's clinic id. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column('text')
  name!: string;

  /** IANA zone; every wall-clock time of the clinic is in it. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
