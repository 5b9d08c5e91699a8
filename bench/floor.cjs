// The floor for a data file: read it, parse it, and write it out again, as bare Node.
const text = require('node:fs').readFileSync(process.argv[2], 'utf8');
process.stdout.write(JSON.stringify(JSON.parse(text)));
