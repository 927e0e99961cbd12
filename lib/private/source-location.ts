import type { SourceLocation } from '../model/resource';

const FRAME = /\(?((?:[A-Za-z]:)?[^():]+):(\d+):(\d+)\)?\s*$/;

/**
 * The first frame of a CDK creation stack that is the user's own code: not CDK, not a
 * dependency, not Node itself. CDK already elides its own frames as "...".
 */
export function userSourceLocation(trace: readonly string[] | undefined): SourceLocation | undefined {
  if (!trace) return undefined;
  for (const frame of trace) {
    if (frame.startsWith('...') || frame.includes('node_modules') || frame.includes('node:')) continue;
    const m = FRAME.exec(frame);
    if (!m) continue;
    return { file: m[1].trim(), line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}
