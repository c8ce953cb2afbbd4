import { z } from 'zod';
import { baseEnvSchema, ConfigError, databaseEnvSchema, envBoolean, loadConfig } from './config';

describe('loadConfig', () => {
  const schema = baseEnvSchema.extend(databaseEnvSchema.shape).extend({ HTTP_PORT: z.coerce.number().int() });

  it('applies defaults and coerces numbers', () => {
    const config = loadConfig(schema, { DATABASE_NAME: 'tailwise_identity', HTTP_PORT: '3001' });
    expect(config.HTTP_PORT).toBe(3001);
    expect(config.NATS_URL).toBe('nats://127.0.0.1:4222');
    expect(config.DATABASE_POOL_SIZE).toBe(10);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig(schema, { DATABASE_NAME: 'Bad-Name', HTTP_PORT: 'x' })).toThrow(ConfigError);
    try {
      loadConfig(schema, { DATABASE_NAME: 'Bad-Name', HTTP_PORT: 'x' });
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('DATABASE_NAME');
      expect(problems).toContain('HTTP_PORT');
    }
  });

  it('reads "false" as false', () => {
    expect(envBoolean.parse('false')).toBe(false);
    expect(envBoolean.parse('1')).toBe(true);
  });
});
