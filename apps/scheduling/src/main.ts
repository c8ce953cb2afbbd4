import { runService } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadSchedulingConfig } from './config';
import { SCHEDULING_SCHEMA } from './data-source';

runService({
  name: 'scheduling',
  loadConfig: () => loadSchedulingConfig(),
  schema: SCHEDULING_SCHEMA,
  module: (config) => AppModule.forRoot(config),
});
