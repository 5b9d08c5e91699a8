// The floor for a schedule.xml: read it and parse it with fast-xml-parser (attributes kept), as bare Node.
const { XMLParser } = require('fast-xml-parser');
const text = require('node:fs').readFileSync(process.argv[2], 'utf8');
new XMLParser({ ignoreAttributes: false }).parse(text);
