/**
 * The shape of every option, checked when the checks are constructed: TypeScript callers are held
 * to the types by the compiler, JavaScript callers (and `as any`) only by this. A wrong value fails
 * with one line that names the option, never later with a TypeError in the middle of synth.
 */

/** Checks one value; returns what is wrong with it, or undefined. */
export type ShapeCheck = (value: unknown) => string | undefined;

export const isBoolean: ShapeCheck = (v) => (typeof v === 'boolean' ? undefined : `must be true or false, got ${describe(v)}`);

export const isString: ShapeCheck = (v) => (typeof v === 'string' ? undefined : `must be a string, got ${describe(v)}`);

export function arrayOf(item: ShapeCheck): ShapeCheck {
  return (v) => {
    if (!Array.isArray(v)) return `must be an array, got ${describe(v)}`;
    for (let i = 0; i < v.length; i++) {
      const wrong = item(v[i]);
      if (wrong) return `[${i}]${wrong.startsWith('.') ? '' : ' '}${wrong}`;
    }
    return undefined;
  };
}

export function recordOf(item: ShapeCheck): ShapeCheck {
  return (v) => {
    if (!isPlainObject(v)) return `must be an object, got ${describe(v)}`;
    for (const [k, value] of Object.entries(v)) {
      const wrong = item(value);
      if (wrong) return `['${k}']${wrong.startsWith('.') ? '' : ' '}${wrong}`;
    }
    return undefined;
  };
}

/** An object with these keys only; a key not listed is named with the closest listed one. */
export function objectOf(shape: Readonly<Record<string, ShapeCheck>>, required: readonly string[] = []): ShapeCheck {
  return (v) => {
    if (!isPlainObject(v)) return `must be an object, got ${describe(v)}`;
    const wrong = checkKeys(v, shape, required, 'key');
    return wrong && (wrong.startsWith('unknown') ? `has an ${wrong}` : `.${wrong}`);
  };
}

export function oneOf(...checks: ShapeCheck[]): ShapeCheck {
  return (v) => {
    const wrongs = checks.map((c) => c(v));
    return wrongs.some((w) => w === undefined) ? undefined : wrongs.join(', or ');
  };
}

/** Any object; its fields are checked where it is used. */
export const isObject: ShapeCheck = (v) => (isPlainObject(v) ? undefined : `must be an object, got ${describe(v)}`);

export const isFalse: ShapeCheck = (v) => (v === false ? undefined : `must be false, got ${describe(v)}`);

/** What is wrong with `value` against `shape`, as `key: problem`, or undefined. Undefined values count as absent. */
export function checkKeys(
  value: object,
  shape: Readonly<Record<string, ShapeCheck>>,
  required: readonly string[] = [],
  noun = 'option',
): string | undefined {
  for (const [key, v] of Object.entries(value)) {
    const check = Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : undefined;
    if (!check) {
      const near = closest(key, Object.keys(shape));
      return `unknown ${noun} '${key}'${near ? `; did you mean '${near}'?` : ''} (known: ${Object.keys(shape).join(', ')})`;
    }
    if (v === undefined) continue;
    const wrong = check(v);
    if (wrong) return `${key}${/^[[.]/.test(wrong) ? '' : ' '}${wrong}`;
  }
  for (const key of required) {
    if ((value as Record<string, unknown>)[key] === undefined) return `${key} is required`;
  }
  return undefined;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** The candidate nearest to `word` by edit distance, when near enough to be a plausible typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const [w, k] = [word.toLowerCase(), c.toLowerCase()];
    // A prefix (`tag` for `tagKey`) is as near as a typo.
    const d = k.startsWith(w) || w.startsWith(k) ? 1 : editDistance(w, k);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  // A third of the word may be wrong: `categoies` finds `categories`, `foo` finds nothing.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * A real calendar date written YYYY-MM-DD: `2027-02-30` and `9999-99-99` are not (JavaScript's
 * Date.parse accepts the first and rolls it into March).
 */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
