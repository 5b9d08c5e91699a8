/**
 * HTML (as schedules carry it in abstracts and descriptions) turned into plain text: tags dropped,
 * paragraphs and line breaks kept as line breaks, list items as "- ", a link's address after its
 * text, entities decoded (@nodable/entities, the HTML entity table fast-xml-parser uses). The result
 * still goes through show(), so nothing in it can drive the terminal.
 */
import { show } from './text';

let decoder: { decode(text: string): string } | undefined;

function decode(text: string): string {
  if (!text.includes('&')) return text;
  if (decoder === undefined) {
    const { EntityDecoder, ALL_ENTITIES } = require('@nodable/entities') as typeof import('@nodable/entities');
    decoder = new EntityDecoder({ namedEntities: ALL_ENTITIES });
  }
  return decoder.decode(text);
}

const BLOCK = /<\/?(?:p|div|h[1-6]|ul|ol|table|tr|blockquote|pre|section|article|header|footer)\b[^>]*>/gi;

/** Plain text of `html`, paragraphs separated by one empty line, no line longer than it was. */
export function plainText(html: string): string {
  const text = html
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<a\b[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a\s*>/gi, (_, dq, sq, inner) => {
      const href = decode(dq ?? sq ?? '').trim();
      const label = inner.replace(/<[^>]*>/g, '').trim();
      return href === '' || decode(label) === href ? inner : `${inner} (${href})`;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decode(text)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text of `html`, safe for the terminal. */
export function plainShown(html: string): string {
  return plainText(html).split('\n').map(show).join('\n');
}
