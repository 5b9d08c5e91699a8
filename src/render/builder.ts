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
