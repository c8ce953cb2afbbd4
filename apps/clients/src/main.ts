import { runService } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadClientsConfig } from './config';
import { clientsDataSourceOptions } from './data-source';

runService({
  name: 'clients',
  loadConfig: () => loadClientsConfig(),
  module: (config) => AppModule.forRoot(config),
  dataSourceOptions: clientsDataSourceOptions,
});
