import {
  type Color,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
} from 'culori';
import { describe, expect, test } from 'vitest';
import { type CertaintyStyle, palette } from '../../apps/explorer/src/palette.js';

/** The explorer's text colour, which every highlight is read in. */
const TEXT = '#1b1b1b';
const deltaE = differenceCiede2000();
// culori's filters are typed generically over colour modes; here every input is a hex string.
type Simulation = (colour: string) => Color;
const visions: Record<string, Simulation> = {
  'normal vision': (colour) => parse(colour) as Color,
  protanopia: filterDeficiencyProt(1) as Simulation,
  deuteranopia: filterDeficiencyDeuter(1) as Simulation,
  tritanopia: filterDeficiencyTrit(1) as Simulation,
};

const styles = Object.entries(palette) as [string, CertaintyStyle][];

describe('the stated-certainty palette', () => {
  test('body text on every highlight keeps at least 7:1 contrast (WCAG AAA)', () => {
    for (const [name, style] of styles) {
      expect(wcagContrast(TEXT, style.colour), name).toBeGreaterThanOrEqual(7);
    }
  });

  // ΔE2000 ≥ 10 reads as a clearly different colour side by side; highlights that share a line style
  // must stay that far apart for each common colour-vision deficiency (full dichromacy, the worst case).
  test.for(Object.keys(visions))('highlights with the same line style stay apart with %s', (vision) => {
    const simulate = visions[vision] as Simulation;
    const closest: string[] = [];
    for (const [a, styleA] of styles) {
      for (const [b, styleB] of styles) {
        if (a >= b || styleA.line !== styleB.line) continue;
        const distance = deltaE(simulate(styleA.colour), simulate(styleB.colour));
        if (distance < 10) closest.push(`${a}/${b}: ${distance.toFixed(1)}`);
      }
    }
    expect(closest).toEqual([]);
  });

  test('each certainty has its own code and its own colour-and-line pair', () => {
    expect(new Set(styles.map(([, s]) => s.code)).size).toBe(styles.length);
    expect(new Set(styles.map(([, s]) => `${s.colour} ${s.line}`)).size).toBe(styles.length);
  });
});
