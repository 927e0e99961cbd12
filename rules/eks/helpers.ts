/**
 * The Amazon EKS Kubernetes release calendar: end of standard and of extended support per minor
 * version (UTC dates). Standard support lasts 14 months from the EKS release, extended support 12
 * more. Sources: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html (1.29 to
 * 1.34); 1.35 (EKS release 2026-01-28) from https://endoflife.date/amazon-eks, consistent with the
 * 14 + 12 month policy. Versions newer than the newest listed are taken as in standard support.
 *
 * The table is a snapshot: `CALENDAR_AS_OF` is the date its statuses are computed for, so the
 * evaluator stays pure. Update both when EKS publishes new versions.
 */
export const CALENDAR_AS_OF = '2026-11-25';

const CALENDAR: Readonly<Record<string, { readonly standardEnds: string; readonly extendedEnds: string }>> = {
  '1.29': { standardEnds: '2025-03-23', extendedEnds: '2026-03-23' },
  '1.30': { standardEnds: '2025-07-23', extendedEnds: '2026-07-23' },
  '1.31': { standardEnds: '2025-11-26', extendedEnds: '2026-11-26' },
  '1.32': { standardEnds: '2026-03-23', extendedEnds: '2027-03-23' },
  '1.33': { standardEnds: '2026-07-29', extendedEnds: '2027-07-29' },
  '1.34': { standardEnds: '2026-12-02', extendedEnds: '2027-12-02' },
  '1.35': { standardEnds: '2027-03-27', extendedEnds: '2028-03-27' },
};

export type VersionStatus =
  | { readonly kind: 'standard'; readonly standardEnds?: string }
  | { readonly kind: 'extended'; readonly standardEnds: string; readonly extendedEnds: string }
  | { readonly kind: 'unsupported'; readonly extendedEnds?: string }
  | { readonly kind: 'unrecognised' };

function minor(version: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Where a Kubernetes minor version (`1.33`) stands in the EKS support lifecycle on `CALENDAR_AS_OF`. */
export function versionStatus(version: string): VersionStatus {
  const parsed = minor(version);
  if (!parsed) return { kind: 'unrecognised' };
  const known = Object.keys(CALENDAR).map((v) => minor(v)!);
  const [oldestMajor, oldestMinor] = known[0];
  const [newestMajor, newestMinor] = known[known.length - 1];
  const [major, min] = parsed;
  if (major < oldestMajor || (major === oldestMajor && min < oldestMinor)) return { kind: 'unsupported' };
  if (major > newestMajor || (major === newestMajor && min > newestMinor)) return { kind: 'standard' };
  const entry = CALENDAR[`${major}.${min}`];
  if (!entry) return { kind: 'unrecognised' };
  if (CALENDAR_AS_OF < entry.standardEnds) return { kind: 'standard', standardEnds: entry.standardEnds };
  if (CALENDAR_AS_OF < entry.extendedEnds) return { kind: 'extended', ...entry };
  return { kind: 'unsupported', extendedEnds: entry.extendedEnds };
}
