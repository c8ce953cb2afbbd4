/** Variables global setup hands to the test workers. */
export const E2E_ENV = {
  baseUrl: 'E2E_BASE_URL',
  /** A second gateway replica of the same stack. */
  secondGatewayUrl: 'E2E_SECOND_GATEWAY_URL',
  mailUrl: 'E2E_MAIL_URL',
  databaseUrl: 'E2E_DATABASE_URL',
  databasePrefix: 'E2E_DATABASE_PREFIX',
  natsUrl: 'E2E_NATS_URL',
  /** PKCS8 PEM of this run's throwaway token-signing key, for tests that mint tokens. */
  authPrivateKey: 'E2E_AUTH_PRIVATE_KEY',
} as const;

export function e2eEnv(name: keyof typeof E2E_ENV): string {
  const value = process.env[E2E_ENV[name]];
  if (!value) throw new Error(`${E2E_ENV[name]} is not set: run through playwright.config.ts`);
  return value;
}
