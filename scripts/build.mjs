// Bundles the CLI into one CommonJS file for Node 20+, so start-up loads one file.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/xensummit.js',
  legalComments: 'none',
  logLevel: 'warning',
});
