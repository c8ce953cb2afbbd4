import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'portal_users' })
@Index('portal_users_account_idx', ['portalAccountId'])
export class PortalUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'portal_account_id', type: 'uuid' })
  portalAccountId!: string;

  /** Lower-cased; unique across accounts because sign-in asks for the email alone. */
  @Index('portal_users_email_key', { unique: true })
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  /** Null while invited: the user has not set a first password yet. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  permissions!: string[];

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
