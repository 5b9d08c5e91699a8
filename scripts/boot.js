'use strict';
// Runs a CommonJS bundle through vm.Script with V8's code cache beside it (FILE.cache).
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

/** A read-only install (a global one owned by root, say) is not asked to write the cache at every run. */
function writable(dir) {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

exports.boot = function boot(file) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  if ((cachedData === undefined || script.cachedDataRejected) && writable(path.dirname(cacheFile))) {
    // Written after the run, so the cache holds the functions it compiled; atomically, so a
    // concurrent run never reads half a cache. A read-only install just goes without.
    try {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temp, script.createCachedData());
      fs.renameSync(temp, cacheFile);
    } catch {
      // No cache: every start compiles, as plain `require` would.
    }
  }
};
