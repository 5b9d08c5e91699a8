// Bundles the CLI into one CommonJS file for Node 20+ (start-up reads and compiles one file),
// then runs it once so that V8's code cache for it is written beside it (see scripts/boot.js).
import { build } from 'esbuild';

/**
 * commander requires node:child_process at load, for executable subcommands, which xensummit
 * does not use; loading it (with net and stream) costs about 10 ms of every start. Give
 * commander a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
/**
 * The XML parser and the HTML entity table are needed only for a schedule.xml (and `show`'s HTML):
 * each goes into a bundle of its own beside the CLI's, required on first use, so that every other
 * start reads and compiles (or deserialises) about 170 KB less.
 */
const LAZY = { 'fast-xml-parser': 'vendor-fast-xml-parser.js', '@nodable/entities': 'vendor-entities.js' };
const lazyVendors = {
  name: 'lazy-vendors',
  setup(b) {
    b.onResolve({ filter: /^(fast-xml-parser|@nodable\/entities)$/ }, (args) => ({ path: `./${LAZY[args.path]}`, external: true }));
  },
};
import { copyFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/xensummit.js', plugins: [lazyChildProcess, lazyVendors] });
for (const [name, file] of Object.entries(LAZY)) {
  await build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: '.', loader: 'js' }, outfile: `dist/${file}` });
}
// The fast path for --version and help: the commands' tables and the help renderer, no commander.
await build({ ...common, entryPoints: ['src/fast.ts'], outfile: 'dist/fast.js' });
copyFileSync('scripts/boot.js', 'dist/boot.js');

rmSync('dist/xensummit.js.cache', { force: true });
const warm = spawnSync(process.execPath, ['bin/xensummit', 'schedule'], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
if (warm.status !== 0) throw new Error(`the built CLI failed its first run (exit ${warm.status})`);
