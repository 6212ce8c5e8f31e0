import { ZawgyiConverter, ZawgyiDetector } from 'myanmar-tools';

/**
 * Many phones in Myanmar still type in Zawgyi, a legacy font encoding that reuses Unicode's
 * Myanmar code points for different letters. Zawgyi text looks right on those phones but is
 * gibberish to search, sorting and every other device. Google's detector (a Markov model) tells
 * the two apart; above this probability the text is converted.
 */
const zawgyiThreshold = 0.95;

let detector: ZawgyiDetector | undefined;
let converter: ZawgyiConverter | undefined;

/**
 * The package's detector decodes its model with Node's `Buffer` (`new Buffer(data, "base64")`).
 * In a browser, a stand-in that decodes base64 to bytes is provided for that one call only.
 */
function createDetector(): ZawgyiDetector {
  const scope = globalThis as { Buffer?: unknown };
  if (scope.Buffer !== undefined) return new ZawgyiDetector();
  scope.Buffer = function decodeBase64(data: string) {
    return Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
  };
  try {
    return new ZawgyiDetector();
  } finally {
    delete scope.Buffer;
  }
}

/** Probability (0–1) that the text is Zawgyi; 0 for text without Myanmar characters. */
export function zawgyiProbability(text: string): number {
  detector ??= createDetector();
  const probability = detector.getZawgyiProbability(text);
  return Number.isFinite(probability) ? probability : 0;
}

/** Converts Zawgyi-encoded text to Unicode; Unicode text and other scripts come back unchanged. */
export function zawgyiToUnicode(text: string): string {
  if (zawgyiProbability(text) <= zawgyiThreshold) return text;
  converter ??= new ZawgyiConverter();
  return converter.zawgyiToUnicode(text);
}
