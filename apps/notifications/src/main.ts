import { runService } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadNotificationsConfig } from './config';
import { NOTIFICATIONS_SCHEMA } from './data-source';

runService({
  name: 'notifications',
  loadConfig: () => loadNotificationsConfig(),
  schema: NOTIFICATIONS_SCHEMA,
  module: (config) => AppModule.forRoot(config),
});
