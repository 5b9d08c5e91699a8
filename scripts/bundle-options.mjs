// How the tool's bundles are made (scripts/build.mjs), shared with the bench's floor (bench/run.mjs),
// which must be bundled the same way to be the floor of this stack.

export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  // Whitespace and comments out, names kept (stack traces stay readable): the bundle is 40 % smaller,
  // which every start reads, and V8 parses the functions it compiles. Measured with cachegrind on
  // `now --at`: 12 M fewer instructions of the 43 M the tool adds to Node's own start. Renaming
  // identifiers too measured no better.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

/**
 * An esbuild plugin that gives the imports of `pkg` matching `filter` another module, `contents`,
 * in a namespace `name` (as `name:path` in the bundle).
 */
const standIn = (name, filter, pkg, path, contents) => ({
  name,
  setup(b) {
    const importer = new RegExp(`[\\\\/]node_modules[\\\\/]${pkg}[\\\\/]`);
    b.onResolve({ filter }, (args) => (importer.test(args.importer) ? { path, namespace: name } : undefined));
    b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
  },
});
/**
 * commander requires node:child_process at load, for executable subcommands, which xensummit
 * does not use; loading it (with net and stream) costs about 10 ms of every start. Give
 * commander a stand-in that loads the real module on first use.
 */
export const lazyChildProcess = standIn(
  'lazy-child-process',
  /^(node:)?child_process$/,
  'commander',
  'child_process',
  "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
);
