// Removes the suite's own cache and state folders (see global-setup.js).
const { rmSync } = require('node:fs');

module.exports = () => {
  if (process.env.XENSUMMIT_SUITE_DIR) rmSync(process.env.XENSUMMIT_SUITE_DIR, { recursive: true, force: true });
};
