module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'chat:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
  testTimeout: 60_000,
};
