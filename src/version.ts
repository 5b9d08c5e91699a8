/** The tool's version, from package.json (the build inlines it). */
import pkg from '../package.json';

export const VERSION: string = pkg.version;
