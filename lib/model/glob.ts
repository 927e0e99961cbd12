/**
 * IAM wildcard matching: `*` any run, `?` one character. Action names compare case-insensitively;
 * the StringLike and ARN condition operators compare case-sensitively.
 */
export function globMatches(pattern: string, text: string, caseSensitive = false): boolean {
  const key = caseSensitive ? `s:${pattern}` : `i:${pattern}`;
  let re = GLOBS.get(key);
  if (!re) {
    const source = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    // WHY kept: duties match every statement's actions against their own lists, so one pattern is
    // tested many times per resource; compiling it each time was an eighth of evaluating the benchmark app.
    if (GLOBS.size >= 10_000) GLOBS.clear();
    GLOBS.set(key, (re = new RegExp(`^${source}$`, caseSensitive ? '' : 'i')));
  }
  return re.test(text);
}

const GLOBS = new Map<string, RegExp>();
