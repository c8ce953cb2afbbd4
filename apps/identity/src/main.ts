import { runService } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadIdentityConfig } from './config';
import { IDENTITY_SCHEMA } from './data-source';

runService({
  name: 'identity',
  loadConfig: () => loadIdentityConfig(),
  schema: IDENTITY_SCHEMA,
  module: (config) => AppModule.forRoot(config),
});
