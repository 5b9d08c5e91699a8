// The whole suite keeps its caches (code caches of the spawned binary, kept parses, zone tables) and any
// state of a spawned run in folders of its own, removed at the end: never the user's ~/.cache or ~/.local/state.
// Set here, before Jest starts its workers, so that every test and every process it spawns inherits them;
// a test about the folder rules passes its own environment.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = () => {
  const root = mkdtempSync(join(tmpdir(), 'xensummit-suite-'));
  process.env.XENSUMMIT_SUITE_DIR = root;
  process.env.XENSUMMIT_CACHE_DIR = join(root, 'cache');
  process.env.XENSUMMIT_STATE_DIR = join(root, 'state');
};
