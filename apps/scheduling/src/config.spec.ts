import { loadSchedulingConfig } from './config';

describe('scheduling config', () => {
  it('defaults to its own database and port', () => {
    expect(loadSchedulingConfig({})).toMatchObject({ DATABASE_NAME: 'tailwise_scheduling', HTTP_PORT: 3103, MIGRATIONS_RUN: true });
  });

  it('refuses a database name that is not a plain identifier', () => {
    expect(() => loadSchedulingConfig({ DATABASE_NAME: 'x; drop' })).toThrow('DATABASE_NAME');
  });
});
