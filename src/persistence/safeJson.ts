/**
 * JSON from outside the game (an imported file, the browser's storage), read
 * defensively: too long or too deeply nested text is refused before
 * JSON.parse sees it (a 100,000-deep array overflows JSON.parse's stack, and
 * a huge file would freeze the page), and keys that name an object's
 * prototype machinery are refused, so nothing downstream that copies keys
 * can be tricked into changing an object's prototype.
 */

export interface JsonLimits {
  /** Characters: well above the largest file the game writes. */
  maxChars: number;
  /** Nesting of arrays and objects. */
  maxDepth: number;
}

/** Why a text was not read: each gets its own message for the player. */
export type JsonProblem = 'too-large' | 'too-deep' | 'truncated' | 'not-json' | 'forbidden-key';

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

/** Keys the game never writes, and that can reach an object's prototype when copied. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function readJson(text: string, limits: JsonLimits): JsonRead {
  if (text.length > limits.maxChars) return { ok: false, problem: 'too-large' };
  const shape = bracketShape(text);
  if (shape.deepest > limits.maxDepth) return { ok: false, problem: 'too-deep' };
  let forbidden = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return v;
    });
  } catch {
    // Text that opens brackets it never closes was cut off: a failed download or a torn write.
    return { ok: false, problem: shape.unclosed ? 'truncated' : 'not-json' };
  }
  return forbidden ? { ok: false, problem: 'forbidden-key' } : { ok: true, value };
}

/** The deepest nesting of brackets outside strings, and whether the text ends inside a bracket or a string. */
function bracketShape(text: string): { deepest: number; unclosed: boolean } {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { deepest, unclosed: depth > 0 || inString };
}
