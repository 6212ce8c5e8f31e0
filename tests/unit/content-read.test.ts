import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawContent } from '../../src/lib/content/read';

function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-data-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('reading src/data', () => {
  it('joins one folder per entry in natural order (m2 before m10)', () => {
    const dir = dataDir({
      'modules/m10/structure.yaml': '- id: M10\n',
      'modules/m2/structure.yaml': '- id: M2\n',
      'modules/m2/en.yaml': '- id: M2\n  title: Two\n',
      'modules/m10/en.yaml': '- id: M10\n  title: Ten\n',
      'modules/m2/km.yaml': '- id: M2\n  title: ពីរ\n',
    });
    const modules = readRawContent(dir).kinds.modules!;
    expect(modules.structure).toEqual([{ id: 'M2' }, { id: 'M10' }]);
    expect(modules.texts.en).toEqual([{ id: 'M2', title: 'Two' }, { id: 'M10', title: 'Ten' }]);
    expect(modules.texts.km).toEqual([{ id: 'M2', title: 'ពីរ' }]);
    expect(modules.texts.lo).toBeUndefined();
  });

  it('names the file when YAML is malformed', () => {
    const dir = dataDir({ 'principles/structure.yaml': '- id: P1\n  source: [' });
    expect(() => readRawContent(dir)).toThrow(/src\/data\/principles\/structure\.yaml is not valid YAML/);
  });
});
