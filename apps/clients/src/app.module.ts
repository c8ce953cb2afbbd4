import { Module, type DynamicModule } from '@nestjs/common';
import { serviceInfrastructure } from '@tailwise/runtime';
import type { ClientsConfig } from './config';
import { CLIENTS_SCHEMA } from './data-source';

/** The clients service's runtime; its features arrive with their issues. */
@Module({})
export class AppModule {
  static forRoot(config: ClientsConfig): DynamicModule {
    return { module: AppModule, imports: serviceInfrastructure('clients', config, CLIENTS_SCHEMA) };
  }
}
