/** The message for a bug (an error no part of the tool expected): where to report it and what to send. */

/** A command line as a shell would read it back: words quoted only where they need it. */
export function commandLine(argv: readonly string[]): string {
  return ['xensummit', ...argv].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

/** One paragraph naming the tool, its version and the command line, then the stack. */
export function internalError(error: unknown, argv: readonly string[], version: string): string {
  const stack = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  return (
    `xensummit: internal error: a bug in xensummit ${version}, not in what you asked. Please report it to the ` +
    `maintainers of xensummit, where you got it from, with this paragraph, the command line ` +
    `(${commandLine(argv)}) and the lines below.\n${stack}\n`
  );
}
