/**
 * What bin/xensummit loads first, small so that `--version` costs next to nothing: the output
 * writers (src/io/stdout.ts) and the loader of the CLI's bundle with its code cache (src/boot.ts).
 */
export { boot } from './boot';
export { outputIsTerminal, processOutputs } from './io/stdout';
