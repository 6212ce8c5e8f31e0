/** Types for Google's `myanmar-tools` (the package ships JavaScript only). */
declare module 'myanmar-tools' {
  export class ZawgyiDetector {
    /** Probability (0–1) that the text is Zawgyi; -Infinity when it has no Myanmar characters. */
    getZawgyiProbability(input: string): number;
  }
  export class ZawgyiConverter {
    zawgyiToUnicode(input: string): string;
    normalizeZawgyi(input: string): string;
  }
}
