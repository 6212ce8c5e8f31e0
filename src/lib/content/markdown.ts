/**
 * The Markdown that content bodies (module sections and scenarios) may use: paragraphs, bulleted
 * and numbered lists, bold and italic. No raw HTML, links, images, headings (the page supplies
 * the heading), tables or code. Data is trusted, but keeping it to this subset keeps every page
 * printable, translatable and free of markup a translator could break.
 *
 * Works on the Markdown syntax tree (mdast) as remark builds it; pure, so the build and the tests
 * share it (src/site/markdown.ts).
 */

export const allowedMarkdownNodes = new Set(['root', 'paragraph', 'text', 'strong', 'emphasis', 'list', 'listItem']);

interface TreeNode {
  type: string;
  children?: TreeNode[];
  position?: { start: { line: number } };
}

/** One message per node outside the subset, e.g. `line 3: heading is not allowed`. */
export function markdownSubsetProblems(tree: TreeNode): string[] {
  const problems: string[] = [];
  const visit = (node: TreeNode) => {
    if (!allowedMarkdownNodes.has(node.type)) {
      const line = node.position ? `line ${node.position.start.line}: ` : '';
      problems.push(`${line}${node.type} is not allowed (only paragraphs, lists, bold and italic)`);
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
