// How a character is named in a message: 'x' when it can be seen, U+3000 when it cannot
// (controls, unusual spaces such as the full-width space, byte-order marks).

export function showChar(text: string, i: number): string {
  const cp = text.codePointAt(i);
  if (cp === undefined) { return 'EOF'; }   // callers report the end of input with its own message
  if (isInvisible(cp)) { return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0'); }
  return `'${String.fromCodePoint(cp)}'`;
}

function isInvisible(cp: number): boolean {
  return cp <= 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp === 0xad
    || (cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) || cp === 0x205f
    || cp === 0x3000 || cp === 0xfeff || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff;
}
