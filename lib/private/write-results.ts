import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Duty } from '../model/duty';
import type { ResourceTypeInfo } from '../model/resource-type';
import { dutyInfo } from '../report/finding-text';
import {
  type DutyInfo,
  OUTCOMES,
  type Outcome,
  RESULTS_SCHEMA_VERSION,
  type ResourceResult,
  type ResourceTypeSummary,
  type Results,
  type AcknowledgementProblem,
  type SkippedScope,
} from '../results';
import { TOOL_NAME, TOOL_VERSION } from './version';

/** Where the text of duties and resource types comes from: the catalog. */
export interface CatalogText {
  readonly dutyById: ReadonlyMap<string, Duty>;
  readonly resourceTypes: ReadonlyMap<string, ResourceTypeInfo>;
  /** Which duties are the organization's own, and which built-in ones were turned off. */
  readonly customDutyIds?: ReadonlySet<string>;
  readonly disabledDuties?: readonly string[];
}

/** What the results say beside the resources: what was left out, and acknowledgements that did not work. */
export interface ResultsReview {
  readonly skipped?: readonly SkippedScope[];
  readonly acknowledgementProblems?: readonly AcknowledgementProblem[];
}

export function buildResults(
  resources: readonly ResourceResult[],
  uncoveredTypes: readonly string[],
  uncoveredStages: readonly string[],
  text: CatalogText,
  review: ResultsReview = {},
): Results {
  const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  let errors = 0;
  let warnings = 0;
  const duties: Record<string, DutyInfo> = {};
  const resourceTypes: Record<string, ResourceTypeSummary> = {};
  for (const r of resources) {
    if (!(r.type in resourceTypes)) {
      const info = text.resourceTypes.get(r.type);
      if (info)
        resourceTypes[r.type] = info.noDutyOfItsOwn
          ? { serviceModel: info.serviceModel, awsSide: info.awsSide, noDutyOfItsOwn: info.noDutyOfItsOwn }
          : { serviceModel: info.serviceModel, awsSide: info.awsSide };
    }
    for (const d of r.duties) {
      byOutcome[d.outcome]++;
      if (d.outcome === 'unconfigured' || d.outcome === 'unknown') {
        if (d.severity === 'error') errors++;
        else if (d.severity === 'warning') warnings++;
      }
      if (!(d.dutyId in duties)) {
        const duty = text.dutyById.get(d.dutyId);
        if (duty) duties[d.dutyId] = text.customDutyIds?.has(d.dutyId) ? { ...dutyInfo(duty), custom: true } : dutyInfo(duty);
      }
    }
  }
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    summary: { resources: resources.length, byOutcome, errors, warnings },
    duties: sortedKeys(duties),
    resourceTypes: sortedKeys(resourceTypes),
    resources: [...resources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    uncoveredTypes: [...new Set(uncoveredTypes)].sort(),
    uncoveredStages: [...uncoveredStages],
    ...(review.skipped && review.skipped.length > 0 ? { skipped: review.skipped } : {}),
    ...(review.acknowledgementProblems && review.acknowledgementProblems.length > 0
      ? { acknowledgementProblems: review.acknowledgementProblems }
      : {}),
    ...(text.disabledDuties?.length ? { disabledDuties: [...text.disabledDuties] } : {}),
  };
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(record).sort()) out[k] = record[k];
  return out;
}

/**
 * The results as JSON text, in pieces: one line per resource (and per duty and resource type), so
 * a committed baseline diffs line by line, without the cost and size of indenting every value (a
 * large app has tens of thousands of duty results). In pieces so the whole text never has to be
 * held in memory at once.
 */
export function* resultsJson(results: Results): Generator<string> {
  const { resources, duties, resourceTypes, ...head } = results;
  yield '{\n';
  for (const [k, v] of Object.entries(head)) yield `${JSON.stringify(k)}: ${JSON.stringify(v)},\n`;
  yield '"duties": ';
  yield* lines(Object.entries(duties), '{', '}', ([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  yield ',\n"resourceTypes": ';
  yield* lines(Object.entries(resourceTypes), '{', '}', ([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  yield ',\n"resources": ';
  yield* lines(resources, '[', ']', (r) => JSON.stringify(r));
  yield '\n}\n';
}

function* lines<T>(items: readonly T[], open: string, close: string, line: (item: T) => string): Generator<string> {
  if (items.length === 0) {
    yield `${open}${close}`;
    return;
  }
  yield `${open}\n`;
  for (let i = 0; i < items.length; i++) yield `  ${line(items[i])}${i < items.length - 1 ? ',' : ''}\n`;
  yield close;
}

/** Pieces are encoded into a buffer of this many bytes, written when full. */
const BLOCK = 1 << 20;

/**
 * Writes beside the templates through a temporary file and a rename, so a reader never sees half a
 * file. Content given in pieces is encoded piece by piece into one reused buffer.
 *
 * WHY exclusive create under a random name: a predictable temporary name (the pid) could be planted
 * beforehand as a symlink to a file elsewhere, which an ordinary open would follow and overwrite.
 * The rename replaces the destination itself, never what a symlink there points to. A temporary
 * file left by a failed write or rename is removed.
 */
export function writeAtomically(file: string, content: string | Iterable<string>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${crypto.randomBytes(8).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | NOFOLLOW, 0o644);
  try {
    try {
      if (typeof content === 'string') fs.writeSync(fd, content);
      else writePieces(fd, content);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * WHY a buffer rather than joining the pieces into strings: a results file of 5,000 resources is
 * 7.4 MB of text in 50,000 pieces. Concatenated, V8 must flatten the rope and allocate the flat
 * string before writing it, which took 44-59 ms inside a synth, more than the encoding itself.
 */
function writePieces(fd: number, pieces: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(BLOCK);
  let used = 0;
  for (const piece of pieces) {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit, so a piece that passes this check fits.
    if (used + piece.length * 3 > BLOCK) {
      writeAll(fd, buffer, used);
      used = 0;
      if (piece.length * 3 > BLOCK) {
        fs.writeSync(fd, piece);
        continue;
      }
    }
    used += buffer.write(piece, used);
  }
  writeAll(fd, buffer, used);
}

function writeAll(fd: number, buffer: Buffer, length: number): void {
  for (let done = 0; done < length;) done += fs.writeSync(fd, buffer, done, length - done);
}

/** Not on Windows, where the constant does not exist (and exclusive create is enough). */
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
