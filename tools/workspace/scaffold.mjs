// Writes the boilerplate files of a back-end project (project.json, tsconfig, jest and
// eslint configs) so every service and lib is wired the same way. Existing files are kept.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [, , root, tagsArg, kind] = process.argv;
if (!root || !tagsArg || !['app', 'lib'].includes(kind)) {
  console.error('usage: node tools/workspace/scaffold.mjs <apps/x|libs/x> <scope:x,type:y> <app|lib>');
  process.exit(2);
}
const name = root.split('/')[1];
const write = (file, text) => {
  const path = join(root, file);
  if (existsSync(path)) return;
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

const targets = {
  lint: { executor: '@nx/eslint:lint' },
  typecheck: { executor: 'nx:run-commands', options: { command: `tsc -p ${root}/tsconfig.json --noEmit` } },
  test: { executor: 'nx:run-commands', options: { command: `jest -c ${root}/jest.config.js` } },
  integration: {
    executor: 'nx:run-commands',
    options: { command: `jest -c ${root}/jest.integration.config.js --runInBand` },
  },
};
if (kind === 'app') {
  targets.build = {
    executor: 'nx:run-commands',
    outputs: [`{workspaceRoot}/dist/${root}`],
    options: { command: `webpack-cli build --config ${root}/webpack.config.js` },
  };
}
write(
  'project.json',
  JSON.stringify(
    {
      name,
      $schema: '../../node_modules/nx/schemas/project-schema.json',
      sourceRoot: `${root}/src`,
      projectType: kind === 'app' ? 'application' : 'library',
      tags: tagsArg.split(','),
      targets,
    },
    null,
    2,
  ) + '\n',
);
write(
  'tsconfig.json',
  JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      compilerOptions: { types: ['node', 'jest'] },
      include: ['src/**/*.ts', 'test/**/*.ts'],
    },
    null,
    2,
  ) + '\n',
);
write(
  'jest.config.js',
  `module.exports = {\n  ...require('../../jest.preset.js'),\n  displayName: '${name}',\n  rootDir: __dirname,\n  testMatch: ['<rootDir>/src/**/*.spec.ts'],\n};\n`,
);
write(
  'jest.integration.config.js',
  `module.exports = {\n  ...require('../../jest.preset.js'),\n  displayName: '${name}:integration',\n  rootDir: __dirname,\n  testMatch: ['<rootDir>/src/**/*.integration-spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],\n  testTimeout: 60_000,\n};\n`,
);
write('eslint.config.mjs', `import baseConfig from '../../eslint.config.mjs';\n\nexport default [...baseConfig];\n`);
if (kind === 'lib') write('src/index.ts', '');
if (kind === 'app') {
  write(
    'webpack.config.js',
    `const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

module.exports = {
  output: { path: join(__dirname, '../../dist/${root}'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: join(__dirname, 'src/main.ts'),
      tsConfig: join(__dirname, 'tsconfig.json'),
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      skipTypeChecking: true,
      sourceMap: true,
    }),
  ],
};
`,
  );
}
