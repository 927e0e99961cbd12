/**
 * CIDR arithmetic for duties that judge who can reach a resource: a set of ranges is judged by
 * its union, so `0.0.0.0/1` plus `128.0.0.0/1` is the whole IPv4 internet as much as `0.0.0.0/0`.
 */

export interface Range {
  readonly lo: bigint;
  readonly hi: bigint;
}

const V4_BITS = 32n;
const V6_BITS = 128n;

function parseV4(address: string): bigint | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) + BigInt(p), 0n);
}

function parseV6(address: string): bigint | undefined {
  if (!/^[0-9a-f:]+$/i.test(address) || address.split('::').length > 2) return undefined;
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const missing = 8 - h.length - t.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...h, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...t];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return groups.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g, 16)), 0n);
}

/** The address range of an IPv4 or IPv6 CIDR; undefined for text that is not one. */
export function cidrRange(cidr: string): { readonly family: 4 | 6; readonly range: Range } | undefined {
  const m = /^\s*([^/\s]+)\/(\d{1,3})\s*$/.exec(cidr);
  if (!m) return undefined;
  const family = m[1].includes(':') ? 6 : 4;
  const bits = family === 4 ? V4_BITS : V6_BITS;
  const prefix = BigInt(m[2]);
  const address = family === 4 ? parseV4(m[1]) : parseV6(m[1]);
  if (address === undefined || prefix > bits) return undefined;
  const size = 1n << (bits - prefix);
  const lo = (address / size) * size;
  return { family, range: { lo, hi: lo + size - 1n } };
}

/** Whether the ranges together cover every address of the family. */
export function coversFamily(ranges: readonly Range[], family: 4 | 6): boolean {
  return covers(ranges, family === 4 ? V4_BITS : V6_BITS);
}

/** The parts of `range` that none of `minus` contains. */
export function subtractRanges(range: Range, minus: readonly Range[]): Range[] {
  let parts: Range[] = [range];
  for (const m of minus) {
    const next: Range[] = [];
    for (const p of parts) {
      if (m.hi < p.lo || m.lo > p.hi) {
        next.push(p);
        continue;
      }
      if (p.lo < m.lo) next.push({ lo: p.lo, hi: m.lo - 1n });
      if (m.hi < p.hi) next.push({ lo: m.hi + 1n, hi: p.hi });
    }
    parts = next;
  }
  return parts;
}

function covers(ranges: readonly Range[], bits: bigint): boolean {
  const sorted = [...ranges].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  let next = 0n;
  for (const r of sorted) {
    if (r.lo > next) return false;
    if (r.hi + 1n > next) next = r.hi + 1n;
  }
  return next === 1n << bits;
}

/**
 * The family (`0.0.0.0/0` or `::/0`) whose every address the CIDRs cover together, if any.
 * Text that is not a CIDR covers nothing.
 */
export function internetCoveredBy(cidrs: readonly string[]): '0.0.0.0/0' | '::/0' | undefined {
  const parsed = cidrs.map(cidrRange).filter((c) => c !== undefined);
  const v4 = parsed.filter((c) => c.family === 4).map((c) => c.range);
  if (v4.length > 0 && covers(v4, V4_BITS)) return '0.0.0.0/0';
  const v6 = parsed.filter((c) => c.family === 6).map((c) => c.range);
  if (v6.length > 0 && covers(v6, V6_BITS)) return '::/0';
  return undefined;
}
