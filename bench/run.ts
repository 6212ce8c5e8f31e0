// `npm run bench`: builds Lantern and a bare Starlight site holding the same content, then measures
// what a first visit costs on each, Pagefind's index per locale and Lighthouse's scores, prints a
// table and the budget lines (PASS/FAIL), and writes bench/results.json. README.md ("Benchmark")
// explains how to read it. Runs under plain Node 24 (type stripping): imports carry `.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { launchChromium } from '../tests/helpers/browser.ts';
import { representatives, htmlPages, type TypedPage } from '../tests/helpers/page-types.ts';
import { Visitor } from '../tests/helpers/visit.ts';
import { brotliSize, fileFor, gzipSize, isCompressible, serveCompressed } from './server.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const distDir = join(root, 'dist');
const bareDir = join(root, 'bench', 'bare');
const bareContentDir = join(bareDir, 'src', 'content', 'docs');
const outDir = join(root, 'bench', 'out');
const bareDist = join(outDir, 'bare');
const resultsFile = join(root, 'bench', 'results.json');
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const chromePath = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

/** The page kinds the benchmark reports on, found among the English page types of the build. */
const kinds: Array<{ name: string; matches: (type: string) => boolean }> = [
  { name: 'home', matches: (type) => type === '/' },
  { name: 'principle', matches: (type) => type === '/principles/*/' },
  { name: 'standard', matches: (type) => type === '/standards/*/' },
  { name: 'checklist', matches: (type) => /^\/checklists\/[^/*]+\/$/.test(type) },
  { name: 'self-assessment', matches: (type) => type === '/self-assessment/' },
  { name: 'module', matches: (type) => type === '/training/*/' },
  { name: 'baseline', matches: (type) => /^\/baseline\/[^/*]+\/$/.test(type) },
];

const budgets = {
  contentWeightRatio: 1.2,
  interactiveOwnJsBytes: 30 * 1024,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
  buildSeconds: 120,
};

type Category = 'html' | 'css' | 'js' | 'fonts' | 'other';
type Sizes = Record<Category, { raw: number; gzip: number; brotli: number }>;

interface Weight {
  url: string;
  requests: number;
  sizes: Sizes;
  /** HTML + CSS + JS + fonts, brotli. */
  total: number;
  scripts: Array<{ stem: string; brotli: number; gzip: number }>;
  inlineScripts: string[];
  customElements: string[];
  hasForm: boolean;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const sitePort = await freePort();
  const barePort = await freePort();
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const bareUrl = `http://127.0.0.1:${barePort}`;

  log('Building Lantern (all locales)…');
  const buildSeconds = astroBuild(['build'], siteUrl, 'build.log');
  const pages = htmlPages(distDir);
  log(`  ${pages.length} pages in ${buildSeconds.toFixed(1)} s`);

  const english = representatives(pages).filter((p) => p.locale === 'en');
  const found = kinds.map((kind) => ({ kind: kind.name, page: english.find((p) => kind.matches(p.type)) }));
  const measured = found.filter((f): f is { kind: string; page: TypedPage } => f.page !== undefined);

  log('Building bare Starlight with the same content…');
  writeBareContent(measured);
  const bareBuildSeconds = astroBuild(['build', '--root', bareDir, '--outDir', bareDist], bareUrl, 'bare-build.log');
  log(`  done in ${bareBuildSeconds.toFixed(1)} s`);

  const site = await serveCompressed(distDir, sitePort);
  const bare = await serveCompressed(bareDist, barePort);
  try {
    log('Measuring first visits in Chromium…');
    const browser = await launchChromium();
    const visitor = await Visitor.open(browser);
    const weights: Array<{ kind: string; page: TypedPage; lantern: Weight; bare: Weight }> = [];
    for (const { kind, page } of measured) {
      const lantern = await measure(visitor, site.url, distDir, page.path);
      const barePage = await measure(visitor, bare.url, bareDist, barePath(kind));
      weights.push({ kind, page, lantern, bare: barePage });
    }
    await browser.close();

    const pagefind = pagefindSizes();

    log(`Running Lighthouse (mobile, simulated slow 4G, median of ${lighthouseRuns})…`);
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    });
    const scores: Record<string, Scores> = {};
    try {
      for (const { kind, page } of measured) scores[kind] = await lighthouseScores(chrome.port, site.url + page.path);
      const reference = measured.find((m) => m.kind === 'principle') ?? measured[0];
      if (reference) scores['bare Starlight'] = await lighthouseScores(chrome.port, bare.url + barePath(reference.kind));
    } finally {
      chrome.kill();
    }

    const report = buildReport({ pages: pages.length, buildSeconds, found, weights, pagefind, scores });
    writeFileSync(resultsFile, JSON.stringify(report.json, null, 2) + '\n');
    console.log('\n' + report.text);
    log(`\nWrote ${resultsFile.slice(root.length)}`);
  } finally {
    await site.close();
    await bare.close();
  }
}

function log(message: string): void {
  console.error(message);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs `astro …` with Node 24, SITE_URL set; returns the wall-clock seconds it took. */
function astroBuild(args: string[], siteUrl: string, logName: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [astroBin, ...args], {
    cwd: root,
    env: { ...process.env, SITE_URL: siteUrl },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(join(outDir, logName), `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`astro ${args.join(' ')} failed; see bench/out/${logName}`);
  return seconds;
}

function barePath(kind: string): string {
  return kind === 'home' ? '/' : `/${kind}/`;
}

/**
 * One page in bare Starlight per kind measured, with the Lantern page's title, description and
 * rendered content (as raw HTML in Markdown), so the comparison is about what Lantern adds around
 * the same text. Scripts are left out: they are what is being compared.
 */
function writeBareContent(measured: Array<{ kind: string; page: TypedPage }>): void {
  rmSync(bareContentDir, { recursive: true, force: true });
  mkdirSync(bareContentDir, { recursive: true });
  for (const { kind, page } of measured) {
    const $ = load(readFileSync(fileFor(distDir, page.path)!, 'utf8'));
    $('main script').remove();
    const splash = $('.hero').length > 0;
    const content = [splash ? $.html($('.hero').first()) : '', $('main .sl-markdown-content').first().html() ?? ''].join('\n');
    const body = content
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
    const title = $('main h1').first().text().trim() || $('title').text();
    const description = $('meta[name="description"]').attr('content') ?? '';
    const frontmatter = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `description: ${JSON.stringify(description)}`,
      ...(splash ? ['template: splash'] : []),
      '---',
    ].join('\n');
    writeFileSync(join(bareContentDir, kind === 'home' ? 'index.md' : `${kind}.md`), `${frontmatter}\n\n${body}\n`);
  }
}

function emptySizes(): Sizes {
  const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
  return { html: zero(), css: zero(), js: zero(), fonts: zero(), other: zero() };
}

function categoryOf(resourceType: string): Category {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'fonts';
    default:
      return 'other';
  }
}

/** `Search.astro_astro_type_script_index_0_lang.BM1OvhEn.js` → `Search.astro_astro_type_script_index_0_lang`. */
function stemOf(url: string): string {
  return basename(new URL(url).pathname).replace(/\.[A-Za-z0-9_-]+\.m?js$/, '');
}

/** A first visit: every file the browser requests, sized raw and compressed. */
async function measure(visitor: Visitor, origin: string, dir: string, path: string): Promise<Weight> {
  await visitor.visit(origin + path);
  const sizes = emptySizes();
  const scripts: Weight['scripts'] = [];
  const seen = new Set<string>();
  for (const request of visitor.requests.requests) {
    const url = new URL(request.url);
    if (url.origin !== origin || seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const file = fileFor(dir, url.pathname);
    if (!file) continue;
    const data = readFileSync(file);
    const compressible = isCompressible(file);
    const size = { raw: data.length, gzip: compressible ? gzipSize(data) : data.length, brotli: compressible ? brotliSize(data) : data.length };
    const category = categoryOf(request.resourceType);
    sizes[category].raw += size.raw;
    sizes[category].gzip += size.gzip;
    sizes[category].brotli += size.brotli;
    if (category === 'js') scripts.push({ stem: stemOf(request.url), brotli: size.brotli, gzip: size.gzip });
  }
  const $ = load(readFileSync(fileFor(dir, path)!, 'utf8'));
  const inlineScripts = $('script:not([src])')
    .filter((_, el) => !/json/.test($(el).attr('type') ?? ''))
    .map((_, el) => $(el).text().trim())
    .get();
  const customElements = [...new Set($('*').map((_, el) => ('tagName' in el ? el.tagName : '')).get().filter((tag) => tag.includes('-')))];
  return {
    url: path,
    requests: seen.size,
    sizes,
    total: sizes.html.brotli + sizes.css.brotli + sizes.js.brotli + sizes.fonts.brotli,
    scripts,
    inlineScripts,
    customElements,
    hasForm: $('form').length > 0,
  };
}

/**
 * JavaScript the Lantern page ships that the same page in bare Starlight does not: script files
 * whose name Starlight's page lacks, growth of files both have (a shared chunk that took in
 * Lantern code), and inline scripts Starlight's page does not have.
 */
function ownScript(lantern: Weight, bare: Weight): { brotli: number; gzip: number; files: string[] } {
  let brotli = 0;
  let gzip = 0;
  const files: string[] = [];
  for (const script of lantern.scripts) {
    const starlights = bare.scripts.find((s) => s.stem === script.stem);
    const extraBrotli = starlights ? Math.max(0, script.brotli - starlights.brotli) : script.brotli;
    const extraGzip = starlights ? Math.max(0, script.gzip - starlights.gzip) : script.gzip;
    if (extraBrotli > 0 || extraGzip > 0) files.push(starlights ? `${script.stem} (+)` : script.stem);
    brotli += extraBrotli;
    gzip += extraGzip;
  }
  for (const inline of lantern.inlineScripts) {
    if (bare.inlineScripts.includes(inline)) continue;
    const data = Buffer.from(inline);
    brotli += brotliSize(data);
    gzip += gzipSize(data);
    files.push('inline script');
  }
  return { brotli, gzip, files };
}

/** Custom elements Starlight's own components use (`<starlight-toc>`, `<sl-sidebar-pane>`…). */
function starlightElements(): Set<string> {
  const tags = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(astro|js|ts)$/.test(entry.name)) {
        for (const match of readFileSync(full, 'utf8').matchAll(/<([a-z]+(?:-[a-z]+)+)[\s>]/g)) tags.add(match[1]!);
      }
    }
  };
  walk(join(root, 'node_modules', '@astrojs', 'starlight', 'dist'));
  return tags;
}

/** Interactive parts: custom elements that are not Starlight's, or a form. */
function interactiveParts(lantern: Weight, bare: Weight, starlights: Set<string>): string[] {
  const parts = lantern.customElements.filter((tag) => !starlights.has(tag) && !bare.customElements.includes(tag));
  return lantern.hasForm ? [...parts, 'form'] : parts;
}

/** Pagefind's files per language: what a reader downloads to search that language offline. */
function pagefindSizes(): Array<{ language: string; pages: number; files: number; bytes: number }> {
  const dir = join(distDir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
  };
  return Object.entries(entry.languages).map(([language, info]) => {
    const files = [
      join(dir, `pagefind.${info.hash}.pf_meta`),
      ...(info.wasm ? [join(dir, `wasm.${info.wasm}.pagefind`)] : []),
      ...['index', 'fragment'].flatMap((sub) =>
        readdirSync(join(dir, sub))
          .filter((name) => name.startsWith(`${language}_`))
          .map((name) => join(dir, sub, name)),
      ),
    ].filter((file) => existsSync(file));
    return { language, pages: info.page_count, files: files.length, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
  });
}

type ScoreName = 'performance' | 'accessibility' | 'best-practices' | 'seo';
interface Scores {
  scores: Record<ScoreName, number>;
  /** Audits that cost points, for finding what to fix. */
  failing: string[];
}

async function lighthouseScores(port: number, url: string): Promise<Scores> {
  const runs: Scores[] = [];
  for (let run = 0; run < lighthouseRuns; run += 1) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const scores = Object.fromEntries(
      (['performance', 'accessibility', 'best-practices', 'seo'] as const).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ) as Record<ScoreName, number>;
    const failing = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${category.id}: ${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
    );
    runs.push({ scores, failing });
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ids = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
  const scores = Object.fromEntries(ids.map((id) => [id, median(runs.map((r) => r.scores[id]))])) as Record<ScoreName, number>;
  const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return { scores, failing: byPerformance[Math.floor(runs.length / 2)]!.failing };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

function buildReport(input: {
  pages: number;
  buildSeconds: number;
  found: Array<{ kind: string; page: TypedPage | undefined }>;
  weights: Array<{ kind: string; page: TypedPage; lantern: Weight; bare: Weight }>;
  pagefind: ReturnType<typeof pagefindSizes>;
  scores: Record<string, Scores>;
}): { text: string; json: unknown } {
  const lines: string[] = [];
  const budgetLines: string[] = [];
  const budget = (pass: boolean, text: string) => budgetLines.push(`${pass ? 'PASS' : 'FAIL'}  ${text}`);

  lines.push(`Build: ${input.pages} pages, all locales, in ${input.buildSeconds.toFixed(1)} s`);
  budget(input.buildSeconds < budgets.buildSeconds, `full build ${input.buildSeconds.toFixed(1)} s < ${budgets.buildSeconds} s`);

  lines.push('', 'First visit, compressed KB (brotli 11 / gzip 9); "own JS" is JS beyond Starlight\'s own:');
  const header = ['page', 'HTML br/gz', 'CSS br/gz', 'JS br/gz', 'fonts', 'total br', 'bare br', 'ratio', 'own JS br/gz', 'interactive'];
  const rows: string[][] = [header];
  const jsonPages: unknown[] = [];
  const starlights = starlightElements();
  for (const { kind, page } of input.found) {
    const weight = input.weights.find((w) => w.kind === kind);
    if (!page || !weight) {
      rows.push([kind, 'not yet built', '', '', '', '', '', '', '', '']);
      jsonPages.push({ kind, built: false });
      continue;
    }
    const { lantern, bare } = weight;
    const own = ownScript(lantern, bare);
    const parts = interactiveParts(lantern, bare, starlights);
    const ratio = lantern.total / bare.total;
    const pair = (c: Category) => `${kb(lantern.sizes[c].brotli)}/${kb(lantern.sizes[c].gzip)}`;
    rows.push([
      `${kind} ${page.path}`,
      pair('html'),
      pair('css'),
      pair('js'),
      kb(lantern.sizes.fonts.brotli),
      kb(lantern.total),
      kb(bare.total),
      ratio.toFixed(2),
      `${kb(own.brotli)}/${kb(own.gzip)}`,
      parts.length ? parts.join(' ') : 'no',
    ]);
    if (parts.length === 0) {
      budget(ratio <= budgets.contentWeightRatio, `${kind}: weight ${ratio.toFixed(2)}× bare Starlight ≤ ${budgets.contentWeightRatio}×`);
      budget(own.gzip === 0, `${kind}: no JS beyond Starlight's own (${kb(own.gzip)} KB gzip${own.files.length ? `: ${own.files.join(', ')}` : ''})`);
    } else {
      budget(own.gzip <= budgets.interactiveOwnJsBytes, `${kind}: own JS ${kb(own.gzip)} KB gzip ≤ ${kb(budgets.interactiveOwnJsBytes)} KB`);
    }
    jsonPages.push({ kind, built: true, path: page.path, type: page.type, lantern, bare, ratio, ownJs: own, interactiveParts: parts });
  }
  lines.push(table(rows));

  lines.push('', 'Pagefind index per locale (files a reader downloads to search offline):');
  const pagefindRows = [['locale', 'pages', 'files', 'KB']];
  for (const entry of input.pagefind) pagefindRows.push([entry.language, String(entry.pages), String(entry.files), kb(entry.bytes)]);
  lines.push(table(pagefindRows));

  lines.push('', `Lighthouse (mobile, simulated slow 4G; median of ${lighthouseRuns} run${lighthouseRuns > 1 ? 's' : ''}):`);
  const lighthouseRows = [['page', 'performance', 'accessibility', 'best practices', 'SEO']];
  for (const [name, result] of Object.entries(input.scores)) {
    lighthouseRows.push([name, ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((id) => String(result.scores[id]))]);
    if (name === 'bare Starlight') continue;
    for (const [id, minimum] of Object.entries(budgets.lighthouse) as Array<[ScoreName, number]>) {
      budget(result.scores[id] >= minimum, `${name}: Lighthouse ${id} ${result.scores[id]} ≥ ${minimum}`);
    }
  }
  lines.push(table(lighthouseRows));
  const lost = Object.entries(input.scores).filter(([, r]) => r.failing.length > 0);
  if (lost.length) {
    lines.push('', 'Lighthouse audits that cost points:');
    for (const [name, result] of lost) lines.push(`  ${name}: ${result.failing.join('; ')}`);
  }

  lines.push('', 'Budgets:', ...budgetLines);
  const failed = budgetLines.filter((line) => line.startsWith('FAIL')).length;
  lines.push('', failed ? `${failed} budget${failed > 1 ? 's' : ''} over.` : 'All budgets met.');

  return {
    text: lines.join('\n'),
    json: {
      date: new Date().toISOString(),
      build: { pages: input.pages, seconds: input.buildSeconds },
      pages: jsonPages,
      pagefind: input.pagefind,
      lighthouse: input.scores,
      budgets: budgetLines,
    },
  };
}

await main();
