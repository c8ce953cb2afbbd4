import { runService } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadIdentityConfig } from './config';
import { identityDataSourceOptions } from './data-source';

runService({
  name: 'identity',
  loadConfig: () => loadIdentityConfig(),
  module: (config) => AppModule.forRoot(config),
  dataSourceOptions: identityDataSourceOptions,
});
