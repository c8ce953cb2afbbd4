import { runService } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadClientsConfig } from './config';
import { CLIENTS_SCHEMA } from './data-source';

runService({
  name: 'clients',
  loadConfig: () => loadClientsConfig(),
  schema: CLIENTS_SCHEMA,
  module: (config) => AppModule.forRoot(config),
});
