import { runService } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadSchedulingConfig } from './config';
import { schedulingDataSourceOptions } from './data-source';

runService({
  name: 'scheduling',
  loadConfig: () => loadSchedulingConfig(),
  module: (config) => AppModule.forRoot(config),
  dataSourceOptions: schedulingDataSourceOptions,
});
