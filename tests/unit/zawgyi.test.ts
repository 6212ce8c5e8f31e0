import { describe, expect, it, vi } from 'vitest';
import { containsMyanmar, normaliseTypedText } from '../../src/lib/text/normalise';
import { zawgyiProbability, zawgyiToUnicode } from '../../src/lib/text/zawgyi';

describe('Zawgyi input', () => {
  it('detects Zawgyi and converts it to Unicode', () => {
    expect(zawgyiProbability('ျမန္မာ')).toBeGreaterThan(0.95);
    expect(zawgyiToUnicode('ျမန္မာ')).toBe('မြန်မာ');
    expect(zawgyiToUnicode('ေနေကာင္းလား')).toBe('နေကောင်းလား');
  });

  it('leaves Unicode Burmese and other scripts unchanged', () => {
    expect(zawgyiProbability('မြန်မာ')).toBeLessThan(0.05);
    expect(zawgyiToUnicode('မြန်မာ')).toBe('မြန်မာ');
    expect(zawgyiToUnicode('နေကောင်းလား')).toBe('နေကောင်းလား');
    expect(zawgyiToUnicode('consent')).toBe('consent');
  });

  it('normalises typed text for forms: Zawgyi to Unicode, then NFC', async () => {
    expect(containsMyanmar('abc')).toBe(false);
    await expect(normaliseTypedText('ျမန္မာ')).resolves.toBe('မြန်မာ');
    await expect(normaliseTypedText('Đa\u0300')).resolves.toBe('Đà');
  });
});

describe('Zawgyi in a browser', () => {
  it('loads the detector without Node’s Buffer', async () => {
    const scope = globalThis as { Buffer?: unknown };
    const nodeBuffer = scope.Buffer;
    delete scope.Buffer;
    try {
      vi.resetModules();
      const fresh = await import('../../src/lib/text/zawgyi');
      expect(fresh.zawgyiToUnicode('ျမန္မာ')).toBe('မြန်မာ');
      expect(scope.Buffer).toBeUndefined();
    } finally {
      scope.Buffer = nodeBuffer;
    }
  });
});
