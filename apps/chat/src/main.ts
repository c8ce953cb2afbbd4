import { runService } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadChatConfig } from './config';
import { chatDataSourceOptions } from './data-source';

runService({
  name: 'chat',
  loadConfig: () => loadChatConfig(),
  module: (config) => AppModule.forRoot(config),
  dataSourceOptions: chatDataSourceOptions,
});
