import { Module, type DynamicModule } from '@nestjs/common';
import { serviceInfrastructure } from '@tailwise/runtime';
import type { SchedulingConfig } from './config';
import { SCHEDULING_SCHEMA } from './data-source';

/** The scheduling service's runtime; its features arrive with their issues. */
@Module({})
export class AppModule {
  static forRoot(config: SchedulingConfig): DynamicModule {
    return { module: AppModule, imports: serviceInfrastructure('scheduling', config, SCHEDULING_SCHEMA) };
  }
}
