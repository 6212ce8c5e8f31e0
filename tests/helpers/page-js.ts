import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { loadPage } from './dist';
import { distDir } from './paths';

/**
 * The JavaScript a built page loads: its external module scripts with every chunk they import,
 * and its inline scripts. Compared with a page that has no interactive parts of its own, this
 * gives a page's own JavaScript beyond Starlight's (DESIGN.md budget: under 30 KB compressed).
 */
export interface PageScripts {
  /** Site paths of external chunks (`/_astro/x.js`), imports included. */
  files: Set<string>;
  inline: Set<string>;
}

const importPattern = /(?:import|from)\s*["']([^"']+\.js)["']/g;

function withImports(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const path = join(distDir, file);
  if (!existsSync(path)) throw new Error(`${file} is referenced but not in dist/`);
  for (const [, target] of readFileSync(path, 'utf8').matchAll(importPattern)) {
    withImports(new URL(target!, `http://site${file}`).pathname, seen);
  }
}

export function pageScripts(sitePath: string): PageScripts {
  const $ = loadPage(sitePath);
  const files = new Set<string>();
  const inline = new Set<string>();
  $('script').each((_, element) => {
    const src = $(element).attr('src');
    if (src) withImports(src, files);
    else if (($(element).attr('type') ?? '') === 'module' || !$(element).attr('type')) inline.add($(element).text());
  });
  return { files, inline };
}

export interface ScriptSize {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes of the scripts `page` loads that `baseline` does not. */
export function ownScriptSize(page: string, baseline: string): ScriptSize & { files: string[] } {
  const own = pageScripts(page);
  const base = pageScripts(baseline);
  const files = [...own.files].filter((file) => !base.files.has(file));
  const inline = [...own.inline].filter((code) => !base.inline.has(code));
  const total: ScriptSize = { raw: 0, gzip: 0, brotli: 0 };
  for (const code of [...files.map((file) => readFileSync(join(distDir, file))), ...inline.map((text) => Buffer.from(text))]) {
    total.raw += code.length;
    total.gzip += gzipSync(code, { level: 9 }).length;
    total.brotli += brotliCompressSync(code).length;
  }
  return { ...total, files };
}
