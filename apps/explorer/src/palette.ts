/**
 * The highlight palette for stated certainty. It has no imports, so the palette test (test/unit/palette.test.ts)
 * reads it as it is; labels.ts checks it against the SDK's `StatedCertainty`.
 */

/** How an underline is drawn: the second cue beside colour, so certainties stay apart without colour. */
export type LineStyle = 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';

export interface CertaintyStyle {
  label: string;
  /** A short code shown after each highlight: the third cue, readable in greyscale and by screen readers. */
  code: string;
  /** The highlight's background; body text on it keeps at least 7:1 contrast (checked by a unit test). */
  colour: string;
  line: LineStyle;
  /** What the line style groups. */
  family: string;
}

const family: Record<LineStyle, string> = {
  solid: 'stated as settled or sourced',
  double: 'projected or judged',
  dashed: 'contested',
  dotted: 'unconfirmed',
  wavy: 'doubtful',
};

function certainty(label: string, code: string, colour: string, line: LineStyle): CertaintyStyle {
  return { label, code, colour, line, family: family[line] };
}

/**
 * Stated certainty, from what the text presents as settled to what it marks as doubtful. Colours were chosen
 * (by a search over light OKLCH colours) so that within one line style they stay apart for protanopia,
 * deuteranopia and tritanopia as well as normal vision; test/unit/palette.test.ts measures it.
 */
export const palette = {
  ESTABLISHED_FACT: certainty('established fact', 'FACT', '#cdfce1', 'solid'),
  OFFICIAL_STATEMENT: certainty('official statement', 'OFF', '#bcb8e2', 'solid'),
  ATTRIBUTED_STATEMENT: certainty('attributed statement', 'ATTR', '#fff17b', 'solid'),
  ASSERTED_UNATTRIBUTED: certainty('asserted, unattributed', 'ASRT', '#ff9987', 'solid'),
  ESTIMATE: certainty('estimate', 'EST', '#88beff', 'double'),
  INTENTION: certainty('intention', 'INT', '#ff9d77', 'double'),
  OPINION: certainty('opinion', 'OPN', '#eeeeee', 'double'),
  ALLEGATION: certainty('allegation', 'ALG', '#ff9798', 'dashed'),
  DENIAL: certainty('denial', 'DEN', '#c7fce8', 'dashed'),
  UNCONFIRMED_REPORT: certainty('unconfirmed report', 'UNC', '#ffea78', 'dotted'),
  ABSENCE_OF_CONFIRMATION: certainty('absence of confirmation', 'NOCF', '#c9c3ee', 'dotted'),
  SPECULATION: certainty('speculation', 'SPEC', '#e2fd8d', 'wavy'),
  RUMOUR: certainty('rumour', 'RUM', '#ff97ca', 'wavy'),
} satisfies Record<string, CertaintyStyle>;
