/**
 * The workshop view shows content one idea per screen, in type large enough for the back of a
 * room. These pure functions cut content into slides; the pages decide which content, and
 * src/components/trainer/WorkshopView.astro shows them.
 */

/** One screen of the workshop view, after the title slide. */
export interface Slide {
  /** What the slide belongs to: "What it looks like in practice", a section title. */
  heading: string;
  /** Where in that part it is: "2 of 5", or an indicator ID. */
  part?: string;
  /** Exactly one of text, items or html. */
  text?: string;
  items?: string[];
  /** Rendered from the data's Markdown subset (src/lib/content/markdown.ts), so safe to insert. */
  html?: string;
  /** Content shown in English on a page in another language. */
  fallback: boolean;
  size: SlideSize;
  /**
   * The ID of the part this slide opens (a module section), so that `#<id>` opens the view there:
   * trainers can share a link to the one section they present.
   */
  anchor?: string;
}

export type SlideSize = 'large' | 'medium' | 'small' | 'dense';

/**
 * Type size for a slide's text, by its length in characters, so that a slide fits one screen of
 * a 1280×720 projector: a principle's summary in large type, a long list in smaller type.
 * Characters rather than words, so languages written without spaces are measured the same way.
 */
export function slideSize(text: string): SlideSize {
  const length = text.replace(/\s+/g, ' ').trim().length;
  if (length <= 200) return 'large';
  if (length <= 450) return 'medium';
  if (length <= 900) return 'small';
  return 'dense';
}

const listMarker = /^(?:[-*+]|\d+[.)])\s/;

function listKind(block: string): 'bullet' | 'number' | undefined {
  const match = listMarker.exec(block);
  if (!match) return undefined;
  return /^\d/.test(match[0]) ? 'number' : 'bullet';
}

/**
 * A Markdown body (paragraphs and lists only) cut into the blocks a slide shows: each paragraph,
 * each whole list. A paragraph that ends with a colon stays with the list it introduces ("This
 * shapes your work:" means nothing alone). Blank-line-separated parts of one list (a loose list,
 * or a list item's second paragraph) stay together, so every block is valid Markdown that renders
 * as the same elements it did in the whole body.
 */
export function markdownBlocks(body: string): string[] {
  const chunks = body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.replace(/^\n+|\s+$/g, ''))
    .filter((chunk) => chunk.trim() !== '');
  const blocks: string[] = [];
  let previousKind: 'bullet' | 'number' | 'paragraph' | undefined;
  for (const chunk of chunks) {
    const kind = listKind(chunk) ?? 'paragraph';
    const continuesList = previousKind !== undefined && previousKind !== 'paragraph' && (/^[ \t]/.test(chunk) || kind === previousKind);
    const introduced = previousKind === 'paragraph' && kind !== 'paragraph' && /:\s*$/.test(blocks.at(-1) ?? '');
    if (continuesList || introduced) blocks[blocks.length - 1] += `\n\n${chunk}`;
    else blocks.push(chunk);
    // An indented chunk continues the list before it; it does not change what comes next.
    if (!/^[ \t]/.test(chunk)) previousKind = kind;
  }
  return blocks;
}
