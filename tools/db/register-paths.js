// Resolves the workspace's @tailwise/* aliases for scripts run straight from TypeScript
// (the TypeORM CLI); tsconfig-paths alone would resolve them from the app's folder.
const { join } = require('node:path');
const { register } = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');

register({ baseUrl: join(__dirname, '../..'), paths: compilerOptions.paths });
