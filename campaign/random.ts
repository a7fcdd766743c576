/** A seeded pseudo-random source (mulberry32), so a campaign's kill points and pauses can be drawn again from its seed. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** A random stream of its own for one trial: the same (seed, label) always gives the same draws. */
  fork(label: string | number): Random;
}

/** The random source of `seed`. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    fork: (label) => seededRandom(hash(`${seed}:${label}`)),
  };
}

/** A fresh seed to print (so the run can be repeated with `--seed`). */
export function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
