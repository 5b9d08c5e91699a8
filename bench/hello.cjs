// The floor of this stack, as the start-up issue measured it: a commander hello-world, bundled with
// esbuild (commander's child_process made lazy, as in scripts/build.mjs) and started with V8's code
// cache through the tool's own boot (dist/start.js). Nothing a command could do costs less.
const { Command } = require('commander');
const program = new Command('hello');
program
  .command('now')
  .option('--at <when>')
  .action((options) => require('node:fs').writeSync(1, `hello ${options.at}\n`));
program.parse(process.argv);
