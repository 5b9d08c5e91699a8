/**
 * A large output, built piece by piece. Millions of small strings joined only at the end (as a rope
 * of `+=` or one array) all stay alive until then, and the garbage collector copies every one of them
 * while the output grows; joined a few hundred at a time into flat chunks, the pieces die young and
 * only the chunks are kept.
 */
export class TextBuilder {
  private readonly chunks: string[] = [];
  private readonly pieces: string[] = [];

  add(text: string): void {
    this.pieces.push(text);
    if (this.pieces.length === 256) {
      this.chunks.push(this.pieces.join(''));
      this.pieces.length = 0;
    }
  }

  /** Everything added so far, as one string. */
  text(): string {
    return this.chunks.join('') + this.pieces.join('');
  }
}

/**
 * Lines into one text, as joinLines (src/render/text.ts) joins them: each line ends with a newline,
 * and empty lines at the end are left out. The lines go into flat chunks as they come, so that a
 * long text's lines die young instead of all living until the join.
 */
export class LineBuilder {
  private readonly out = new TextBuilder();
  /** Empty lines not written yet: they are written only when a line with text follows. */
  private blank = 0;

  add(line: string): void {
    if (line === '') {
      this.blank++;
      return;
    }
    for (; this.blank > 0; this.blank--) this.out.add('\n');
    this.out.add(`${line}\n`);
  }

  text(): string {
    return this.out.text();
  }
}
