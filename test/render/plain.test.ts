/** HTML from schedules as plain text: never raw tags or entities, never able to drive the terminal. */
import { plainShown, plainText } from '../../src/render/plain';

describe('plainText', () => {
  it('drops tags, keeps paragraphs and line breaks, lists as "- "', () => {
    expect(plainText('<p>One <b>bold</b><br>two</p><p>Three</p><ul><li>a</li><li>b</li></ul>')).toBe('One bold\ntwo\n\nThree\n\n- a\n- b');
  });

  it('decodes named and numeric entities, once', () => {
    expect(plainText('caf&eacute; &amp;lt; &#8220;q&#x201D; &nbsp;x')).toBe('café &lt; “q” x');
  });

  it("gives a link's address after its text, unless the text is the address", () => {
    expect(plainText('<a href="https://example.org/a?x=1&amp;y=2">slides</a>')).toBe('slides (https://example.org/a?x=1&y=2)');
    expect(plainText("<a href='https://example.org'>https://example.org</a>")).toBe('https://example.org');
  });

  it('drops scripts, styles and comments with their content', () => {
    expect(plainText('a<script>alert(1)</script><style>p{}</style><!-- note -->b')).toBe('ab');
  });

  it('leaves plain text as it is, CRLF as line breaks, runs of blank lines as one', () => {
    expect(plainText('Plain  text\r\nnext\n\n\n\nlast')).toBe('Plain text\nnext\n\nlast');
  });
});

describe('plainShown', () => {
  it('makes control characters visible, line breaks kept', () => {
    expect(plainShown('<p>\u001b[31mred</p><p>next</p>')).toBe('\\u{1b}[31mred\n\nnext');
    expect(plainShown('&#27;[2J &#x9b;2J')).not.toMatch(/[\u001b\u009b]/);
  });
});
