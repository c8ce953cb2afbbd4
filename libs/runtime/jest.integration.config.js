module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'runtime:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  testTimeout: 60_000,
};
