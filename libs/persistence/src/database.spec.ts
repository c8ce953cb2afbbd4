import { databaseUrl } from './database';
import { serviceDataSourceOptions } from './data-source';

describe('databaseUrl', () => {
  it('swaps the database name and keeps credentials and options', () => {
    expect(databaseUrl('postgres://u:p@db:5432/postgres?sslmode=require', 'tailwise_identity')).toBe(
      'postgres://u:p@db:5432/tailwise_identity?sslmode=require',
    );
  });
});

describe('serviceDataSourceOptions', () => {
  it('never synchronizes the schema and runs each migration in its own transaction', () => {
    const options = serviceDataSourceOptions({ serverUrl: 'postgres://h/x', databaseName: 'd', entities: [], migrations: [] });
    expect(options).toMatchObject({ synchronize: false, migrationsTransactionMode: 'each', migrationsRun: true });
  });
});
