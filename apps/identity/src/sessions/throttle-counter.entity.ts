import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins per key (`account:<audience>:<email>`, `address:<ip>`, and the reset-request keys) in a fixed window. */
@Entity({ name: 'throttle_counters' })
export class ThrottleCounterEntity {
  @PrimaryColumn('text')
  key!: string;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'integer' })
  count!: number;
}
