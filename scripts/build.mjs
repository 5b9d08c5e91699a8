// Bundles the CLI into one CommonJS file for Node 20+ (start-up reads and compiles one file),
// writes the man page (dist/xensummit.1) from the commands' tables, then runs the CLI once as a smoke test. V8's code cache is the user's (see src/boot.ts).
import { build } from 'esbuild';
import { common, lazyChildProcess } from './bundle-options.mjs';

/**
 * The XML parser and the HTML entity table are needed only for a schedule.xml (and `show`'s HTML):
 * each goes into a bundle of its own beside the CLI's, required on first use, so that every other
 * start reads and compiles (or deserialises) about 170 KB less.
 */
const LAZY = {
  'fast-xml-parser': 'vendor-fast-xml-parser.js',
  '@nodable/entities': 'vendor-entities.js',
  undici: 'vendor-undici.js',
  // Only for text and tables the tool's own code does not lay out (src/render/wrap.ts, table.ts, grid.ts).
  'cli-table3': 'vendor-cli-table3.js',
  'wrap-ansi': 'vendor-wrap-ansi.js',
  'string-width': 'vendor-string-width.js',
};
const lazyVendors = {
  name: 'lazy-vendors',
  setup(b) {
    // Exactly the names in LAZY.
    const filter = new RegExp(`^(${Object.keys(LAZY).map((n) => n.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => ({ path: `./${LAZY[args.path]}`, external: true }));
  },
};
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

// The bundled venue's zone, worked out ahead for 1970-2037 from the time-zone database (see
// src/core/zone-table.ts): the commonest runs then need no Intl formatter, Node's costliest start-up item.
await build({ ...common, entryPoints: ['src/core/zone-table.ts'], outfile: 'dist/zone-table.cjs' });
const { buildZoneTable } = createRequire(import.meta.url)('../dist/zone-table.cjs');
rmSync('dist/zone-table.cjs');
const venueZone = JSON.parse(readFileSync('data/summit.json', 'utf8')).venue.timeZone;
const zoneTables = {
  name: 'zone-tables',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]zone-tables\.ts$/ }, () => ({
      contents: `export const PRECOMPUTED = ${JSON.stringify({ [venueZone]: buildZoneTable(venueZone, 1970, 2038) })};`,
      loader: 'js',
    }));
  },
};
// undici (for a proxy) is required only when --data is a URL and a proxy is set: it has a bundle of
// its own (it would make the CLI's three times as large), so the package needs no dependencies.
await build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/xensummit.js', plugins: [lazyChildProcess, zoneTables, lazyVendors] });
for (const [name, file] of Object.entries(LAZY)) {
  await build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: '.', loader: 'js' }, outfile: `dist/${file}` });
}
// The fast path for --version and help: the commands' tables and the help renderer, no commander.
await build({ ...common, entryPoints: ['src/fast.ts'], outfile: 'dist/fast.js' });
rmSync('dist/boot.js', { force: true });

// The man page, from the same tables as help and completion: bundled in memory, run, written.
const man = await build({
  ...common,
  stdin: {
    contents: [
      "export { renderMan } from './src/render/man';",
      "export { helpFor } from './src/commands/help';",
      "export { PRERENDERED_WIDTH } from './src/start';",
      "export { SPECS } from './src/commands/specs';",
      "export { ENVIRONMENT } from './src/environment';",
      "export { VERSION } from './src/version';",
    ].join('\n'),
    resolveDir: '.',
    loader: 'ts',
    sourcefile: 'man-entry.ts',
  },
  write: false,
});
const manModule = { exports: {} };
new Function('module', 'exports', 'require', man.outputFiles[0].text)(manModule, manModule.exports, createRequire(import.meta.url));
const { renderMan, helpFor, PRERENDERED_WIDTH, SPECS, ENVIRONMENT, VERSION } = manModule.exports;
writeFileSync('dist/xensummit.1', renderMan({ specs: SPECS, environment: ENVIRONMENT, version: VERSION }));
// Help as output that is not a terminal gets it, for the fast path (src/start.ts): the tool's ('') and each command's.
const help = Object.fromEntries([['', helpFor(SPECS, undefined, PRERENDERED_WIDTH)], ...SPECS.map((spec) => [spec.name, helpFor(SPECS, spec.name, PRERENDERED_WIDTH)])]);
writeFileSync('dist/help.json', JSON.stringify(help));
// What bin/xensummit loads first: the output writers and the bundle's loader, which keeps a code
// cache per command and so is told the command names.
const commandNames = JSON.stringify(SPECS.map((spec) => spec.name));
await build({ ...common, entryPoints: ['src/start.ts'], outfile: 'dist/start.js', define: { XENSUMMIT_COMMANDS: commandNames } });

// No code cache is written here: it belongs to the user's Node and flags (see src/boot.ts).
rmSync('dist/xensummit.js.cache', { force: true });
const smoke = spawnSync(process.execPath, ['bin/xensummit', 'schedule'], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
if (smoke.status !== 0) throw new Error(`the built CLI failed its first run (exit ${smoke.status})`);
