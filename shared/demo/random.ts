// Seeded randomness for the demo and benchmark data: the same seed always gives the same data set,
// so tests, screenshots and benchmark runs are reproducible. No runtime dependencies.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A UUIDv7 whose time part is `ms` (record ids sort by creation time, like real ones). */
  uuid(ms: number): string;
}

/** 32-bit string hash (FNV-1a) to turn a seed string into PRNG state. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex16 = (v: number) => (HEX[(v >>> 8) & 0xff] as string) + (HEX[v & 0xff] as string);

export function createRandom(seed: string | number): Random {
  // mulberry32: tiny, fast and good enough for test data.
  let state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const bits16 = () => (next() * 0x10000) | 0;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    uuid: (ms) => {
      const t = Math.max(0, Math.floor(ms));
      const high = Math.floor(t / 0x100000000);
      const low = t >>> 0;
      return `${hex16(high)}${hex16(low >>> 16)}-${hex16(low & 0xffff)}-${hex16(0x7000 | (bits16() & 0xfff))}-${hex16(0x8000 | (bits16() & 0x3fff))}-${hex16(bits16())}${hex16(bits16())}${hex16(bits16())}`;
    },
  };
}
