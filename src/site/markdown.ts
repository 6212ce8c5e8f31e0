import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { markdownSubsetProblems } from '../lib/content/markdown';

/**
 * Renders Markdown bodies from content data (module sections and scenarios) at build time.
 * Only the subset in src/lib/content/markdown.ts is accepted; anything else fails the build with
 * the entry named, so no raw HTML, link or heading ever reaches a page.
 */

let renderer: Promise<MarkdownRenderer> | undefined;

function remarkAllowedSubset() {
  return (tree: Parameters<typeof markdownSubsetProblems>[0]) => {
    const problems = markdownSubsetProblems(tree);
    if (problems.length > 0) throw new Error(problems.join('; '));
  };
}

function markdownRenderer(): Promise<MarkdownRenderer> {
  renderer ??= createMarkdownProcessor({
    syntaxHighlight: false,
    gfm: false,
    remarkPlugins: [remarkGfm, remarkAllowedSubset],
  });
  return renderer;
}

/** HTML for a body; `label` names the entry in errors, e.g. `modules [M1.normal-reactions]`. */
export async function renderMarkdown(body: string, label: string): Promise<string> {
  const markdown = await markdownRenderer();
  try {
    return (await markdown.render(body)).code;
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message.split('\n').pop()}`);
  }
}
