import { Controller, Get, Inject, Optional } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import type { NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { NATS_CONNECTION } from '@tailwise/messaging';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Optional() private readonly typeOrm?: TypeOrmHealthIndicator,
    @Optional() private readonly dataSource?: DataSource,
  ) {}

  /** The process is alive; restarting it would not help anything else. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready for traffic: NATS answers a round trip and the database (if any) a ping. */
  @Get('ready')
  @HealthCheck()
  ready() {
    const checks: HealthIndicatorFunction[] = [() => this.natsCheck()];
    if (this.dataSource && this.typeOrm) {
      const typeOrm = this.typeOrm;
      checks.push(() => typeOrm.pingCheck('database', { timeout: 1000 }));
    }
    return this.health.check(checks);
  }

  private async natsCheck() {
    const session = this.indicators.check('nats');
    if (this.nc.isClosed()) return session.down('closed');
    try {
      await Promise.race([
        this.nc.flush(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000)),
      ]);
      return session.up();
    } catch {
      return session.down('no round trip');
    }
  }
}
