import { runService } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadChatConfig } from './config';
import { CHAT_SCHEMA } from './data-source';

runService({
  name: 'chat',
  loadConfig: () => loadChatConfig(),
  schema: CHAT_SCHEMA,
  module: (config) => AppModule.forRoot(config),
});
