import fc from 'fast-check';
import { coveredTypes, vocabularyFor, vocabularyOfAll, type Vocabulary } from './vocabulary';

/**
 * Generators of hostile CloudFormation: resources whose property trees mix the names and values the
 * duties read with intrinsics in every position, wrong types, nulls, odd keys and deep nesting.
 * Everything is plain JSON, as `scanTemplate` receives a parsed template.
 */

/** Logical ids of a generated template; a Ref may point at one that is absent (then it names a parameter). */
export const LOGICAL_IDS = ['R0', 'R1', 'R2', 'R3'] as const;
const REF_TARGETS = [...LOGICAL_IDS, 'R9', 'Param', 'AWS::Region', 'AWS::AccountId', 'AWS::Partition', 'AWS::NoValue', 'AWS::StackName'];

/** Keys that break code treating a parsed template as a plain map (prototype members). */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'length', '', ' ', 'Ref', 'Fn::If', 'Condition'];

const DYNAMIC_REFERENCES = [
  '{{resolve:ssm:/app/flag}}',
  '{{resolve:ssm:/app/flag:3}}',
  '{{resolve:ssm-secure:/app/password:1}}',
  '{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf:SecretString:password}}',
  '{{resolve:secretsmanager:MySecret}}',
  'prefix-{{resolve:ssm:/x}}-suffix',
];

const WEIRD_STRINGS = [
  '',
  ' ',
  '*',
  'true',
  'false',
  'TRUE',
  'False',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'undefined',
  '${AWS::Region}',
  '${Param}',
  'arn:aws:iam::*:root',
  'arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess',
  'arn:aws:kms:us-east-1:111111111111:key/1234',
  'alias/aws/s3',
  '0.0.0.0/0',
  '::/0',
  '\u0000',
  '🔥',
  'é'.repeat(3),
  'x'.repeat(300),
];

function pick<T>(items: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...items);
}

function leaf(vocab: Vocabulary): fc.Arbitrary<unknown> {
  const strings = vocab.values.length > 0 ? pick(vocab.values) : fc.string();
  return fc.oneof(
    { arbitrary: strings, weight: 8 },
    { arbitrary: pick(WEIRD_STRINGS), weight: 2 },
    { arbitrary: fc.boolean(), weight: 4 },
    {
      arbitrary: fc.oneof(
        fc.integer({ min: -2, max: 400 }),
        fc.constantFrom(0, 1, 7, 30, 90, 365, 3653, 2 ** 53, -0, 1.5, Number.MAX_SAFE_INTEGER),
      ),
      weight: 3,
    },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
    { arbitrary: pick(DYNAMIC_REFERENCES), weight: 1 },
    { arbitrary: fc.constantFrom([], {}), weight: 1 },
  );
}

/** CloudFormation intrinsics, with `inner` as their arguments where they take values. */
export function intrinsic(inner: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const name = fc.oneof(pick(LOGICAL_IDS), fc.constant('Param'));
  return fc.oneof(
    pick(REF_TARGETS).map((t) => ({ Ref: t })),
    fc.tuple(name, pick(['Arn', 'Id', 'Name', 'Endpoint.Address'])).map(([n, a]) => ({ 'Fn::GetAtt': [n, a] })),
    fc.tuple(name, pick(['Arn', 'Id'])).map(([n, a]) => ({ 'Fn::GetAtt': `${n}.${a}` })),
    fc.tuple(inner, inner).map(([a, b]) => ({ 'Fn::If': ['Cond', a, b] })),
    inner.map((a) => ({ 'Fn::If': ['Cond', a, { Ref: 'AWS::NoValue' }] })),
    pick(['shared-key-arn', 'vpc-id', 'bucket']).map((n) => ({ 'Fn::ImportValue': n })),
    fc.constant({ 'Fn::ImportValue': { 'Fn::Sub': '${AWS::StackName}-x' } }),
    fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 8 }),
          pick(REF_TARGETS).map((t) => ({ Ref: t })),
          inner,
        ),
        { maxLength: 4 },
      )
      .map((parts) => ({ 'Fn::Join': ['', parts] })),
    pick(['arn:${AWS::Partition}:s3:::b', '${Param}', '${R0.Arn}', 'plain', '${!Literal}']).map((s) => ({ 'Fn::Sub': s })),
    fc.constant({ 'Fn::Sub': ['${X}', { X: { Ref: 'Param' } }] }),
    fc.constant({ 'Fn::Select': [0, { 'Fn::Split': [',', { Ref: 'Param' }] }] }),
    fc.constant({ 'Fn::FindInMap': ['Map', { Ref: 'AWS::Region' }, 'Key'] }),
    fc.constant({ 'Fn::GetAZs': '' }),
    fc.constant({ 'Fn::Base64': 'x' }),
    fc.constant({ 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }),
    fc.constant({ 'Fn::ToJsonString': { a: 1 } }),
    fc.constant({ 'Fn::Length': [1, 2] }),
    fc.constant({ Condition: 'Cond' }),
    // Malformed intrinsics: wrong argument shapes, which a template author can write.
    fc.constantFrom(
      { Ref: 42 },
      { Ref: null },
      { 'Fn::If': 'Cond' },
      { 'Fn::If': [] },
      { 'Fn::GetAtt': 7 },
      { 'Fn::Join': 'x' },
      { 'Fn::Join': ['', 'x'] },
      { 'Fn::Sub': 42 },
    ),
    // Looks like an intrinsic but has a second key: a plain object to CloudFormation.
    fc.constant({ Ref: 'Param', Extra: true }),
  );
}

function objectOf(keys: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>, maxKeys: number): fc.Arbitrary<Record<string, unknown>> {
  // Object.fromEntries defines own properties, so `__proto__` is a key as JSON.parse makes it, not a prototype change.
  return fc.array(fc.tuple(keys, value), { maxLength: maxKeys }).map((entries) => Object.fromEntries(entries));
}

function keyArb(vocab: Vocabulary): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: vocab.keys.length > 0 ? pick(vocab.keys) : fc.string(), weight: 12 },
    { arbitrary: pick(HOSTILE_KEYS), weight: 1 },
    { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
  );
}

/** An arbitrary value tree: leaves, intrinsics, lists and objects, nested. */
export function valueTree(vocab: Vocabulary): fc.Arbitrary<unknown> {
  const { node } = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
      { arbitrary: leaf(vocab), weight: 6 },
      { arbitrary: intrinsic(tie('node')), weight: 3 },
      { arbitrary: fc.array(tie('node'), { maxLength: 3 }), weight: 2 },
      { arbitrary: objectOf(keyArb(vocab), tie('node'), 4), weight: 3 },
    ),
  }));
  return node;
}

/** Sets `value` at `segments` below `root`, creating objects on the way; `wrap[i]` puts the i-th level in a one-element list. */
function setPath(root: Record<string, unknown>, segments: readonly string[], value: unknown, wrap: readonly boolean[]): void {
  let current = root;
  segments.forEach((key, i) => {
    if (i === segments.length - 1) {
      Object.defineProperty(current, key, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    // Never mutate a generated value in place: fast-check reuses constants across runs.
    const existing = Object.prototype.hasOwnProperty.call(current, key) ? current[key] : undefined;
    const inner = Array.isArray(existing) ? existing[0] : existing;
    const next: Record<string, unknown> =
      inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? { ...(inner as Record<string, unknown>) } : {};
    const listed = Array.isArray(existing) ? [next, ...existing.slice(1)] : wrap[i] ? [next] : next;
    Object.defineProperty(current, key, { value: listed, enumerable: true, writable: true, configurable: true });
    current = next;
  });
}

/**
 * A resource's Properties: mostly an object built from the duties' own property paths (so deep
 * reads are reached) with arbitrary values, sometimes a whole-Properties token or a wrong type.
 */
export function propertiesFor(type: string): fc.Arbitrary<unknown> {
  const vocab = vocabularyFor(type);
  const value = valueTree(vocab);
  const pathArb =
    vocab.paths.length > 0
      ? fc.oneof(
          pick(vocab.paths),
          keyArb(vocab).map((k) => [k]),
        )
      : keyArb(vocab).map((k) => [k]);
  const guided = fc
    .array(fc.tuple(pathArb, value, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 })), { maxLength: 8 })
    .map((sets) => {
      const root: Record<string, unknown> = {};
      for (const [segments, v, wrap] of sets) setPath(root, segments, v, wrap);
      return root;
    });
  return fc.oneof(
    { arbitrary: guided, weight: 20 },
    { arbitrary: intrinsic(value), weight: 1 },
    { arbitrary: fc.constantFrom(null, 'Properties', 42, true, [], [{}]), weight: 1 },
  );
}

/** The rest of a resource entry: policies, conditions, metadata (hostile values included). */
const entryExtras: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    DeletionPolicy: fc.constantFrom('Retain', 'Delete', 'Snapshot', 'RetainExceptOnCreate', 42, { Ref: 'Param' }, null),
    UpdateReplacePolicy: fc.constantFrom('Retain', 'Delete', 'Snapshot', { 'Fn::If': ['Cond', 'Retain', 'Delete'] }),
    Condition: fc.constantFrom('Cond', 7, { Ref: 'Param' }),
    DependsOn: fc.constantFrom('R0', ['R1', 'R2'], 5),
    Metadata: fc.constantFrom(
      { 'aws:cdk:path': 'Stack/Thing/Resource' },
      { 'aws:cdk:path': 42 },
      { 'aws:cdk:path': 'Ünïcødé/🔥/Resource' },
      'not-an-object',
      null,
    ),
  },
  { requiredKeys: [] },
);

export interface GeneratedResource {
  readonly Type: unknown;
  readonly Properties?: unknown;
  readonly [attribute: string]: unknown;
}

export function resourceOf(type: string): fc.Arbitrary<GeneratedResource> {
  return fc.tuple(propertiesFor(type), fc.option(entryExtras, { freq: 4 }), fc.boolean()).map(([Properties, extras, omitProps]) => ({
    Type: type,
    ...(omitProps && Properties === null ? {} : { Properties }),
    ...(extras ?? {}),
  }));
}

export type Template = { Resources: Record<string, GeneratedResource> };

/** A template whose first resource is of `type` and whose others are of any covered type (so Refs between them meet real evidence). */
export function templateWith(type: string, maxCompanions = 3): fc.Arbitrary<Template> {
  const companion = pick(coveredTypes).chain((t) => resourceOf(t));
  return fc.tuple(resourceOf(type), fc.array(companion, { maxLength: maxCompanions })).map(([first, rest]) => {
    const Resources: Record<string, GeneratedResource> = { [LOGICAL_IDS[0]]: first };
    rest.forEach((r, i) => (Resources[LOGICAL_IDS[i + 1]] = r));
    return { Resources };
  });
}

/** A template of one to four resources of any covered type. */
export const anyTemplate: fc.Arbitrary<Template> = pick(coveredTypes).chain((t) => templateWith(t));

/** The positions in a value tree, as key paths (the root is []). */
export function positions(root: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(root)) root.forEach((x, i) => positions(x, [...at, i], out));
  else if (root !== null && typeof root === 'object')
    for (const k of Object.keys(root)) positions((root as Record<string, unknown>)[k], [...at, k], out);
  return out;
}

export function getAt(root: unknown, at: readonly (string | number)[]): unknown {
  let x = root;
  for (const k of at) x = (x as Record<string | number, unknown>)[k];
  return x;
}

/** A copy of `root` with the value at `at` replaced (or removed, for `undefined` in an object). */
export function replaceAt(root: unknown, at: readonly (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [k, ...rest] = at;
  if (Array.isArray(root)) return root.map((x, i) => (i === k ? replaceAt(x, rest, value) : x));
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(root as Record<string, unknown>)) {
    if (key !== k) copy[key] = v;
    else if (rest.length > 0 || value !== undefined) copy[key] = replaceAt(v, rest, value);
  }
  return copy;
}

type Mutation =
  | 'hostile'
  | 'if-with-hostile'
  | 'if-with-novalue'
  | 'ref-param'
  | 'import'
  | 'delete'
  | 'null'
  | 'wrap-list'
  | 'unwrap'
  | 'stringify'
  | 'dynamic-reference';

const MUTATIONS: readonly Mutation[] = [
  'hostile',
  'if-with-hostile',
  'if-with-novalue',
  'ref-param',
  'import',
  'delete',
  'null',
  'wrap-list',
  'unwrap',
  'stringify',
  'dynamic-reference',
];

function mutate(original: unknown, kind: Mutation, hostile: unknown): unknown {
  switch (kind) {
    case 'hostile':
      return hostile;
    case 'if-with-hostile':
      return { 'Fn::If': ['Cond', original, hostile] };
    case 'if-with-novalue':
      return { 'Fn::If': ['Cond', original, { Ref: 'AWS::NoValue' }] };
    case 'ref-param':
      return { Ref: 'Param' };
    case 'import':
      return { 'Fn::ImportValue': 'exported' };
    case 'delete':
      return undefined;
    case 'null':
      return null;
    case 'wrap-list':
      return [original];
    case 'unwrap':
      return Array.isArray(original) ? original[0] : original;
    case 'stringify':
      return typeof original === 'object' ? JSON.stringify(original) : String(original);
    case 'dynamic-reference':
      return '{{resolve:ssm:/app/value}}';
  }
}

export interface Seed {
  readonly Resources: Record<string, GeneratedResource>;
}

/**
 * A real template (captured from the rule tests' constructs, so the duties' configured, unconfigured
 * and unknown paths are all reachable) with up to four mutations at random positions of random
 * resources: hostile values, intrinsics around or instead of the value, deletion, wrong types.
 */
export function mutatedSeed(seeds: readonly Seed[]): fc.Arbitrary<Template> {
  const oneMutation = fc.tuple(fc.nat(), fc.nat(), pick(MUTATIONS), valueTree(vocabularyOfAll()));
  return fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(oneMutation, { maxLength: 4 })).map(([i, mutations]) => {
    const Resources: Record<string, GeneratedResource> = { ...seeds[i].Resources };
    const ids = Object.keys(Resources);
    for (const [r, p, kind, hostile] of mutations) {
      const id = ids[r % ids.length];
      const resource = Resources[id];
      const props = resource.Properties ?? {};
      const all = positions(props);
      const at = all[p % all.length];
      const next = replaceAt(props, at, mutate(getAt(props, at), kind, hostile));
      Resources[id] = { ...resource, Properties: next === undefined ? {} : next };
    }
    return { Resources };
  });
}
