/** The tool's version; test/cli.test.ts checks it against package.json. */
export const VERSION = '1.0.0';
