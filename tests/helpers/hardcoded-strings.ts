import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from '@astrojs/compiler-rs';

/**
 * Finds user-visible text written directly in Astro components, pages and client scripts instead
 * of going through the UI-string files (src/i18n/). Such text stays English in every language.
 *
 * It reads the syntax tree Astro's own compiler produces (frontmatter, template and `<script>`
 * programs in one tree) and reports:
 * - text in the template (`<p>Close</p>`), except inside code, pre, kbd, samp and style;
 * - static values of attributes people see or hear: aria-label, title, alt, placeholder, label,
 *   the value of input buttons, meta content, data-* attributes that carry labels or messages,
 *   and the title, label, description… props of components;
 * - string literals rendered directly (`{open ? 'Close' : 'Open'}`), or written into the page
 *   by a script (`el.textContent = 'Saved'`, `setAttribute('aria-label', 'Menu')`), or given to
 *   a property named like a label (`{ label: 'Save' }`);
 * - any other string literal that reads like a phrase (two words or more), except error
 *   messages for developers, console output, imports, types and CSS selectors.
 */

export interface Finding {
  /** Repository-relative path. */
  file: string;
  line: number;
  /** The text found, trimmed. */
  text: string;
  /** Where it was found, e.g. `text`, `attribute aria-label`, `script string`. */
  where: string;
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const letter = /\p{L}/u;
const phrase = /\p{L}{2,}[\s\u00a0]+\p{L}/u;

/** Attributes whose value people see or hear, on any element. */
const visibleAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
  'set:text',
  'set:html',
]);
/** Props of components (capitalised tags) and object properties that usually carry display text. */
const visibleProps = new Set([
  'title',
  'label',
  'description',
  'text',
  'caption',
  'heading',
  'summary',
  'message',
  'tagline',
  'alt',
  'placeholder',
  'ariaLabel',
  'aria-label',
]);
/** data-* attributes named like this hand a client script text to show. */
const dataTextName = /^data-.*(label|text|message|title|error|announce|status|hint|description|caption|name)/;
/** Elements whose text is code or styling, never prose to translate. */
const codeElements = new Set(['code', 'pre', 'kbd', 'samp', 'style']);
/** DOM properties that put text on the page. */
const textSinks = new Set([
  'textContent',
  'innerText',
  'innerHTML',
  'outerHTML',
  'title',
  'placeholder',
  'alt',
  'label',
  'ariaLabel',
  'ariaDescription',
  'ariaValueText',
  'ariaRoleDescription',
]);
/** DOM methods whose string arguments become page text. */
const textMethods = new Set(['append', 'prepend', 'replaceChildren', 'createTextNode', 'insertAdjacentText', 'insertAdjacentHTML', 'alert', 'confirm', 'prompt', 'before', 'after', 'replaceWith']);
/** Calls whose string arguments are never shown to readers. */
const silentCalls = /^(querySelector|querySelectorAll|closest|matches|getAttribute|hasAttribute|removeAttribute|toggleAttribute|getElementById|getElementsByClassName|getElementsByTagName|addEventListener|removeEventListener|dispatchEvent|createElement|add|remove|toggle|contains|getPropertyValue|setProperty|t|getCollection|getEntry|glob|fetch|URL|RegExp)$/;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function children(node: Node): Node[] {
  const result: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'start' || key === 'end') continue;
    if (Array.isArray(value)) result.push(...value.filter(isNode));
    else if (isNode(value)) result.push(value);
  }
  return result;
}

function jsxName(name: unknown): string {
  if (!isNode(name)) return '';
  if (name.type === 'JSXIdentifier') return String(name.name);
  if (name.type === 'JSXNamespacedName') return `${jsxName(name.namespace)}:${jsxName(name.name)}`;
  if (name.type === 'JSXMemberExpression') return `${jsxName(name.object)}.${jsxName(name.property)}`;
  return '';
}

function calleeName(callee: unknown): string {
  if (!isNode(callee)) return '';
  if (callee.type === 'Identifier') return String(callee.name);
  if (callee.type === 'MemberExpression' && isNode(callee.property) && callee.property.type === 'Identifier') {
    return String(callee.property.name);
  }
  return '';
}

function calleeObject(callee: unknown): string {
  return isNode(callee) && callee.type === 'MemberExpression' && isNode(callee.object) && callee.object.type === 'Identifier'
    ? String(callee.object.name)
    : '';
}

/** The string pieces an expression renders as text when placed in the page. */
function renderedStrings(expr: unknown): Array<{ node: Node; text: string }> {
  if (!isNode(expr)) return [];
  switch (expr.type) {
    case 'Literal':
      return typeof expr.value === 'string' ? [{ node: expr, text: expr.value }] : [];
    case 'TemplateLiteral':
      return (expr.quasis as Node[]).map((q) => ({ node: q, text: String((q.value as { cooked?: string }).cooked ?? '') }));
    case 'ConditionalExpression':
      return [...renderedStrings(expr.consequent), ...renderedStrings(expr.alternate)];
    case 'LogicalExpression':
      return [...(expr.operator === '&&' ? [] : renderedStrings(expr.left)), ...renderedStrings(expr.right)];
    case 'BinaryExpression':
      return expr.operator === '+' ? [...renderedStrings(expr.left), ...renderedStrings(expr.right)] : [];
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
      return renderedStrings(expr.expression);
    case 'ArrayExpression':
      return (expr.elements as unknown[]).flatMap(renderedStrings);
    default:
      return [];
  }
}

class Linter {
  readonly findings: Finding[] = [];
  private readonly reported = new Set<number>();

  constructor(
    private readonly source: string,
    private readonly file: string,
    /** Characters added before the source (a script wrapped as frontmatter). */
    private readonly offset = 0,
  ) {}

  private lineOf(position: number): number {
    return this.source.slice(0, Math.max(0, position - this.offset)).split('\n').length;
  }

  private report(node: Node, text: string, where: string, test: RegExp = letter): void {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!test.test(trimmed) || this.reported.has(node.start)) return;
    this.reported.add(node.start);
    this.findings.push({ file: this.file, line: this.lineOf(node.start), text: trimmed, where });
  }

  /** Walks a tree; `inCode` is false inside template markup and true in JavaScript. */
  walk(node: Node, context: { inCode: boolean; silent?: boolean }): void {
    switch (node.type) {
      case 'JSXElement':
        return this.element(node);
      case 'JSXFragment':
        for (const child of children(node)) this.walk(child, { inCode: false });
        return;
      case 'JSXText':
        if (!context.inCode) this.report(node, String(node.value), 'text');
        return;
      case 'JSXExpressionContainer':
        for (const piece of renderedStrings(node.expression)) this.report(piece.node, piece.text, 'rendered string');
        if (isNode(node.expression)) this.walk(node.expression, { inCode: true });
        return;
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ImportExpression':
        return;
      case 'ExportNamedDeclaration':
        if (isNode(node.declaration)) this.walk(node.declaration, context);
        return;
      case 'ThrowStatement':
        return;
      case 'NewExpression':
      case 'CallExpression': {
        const name = calleeName(node.callee);
        const object = calleeObject(node.callee);
        if (/Error$/.test(name) || object === 'console') return;
        const args = node.arguments as Node[];
        if (name === 'setAttribute' && args[0]?.type === 'Literal' && visibleAttributes.has(String(args[0].value))) {
          for (const piece of renderedStrings(args[1])) this.report(piece.node, piece.text, `script attribute ${args[0].value}`);
        }
        if (textMethods.has(name)) {
          for (const arg of args) for (const piece of renderedStrings(arg)) this.report(piece.node, piece.text, `script ${name}()`);
        }
        if (isNode(node.callee)) this.walk(node.callee, context);
        for (const arg of args) this.walk(arg, { inCode: true, silent: context.silent || silentCalls.test(name) });
        return;
      }
      case 'AssignmentExpression': {
        const left = node.left as Node;
        if (left.type === 'MemberExpression' && textSinks.has(calleeName(left))) {
          for (const piece of renderedStrings(node.right)) this.report(piece.node, piece.text, `script ${calleeName(left)}`);
        }
        break;
      }
      case 'Property': {
        const key = node.key as Node;
        const keyName = key.type === 'Identifier' ? String(key.name) : key.type === 'Literal' ? String(key.value) : '';
        if (visibleProps.has(keyName)) {
          for (const piece of renderedStrings(node.value)) this.report(piece.node, piece.text, `property ${keyName}`);
        }
        break;
      }
      case 'Literal':
        if (typeof node.value === 'string' && !context.silent) this.report(node, node.value, 'string', phrase);
        return;
      case 'TemplateElement':
        if (!context.silent) this.report(node, String((node.value as { cooked?: string }).cooked ?? ''), 'string', phrase);
        return;
      case 'AstroScript':
        if (isNode(node.program)) this.walk(node.program, { inCode: true });
        return;
      default:
        if (node.type.startsWith('TS') && node.type !== 'TSAsExpression' && node.type !== 'TSNonNullExpression' && node.type !== 'TSSatisfiesExpression') return;
    }
    for (const child of children(node)) this.walk(child, context);
  }

  private element(node: Node): void {
    const opening = node.openingElement as Node;
    const tag = jsxName(opening.name);
    const isComponent = /^[A-Z]/.test(tag) || tag.includes('.');
    const attributes = (opening.attributes as Node[]).filter((a) => a.type === 'JSXAttribute');
    const staticValue = (name: string) => {
      const attr = attributes.find((a) => jsxName(a.name) === name);
      return attr && isNode(attr.value) && attr.value.type === 'Literal' ? String(attr.value.value) : undefined;
    };
    for (const attribute of opening.attributes as Node[]) {
      if (attribute.type !== 'JSXAttribute') {
        this.walk(attribute, { inCode: true });
        continue;
      }
      const name = jsxName(attribute.name);
      const visible =
        visibleAttributes.has(name) ||
        (isComponent && visibleProps.has(name)) ||
        (name === 'value' && tag === 'input' && /^(submit|button|reset)$/.test(staticValue('type') ?? '')) ||
        (name === 'content' && tag === 'meta') ||
        dataTextName.test(name);
      const value = attribute.value;
      if (!isNode(value)) continue;
      if (value.type === 'Literal') {
        if (visible) this.report(value, String(value.value), `attribute ${name}`);
        else if (name.startsWith('data-')) this.report(value, String(value.value), `attribute ${name}`, phrase);
      } else if (value.type === 'JSXExpressionContainer' && isNode(value.expression)) {
        if (visible) for (const piece of renderedStrings(value.expression)) this.report(piece.node, piece.text, `attribute ${name}`);
        // Classes, URLs and other invisible values may read like phrases; only their markup matters.
        this.walk(value.expression, { inCode: true, silent: !visible });
      } else {
        this.walk(value, { inCode: false });
      }
    }
    if (codeElements.has(tag)) return;
    for (const child of node.children as Node[]) this.walk(child, { inCode: false });
  }
}

function parseAstro(source: string, file: string): Node {
  const { ast, diagnostics } = parse(source);
  const errors = diagnostics.filter((d) => (d as { severity?: string }).severity === 'error');
  if (errors.length > 0) throw new Error(`${file} could not be parsed: ${JSON.stringify(errors[0])}`);
  return ast as Node;
}

/** Findings in one Astro file (frontmatter, template and scripts). */
export function lintAstro(source: string, file: string): Finding[] {
  const linter = new Linter(source, file);
  const ast = parseAstro(source, file);
  if (isNode(ast.frontmatter)) linter.walk(ast.frontmatter, { inCode: true });
  for (const node of ast.body as Node[]) linter.walk(node, { inCode: false });
  return linter.findings;
}

/**
 * Findings in one client-side TypeScript or JavaScript module. Astro's compiler parses it as the
 * frontmatter of an empty component, so one parser reads both kinds of file.
 */
export function lintScript(source: string, file: string): Finding[] {
  const fence = '---\n';
  const linter = new Linter(source, file, fence.length);
  const ast = parseAstro(`${fence}${source}\n---\n`, file);
  if (isNode(ast.frontmatter)) linter.walk(ast.frontmatter, { inCode: true });
  return linter.findings;
}

function filesUnder(dir: string, extension: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => extension.test(path) && statSync(path).isFile())
    .sort();
}

const scriptExtensions = ['.ts', '.js', '.mts', '.mjs'];

function resolveModule(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, ...scriptExtensions.map((e) => base + e), ...scriptExtensions.map((e) => join(base, `index${e}`))];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile() && scriptExtensions.some((e) => path.endsWith(e)));
}

function importsOf(program: Node): string[] {
  return (program.body as Node[])
    .filter((n) => (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration') && isNode(n.source))
    .map((n) => String((n.source as Node).value));
}

/**
 * The modules that run in the browser: everything a component's `<script>` imports, directly or
 * not, plus any script file kept next to the components.
 */
export function clientModules(srcDir: string): string[] {
  const found = new Set<string>(filesUnder(join(srcDir, 'components'), /\.(ts|js|mts|mjs)$/));
  const queue: string[] = [...found];
  for (const file of filesUnder(srcDir, /\.astro$/)) {
    const ast = parseAstro(readFileSync(file, 'utf8'), file);
    const scripts: Node[] = [];
    const collect = (node: Node) => {
      if (node.type === 'AstroScript' && isNode(node.program)) scripts.push(node.program);
      else for (const child of children(node)) collect(child);
    };
    for (const node of ast.body as Node[]) collect(node);
    for (const program of scripts) {
      for (const specifier of importsOf(program)) {
        const resolved = resolveModule(file, specifier);
        if (resolved && !found.has(resolved)) {
          found.add(resolved);
          queue.push(resolved);
        }
      }
    }
  }
  while (queue.length > 0) {
    const file = queue.pop()!;
    const ast = parseAstro(`---\n${readFileSync(file, 'utf8')}\n---\n`, file);
    if (!isNode(ast.frontmatter)) continue;
    for (const specifier of importsOf(ast.frontmatter.program as Node)) {
      const resolved = resolveModule(file, specifier);
      if (resolved && !found.has(resolved)) {
        found.add(resolved);
        queue.push(resolved);
      }
    }
  }
  return [...found].sort();
}

/** Every finding in a source tree: its Astro files and its client modules. */
export function lintProject(srcDir: string, rootDir: string): Finding[] {
  const rel = (path: string) => relative(rootDir, path).split(sep).join('/');
  return [
    ...filesUnder(srcDir, /\.astro$/).flatMap((file) => lintAstro(readFileSync(file, 'utf8'), rel(file))),
    ...clientModules(srcDir).flatMap((file) => lintScript(readFileSync(file, 'utf8'), rel(file))),
  ];
}
