import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AudienceName, PasswordTokenPurpose } from '@tailwise/contracts';

/**
 * An emailed set-password link (staff or portal user; invite or reset), stored only as the
 * SHA-256 of its secret. The secret is minted when the email is sent, never kept.
 */
@Entity({ name: 'password_tokens' })
@Index('password_tokens_user_idx', ['audience', 'userId', 'purpose'])
export class PasswordTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  audience!: AudienceName;

  /** A staff user or a portal user, by audience. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  purpose!: PasswordTokenPurpose;

  @Index('password_tokens_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** Set when a newer link of the same user and purpose was issued, or a password was set. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}
