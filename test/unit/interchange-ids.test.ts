import { describe, expect, test } from 'vitest';
import {
  codePointOffset,
  globalId,
  iri,
  parseIri,
  stixId,
  utf16Offset,
} from '../../apps/server/src/domain/interchange/ids.js';
import { decodeGlobalId, encodeGlobalId } from '../../apps/server/src/schema/global-id.js';

describe('identifiers in exported documents', () => {
  test('name objects by the global IDs the API gives them', () => {
    expect(globalId('Claim', 42)).toBe(encodeGlobalId('Claim', 42));
    expect(decodeGlobalId(globalId('ClaimAppearance', 7))).toEqual({ typename: 'ClaimAppearance', id: '7' });
    expect(parseIri(iri('Claim', 42))).toEqual({ type: 'Claim', id: 42 });
    expect(parseIri('https://example.org/claims/42')).toBeNull();
  });

  test('STIX identifiers are stable UUIDv5s that the STIX identifier pattern accepts', () => {
    const id = stixId('note', globalId('Claim', 1));
    expect(id).toBe(stixId('note', globalId('Claim', 1)));
    expect(id).not.toBe(stixId('note', globalId('Claim', 2)));
    expect(id).toMatch(/^note--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('text positions in code points (W3C) and UTF-16 code units (JavaScript)', () => {
  const text = 'Flag 🇸🇾 then “Tartous” 𝔸 end';
  test('agree before any astral character and differ after', () => {
    expect(codePointOffset(text, 5)).toBe(5);
    const after = text.indexOf('then');
    expect(codePointOffset(text, after)).toBe(after - 2);
    expect(codePointOffset(text, text.length)).toBe([...text].length);
  });

  test('convert back and forth', () => {
    for (const word of ['then', 'Tartous', 'end']) {
      const at = text.indexOf(word);
      expect(utf16Offset(text, codePointOffset(text, at))).toBe(at);
    }
    expect(utf16Offset(text, [...text].length + 1)).toBe(-1);
  });
});
