// Preloaded with --require: reports the process's peak resident memory (KiB) on file descriptor 3.
process.on('exit', () => {
  try {
    require('node:fs').writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // Not started by the benchmark: nothing to report to.
  }
});
