import { Module, type DynamicModule } from '@nestjs/common';
import { serviceInfrastructure } from '@tailwise/runtime';
import type { ChatConfig } from './config';
import { CHAT_SCHEMA } from './data-source';

/** The chat service's runtime; its features arrive with their issues. */
@Module({})
export class AppModule {
  static forRoot(config: ChatConfig): DynamicModule {
    return { module: AppModule, imports: serviceInfrastructure('chat', config, CHAT_SCHEMA) };
  }
}
