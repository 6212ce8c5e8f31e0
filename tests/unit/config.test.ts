import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

describe('the build steps', () => {
  it('link glossary terms before anything reads the final HTML (Starlight’s search index runs in its own build:done)', () => {
    const names = (config.integrations ?? []).flat().map((i) => (i && typeof i === 'object' && 'name' in i ? i.name : ''));
    expect(names.indexOf('lantern-glossary-links')).toBe(0);
    expect(names).toContain('@astrojs/starlight');
  });
});
