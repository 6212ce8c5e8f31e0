import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { localeCodes } from '../locales';
import { buildContent, type Content, type RawContent } from './build';
import { kindNames } from './schema';

/**
 * Reads `src/data/` from disk (build time and tests only; never bundled for the browser).
 *
 * A kind is either one pair of files, `<kind>/structure.yaml` + `<kind>/<locale>.yaml`, or, for
 * long entries such as training modules, one folder per entry, `<kind>/<entry>/structure.yaml` +
 * `<kind>/<entry>/<locale>.yaml`, whose lists are joined in the folders' natural order (m2 before m10).
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
    const folders = entryFolders(join(dataDir, kind)).map((folder) => `${kind}/${folder}`);
    const bases = existsSync(join(dataDir, kind, 'structure.yaml')) ? [kind] : folders;
    if (bases.length === 0) continue;
    const joined = (file: string): unknown => {
      const parts = bases.map((base) => readYaml(`${base}/${file}`)).filter((part) => part !== undefined);
      if (parts.length === 0) return undefined;
      return parts.every(Array.isArray) ? parts.flat() : parts[0];
    };
    raw.kinds[kind] = {
      structure: joined('structure.yaml'),
      texts: Object.fromEntries(localeCodes.map((code) => [code, joined(`${code}.yaml`)])),
    };
  }
  return raw;
}

function entryFolders(kindDir: string): string[] {
  if (!existsSync(kindDir)) return [];
  return readdirSync(kindDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(kindDir, entry.name, 'structure.yaml')))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Reads, validates and joins all content; throws one error listing every problem. */
export function loadContent(dataDir: string): Content {
  const { content, errors } = buildContent(readRawContent(dataDir));
  if (errors.length > 0) {
    throw new Error(`Lantern content has ${errors.length} problem(s):\n  - ${errors.join('\n  - ')}`);
  }
  return content;
}
