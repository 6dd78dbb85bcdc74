/**
 * References people read over the phone: 8 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
 *
 * A reference is a number below 25^8 written in that alphabet. The number is
 * a keyed permutation of a counter that starts at a random point, so
 * references look random and one instance never repeats one (a permutation
 * maps distinct counters to distinct numbers). Instances start from
 * independent random keys, and the store refuses to overwrite an existing
 * reference, so a clash between instances becomes a retry, never a loss.
 */
import { randomBytes } from 'node:crypto';

export const referenceAlphabet = 'ACDEFGHJKMNPQRTUVWXY34679';
export const referenceLength = 8;
const base = BigInt(referenceAlphabet.length);
const space = base ** BigInt(referenceLength);
const bits = 38n; // 2^38 > 25^8
const mask = (1n << bits) - 1n;

function random38(): bigint {
  return BigInt(`0x${randomBytes(5).toString('hex')}`) & mask;
}

/** A bijection on 38-bit numbers: multiply by odd, xor-shift, add; four keyed rounds. */
function permute(x: bigint, keys: readonly bigint[]): bigint {
  for (const key of keys) {
    x = (x * ((key << 1n) | 1n)) & mask;
    x ^= x >> 19n;
    x = (x + key) & mask;
    x ^= x >> 13n;
  }
  return x;
}

function encode(n: bigint): string {
  let out = '';
  for (let i = 0; i < referenceLength; i++) {
    out = referenceAlphabet[Number(n % base)] + out;
    n /= base;
  }
  return out;
}

export interface ReferenceGenerator {
  next(): string;
}

export function createReferenceGenerator(): ReferenceGenerator {
  const keys = [random38(), random38(), random38(), random38()];
  // The counter stays inside [0, 25^8): cycle-walking is a bijection only there.
  let counter = random38() % space;
  return {
    next() {
      // Cycle-walking keeps the permutation inside [0, 25^8).
      let n = permute(counter, keys);
      counter = (counter + 1n) % space;
      while (n >= space) n = permute(n, keys);
      return encode(n);
    },
  };
}

const shared = createReferenceGenerator();
export function newReference(): string {
  return shared.next();
}

const pattern = new RegExp(`^[${referenceAlphabet}]{${referenceLength}}$`);
/** Exactly a reference as written here, nothing normalized. */
export const isReference = (value: string) => pattern.test(value);
/** Normalizes what a person typed or a URL carried (lower case, spaces); undefined when not a reference. */
export function parseReference(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ref = value.replace(/[\s-]/g, '').toUpperCase();
  return pattern.test(ref) ? ref : undefined;
}
