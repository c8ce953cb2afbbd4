import { bootstrapService, migrateOnly } from '@tailwise/runtime';
import { AppModule } from './app.module';
import { loadIdentityConfig } from './config';
import { identityDataSourceOptions } from './data-source';

async function main(): Promise<void> {
  const config = loadIdentityConfig();
  if (config.MIGRATE_ONLY) {
    await migrateOnly(config.DATABASE_URL, config.DATABASE_NAME, identityDataSourceOptions(config.DATABASE_URL, config.DATABASE_NAME));
    return;
  }
  await bootstrapService({
    name: 'identity',
    module: AppModule.forRoot(config),
    natsUrl: config.NATS_URL,
    httpHost: config.HTTP_HOST,
    httpPort: config.HTTP_PORT,
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    database: { serverUrl: config.DATABASE_URL, name: config.DATABASE_NAME },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
