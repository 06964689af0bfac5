/**
 * Deterministic randomness. Every entity draws from its own generator, seeded by (seed, label, id),
 * so any table can be produced on its own, in any order, and gives the same rows every time.
 */

/** 32-bit FNV-1a of a string, then mixed with a number. */
function hash(seed: number, label: string, id: number) {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i += 1) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ id, 0x9e3779b1);
  h ^= h >>> 15;
  return h >>> 0;
}

/** sfc32: small, fast and good enough for synthetic data (not for anything secret). */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label: string, id = 0) {
    this.a = hash(seed, label, id);
    this.b = hash(seed ^ 0x5bd1e995, label, id);
    this.c = hash(seed ^ 0x27d4eb2d, label, id);
    this.d = 1;
    for (let i = 0; i < 12; i += 1) this.next();
  }

  /** A float in [0, 1). */
  next() {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(p: number) {
    return this.next() < p;
  }

  /** An integer in [1, n], skewed towards 1: a few ids get most of the picks (Zipf-like). */
  skewed(n: number, power = 3) {
    return 1 + Math.floor(n * this.next() ** power);
  }

  /** Picks a key by weight. */
  weighted<K extends string>(weights: readonly (readonly [K, number])[]): K {
    const total = weights.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [key, w] of weights) {
      r -= w;
      if (r < 0) return key;
    }
    return (weights[weights.length - 1] as readonly [K, number])[0];
  }
}
