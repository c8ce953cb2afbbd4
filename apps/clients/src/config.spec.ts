import { loadClientsConfig } from './config';

describe('clients config', () => {
  it('defaults to its own database and port', () => {
    expect(loadClientsConfig({})).toMatchObject({ DATABASE_NAME: 'tailwise_clients', HTTP_PORT: 3102, MIGRATIONS_RUN: true });
  });

  it('refuses a database name that is not a plain identifier', () => {
    expect(() => loadClientsConfig({ DATABASE_NAME: 'x; drop' })).toThrow('DATABASE_NAME');
  });
});
