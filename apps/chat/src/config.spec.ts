import { loadChatConfig } from './config';

describe('chat config', () => {
  it('defaults to its own database and port', () => {
    expect(loadChatConfig({})).toMatchObject({ DATABASE_NAME: 'tailwise_chat', HTTP_PORT: 3104, MIGRATIONS_RUN: true });
  });

  it('refuses a database name that is not a plain identifier', () => {
    expect(() => loadChatConfig({ DATABASE_NAME: 'x; drop' })).toThrow('DATABASE_NAME');
  });
});
