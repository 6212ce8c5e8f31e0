import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { localeCodes } from '../locales';
import { buildContent, type Content, type RawContent } from './build';
import { kindNames } from './schema';

/**
 * Reads `src/data/` from disk (build time and tests only; never bundled for the browser).
 */
export function readRawContent(dataDir: string): RawContent {
  const readYaml = (file: string): unknown => {
    const path = join(dataDir, file);
    if (!existsSync(path)) return undefined;
    try {
      return parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`src/data/${file} is not valid YAML: ${(error as Error).message}`);
    }
  };
  const raw: RawContent = { sources: readYaml('sources.yaml'), kinds: {} };
  for (const kind of kindNames) {
    const structure = readYaml(`${kind}/structure.yaml`);
    if (structure === undefined) continue;
    raw.kinds[kind] = {
      structure,
      texts: Object.fromEntries(localeCodes.map((code) => [code, readYaml(`${kind}/${code}.yaml`)])),
    };
  }
  return raw;
}

/** Reads, validates and joins all content; throws one error listing every problem. */
export function loadContent(dataDir: string): Content {
  const { content, errors } = buildContent(readRawContent(dataDir));
  if (errors.length > 0) {
    throw new Error(`Lantern content has ${errors.length} problem(s):\n  - ${errors.join('\n  - ')}`);
  }
  return content;
}
