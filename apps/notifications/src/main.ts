import { runService } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadNotificationsConfig } from './config';
import { notificationsDataSourceOptions } from './data-source';

runService({
  name: 'notifications',
  loadConfig: () => loadNotificationsConfig(),
  module: (config) => AppModule.forRoot(config),
  dataSourceOptions: notificationsDataSourceOptions,
});
