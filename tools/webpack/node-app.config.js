// Webpack configuration shared by the Node applications (api, worker): TypeScript through swc (with
// decorator metadata, which NestJS dependency injection needs), the tsconfig path aliases, and every
// package in node_modules left external (installed in production with `npm ci --omit=dev`).
const { join } = require('node:path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = join(__dirname, '../..');

/**
 * A warning such as "export 'AppConfig' was not found" means decorator metadata points at a type that
 * does not exist at run time (import interfaces with `import type`); fail the build instead of shipping it.
 */
class FailOnWarnings {
  apply(compiler) {
    compiler.hooks.done.tap('FailOnWarnings', (stats) => {
      if (stats.hasWarnings()) process.exitCode = 1;
    });
  }
}

module.exports = function nodeApp(app) {
  return {
    mode: 'none',
    target: 'node20',
    context: root,
    entry: { main: `./apps/${app}/src/main.ts` },
    devtool: 'source-map',
    output: { path: join(root, 'dist/apps', app), filename: '[name].js', clean: true },
    externalsPresets: { node: true },
    externals: [nodeExternals({ modulesDir: join(root, 'node_modules') })],
    resolve: {
      extensions: ['.ts', '.js'],
      plugins: [
        new TsconfigPathsPlugin({
          configFile: join(root, `apps/${app}/tsconfig.app.json`),
          extensions: ['.ts', '.js'],
        }),
      ],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', decorators: true },
                transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
                target: 'es2022',
                keepClassNames: true,
              },
              module: { type: 'es6' },
              sourceMaps: true,
            },
          },
        },
      ],
    },
    optimization: { minimize: false, nodeEnv: false },
    node: { __dirname: false, __filename: false },
    stats: 'errors-warnings',
    plugins: [new FailOnWarnings()],
  };
};
