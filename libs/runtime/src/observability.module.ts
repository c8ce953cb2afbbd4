import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { loggingModule } from './logging';
import { MetricsController, collectProcessMetrics } from './metrics';

/** Logs, `/health/live`, `/health/ready` and `/metrics`, the same in every app. */
@Module({})
export class ObservabilityModule {
  static forRoot(options: { name: string; logLevel: string }): DynamicModule {
    collectProcessMetrics(options.name);
    return {
      module: ObservabilityModule,
      imports: [loggingModule(options.name, options.logLevel), TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController, MetricsController],
    };
  }
}
