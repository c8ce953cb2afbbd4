import { ConfigError } from '@tailwise/config';
import { loadNotificationsConfig } from './config';

describe('loadNotificationsConfig', () => {
  it('runs on defaults that point at a local Postgres, NATS and maildev', () => {
    const config = loadNotificationsConfig({});
    expect(config).toMatchObject({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      DATABASE_NAME: 'tailwise_notifications',
      NATS_URL: 'nats://127.0.0.1:4222',
      HTTP_PORT: 3105,
      MIGRATIONS_RUN: true,
      MIGRATE_ONLY: false,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: 1025,
      SMTP_SECURE: false,
      MAIL_FROM: 'Tailwise <no-reply@tailwise.local>',
      PUBLIC_URL: 'http://localhost:3000',
    });
    expect(config.SMTP_USER).toBeUndefined();
    expect(config.SMTP_PASS).toBeUndefined();
  });

  it('reads SMTP settings and booleans from strings', () => {
    const config = loadNotificationsConfig({
      SMTP_HOST: 'smtp.example.com',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'mailer',
      SMTP_PASS: 'secret',
      MIGRATIONS_RUN: 'false',
      PUBLIC_URL: 'https://app.tailwise.org/',
    });
    expect(config).toMatchObject({
      SMTP_HOST: 'smtp.example.com',
      SMTP_PORT: 465,
      SMTP_SECURE: true,
      SMTP_USER: 'mailer',
      SMTP_PASS: 'secret',
      MIGRATIONS_RUN: false,
      PUBLIC_URL: 'https://app.tailwise.org',
    });
  });

  it('treats empty credentials as unset', () => {
    const config = loadNotificationsConfig({ SMTP_USER: '', SMTP_PASS: '' });
    expect(config.SMTP_USER).toBeUndefined();
    expect(config.SMTP_PASS).toBeUndefined();
  });

  it('fails fast naming each bad variable', () => {
    expect(() => loadNotificationsConfig({ SMTP_PORT: 'twenty-five', SMTP_SECURE: 'yes', PUBLIC_URL: 'ftp://x' })).toThrow(ConfigError);
    try {
      loadNotificationsConfig({ SMTP_PORT: 'twenty-five', SMTP_SECURE: 'yes', PUBLIC_URL: 'ftp://x' });
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^SMTP_PORT:/m);
      expect(problems).toMatch(/^SMTP_SECURE:/m);
      expect(problems).toMatch(/^PUBLIC_URL:/m);
    }
  });

  it('refuses a user without a password', () => {
    expect(() => loadNotificationsConfig({ SMTP_USER: 'mailer' })).toThrow(/SMTP_PASS: set both SMTP_USER and SMTP_PASS/);
  });
});
