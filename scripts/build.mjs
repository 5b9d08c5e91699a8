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
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/xensummit.js',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyChildProcess],
});
copyFileSync('scripts/boot.js', 'dist/boot.js');

// Help text is fixed for a build (80 columns, see src/cli.ts): keep a copy of each command's,
// so that `xensummit [COMMAND] --help` is answered without loading the CLI (bin/xensummit).
const help = (args) => {
  const r = spawnSync(process.execPath, ['dist/xensummit.js', ...args, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`xensummit ${args.join(' ')} --help failed: ${r.stderr}`);
  return r.stdout;
};
const top = help([]);
const commands = [...top.slice(top.indexOf('Commands:')).matchAll(/^  ([a-z]+) /gm)].map((m) => m[1]).filter((c) => c !== 'help');
const texts = { '': top };
for (const command of commands) texts[command] = help([command]);
writeFileSync('dist/help.json', JSON.stringify(texts));
rmSync('dist/xensummit.js.cache', { force: true });
const warm = spawnSync(process.execPath, ['bin/xensummit', 'schedule', '--at', 'tues 10:45'], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
if (warm.status !== 0) throw new Error(`the built CLI failed its first run (exit ${warm.status})`);
