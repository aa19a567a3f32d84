// Display names are shown to other users and may use any script, but no line breaks or
// invisible control characters that could be used to spoof another user.

export const DISPLAY_NAME_MAX = 40;

// C0/C1 controls, bidi overrides and zero-width characters.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

export function normaliseDisplayName(input: string): string {
  return input.normalize('NFC').trim();
}

export function checkDisplayName(input: string): 'display-name-invalid' | null {
  const name = normaliseDisplayName(input);
  const length = [...name].length;
  if (length < 1 || length > DISPLAY_NAME_MAX) return 'display-name-invalid';
  if (FORBIDDEN.test(name)) return 'display-name-invalid';
  return null;
}

export function hasControlCharacters(input: string, allowNewlines = false): boolean {
  const text = allowNewlines ? input.replace(/[\n\r\t]/g, '') : input;
  return FORBIDDEN.test(text);
}
