import { App, Aws, CfnCondition, CfnJson, CfnParameter, CfnResource, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { Outcome } from '../../lib/results';
import { place, SITES, type Site } from './sites';
import { type Checked, check, expectSane, resultOf } from './support';

/**
 * Tokens in every position a duty reads: a string, a boolean, a number, a whole object, a whole
 * list, a list element, a policy principal and condition on another resource. Each site is built
 * with a good value, a bad value and no value (the controls), then with each kind of token. A
 * token that CloudFormation resolves only at deploy must never read as configured; a Lazy that CDK
 * resolves at synth must read exactly as the value it produces.
 */

interface Variant {
  readonly name: string;
  /** The value to put at the site, or `undefined` to delete the property. */
  readonly value: (stack: Stack, scope: Construct, site: Site) => unknown;
  /** What the duty must say, given the outcomes of the controls. */
  readonly expect: (controls: { good: Outcome; bad: Outcome; absent: Outcome; stringSite: boolean }) => readonly Outcome[];
}

const UNKNOWN: readonly Outcome[] = ['unknown'];
let n = 0;
const param = (stack: Stack) => new CfnParameter(stack, `Param${n++}`);
const condition = (stack: Stack) =>
  new CfnCondition(stack, `Cond${n++}`, { expression: Fn.conditionEquals(param(stack).valueAsString, 'yes') });

const VARIANTS: readonly Variant[] = [
  { name: 'good', value: (_s, _c, site) => site.good, expect: () => ['configured'] },
  { name: 'bad', value: (_s, _c, site) => site.bad, expect: () => ['unconfigured'] },
  { name: 'absent', value: () => undefined, expect: () => ['configured', 'unconfigured'] },
  { name: 'Ref to a CfnParameter', value: (s) => param(s).value, expect: () => UNKNOWN },
  {
    name: 'Fn::If on a CfnCondition between the good and the bad value',
    value: (s, _c, site) => Fn.conditionIf(condition(s).logicalId, site.good, site.bad),
    expect: () => UNKNOWN,
  },
  {
    name: 'Fn::If on a CfnCondition between the good value and AWS::NoValue',
    value: (s, _c, site) => Fn.conditionIf(condition(s).logicalId, site.good, Aws.NO_VALUE),
    // Sound either way when "no value" is as good as the good value; otherwise it must be unknown.
    expect: (c) => (c.absent === 'configured' ? ['configured', 'unknown'] : UNKNOWN),
  },
  { name: 'Fn::ImportValue', value: () => Fn.importValue('shared-value'), expect: () => UNKNOWN },
  {
    name: 'Fn::Select of Fn::Split of a parameter',
    value: (s) => Fn.select(0, Fn.split(',', param(s).valueAsString)),
    expect: () => UNKNOWN,
  },
  { name: 'a Lazy that produces the good value', value: (_s, _c, site) => Lazy.any({ produce: () => site.good }), expect: (c) => [c.good] },
  { name: 'a Lazy that produces the bad value', value: (_s, _c, site) => Lazy.any({ produce: () => site.bad }), expect: (c) => [c.bad] },
  { name: 'a Lazy that produces a parameter', value: (s) => Lazy.any({ produce: () => param(s).value }), expect: () => UNKNOWN },
  { name: 'a Lazy string token', value: (s) => Lazy.string({ produce: () => Token.asString(param(s).value) }), expect: () => UNKNOWN },
  // CfnJson resolves at deploy, through a custom resource: an Fn::GetAtt of arbitrary content.
  { name: 'a CfnJson value', value: (_s, scope, site) => new CfnJson(scope, 'Json', { value: site.good }).value, expect: () => UNKNOWN },
  // A dynamic reference resolves to a string: where an object or a list belongs, the template cannot deploy, and a finding is as honest as unknown.
  {
    name: 'an SSM dynamic reference',
    value: () => '{{resolve:ssm:/app/value}}',
    expect: (c) => (c.stringSite ? UNKNOWN : ['unknown', 'unconfigured']),
  },
  {
    name: 'a Secrets Manager dynamic reference',
    value: () => '{{resolve:secretsmanager:app-secret:SecretString:value}}',
    expect: (c) => (c.stringSite ? UNKNOWN : ['unknown', 'unconfigured']),
  },
];

/**
 * The variants whose expectation is known to be violated by an engine or duty bug, by site name; each runs as an
 * it.failing. None today: a CfnJson principal used to read as naming a resource, as any Fn::GetAtt did, but a custom
 * resource's output names nothing, so it is unresolvable.
 */
const KNOWN_BUGS: ReadonlyMap<string, readonly string[]> = new Map();

function build(): Checked {
  const app = new App();
  const stack = new Stack(app, 'Tokens', { env: { account: '111111111111', region: 'us-east-1' } });
  for (const site of SITES) {
    VARIANTS.forEach((variant, v) => {
      const { target } = place(stack, site, `v${v}`);
      const value = variant.value(stack, target.node.scope as Construct, site);
      if (value === undefined) target.addPropertyDeletionOverride(site.at);
      else target.addPropertyOverride(site.at, value);
    });
  }
  return check(app);
}

describe('tokens in every position', () => {
  let checked: Checked;
  beforeAll(() => {
    checked = build();
  });

  it('synthesizes with well-formed results, every resource checked and every finding surfaced', () => {
    expectSane(checked);
  });

  const ownerPath = (site: Site, v: number) => `Tokens/${SITES.indexOf(site)}-v${v}/R`;
  const outcome = (site: Site, v: number): Outcome | 'absent' =>
    resultOf(checked.results, ownerPath(site, v), site.duty)?.outcome ?? 'absent';

  describe.each(SITES.map((s) => [s.name, s] as const))('%s', (_name, site) => {
    const controls = () => ({
      good: outcome(site, 0) as Outcome,
      bad: outcome(site, 1) as Outcome,
      absent: outcome(site, 2) as Outcome,
      stringSite: typeof site.good !== 'object',
    });
    VARIANTS.forEach((variant, v) => {
      const known = KNOWN_BUGS.get(site.name)?.includes(variant.name) ?? false;
      (known ? it.failing : it)(`${site.duty}: ${variant.name} reads as ${v < 3 ? 'the control says' : 'it must'}`, () => {
        expect(variant.expect(controls())).toContain(outcome(site, v));
      });
    });
    it(`${site.duty}: an unresolvable value is never configured`, () => {
      const unresolvable = VARIANTS.map((variant, v) => ({ variant: variant.name, v })).filter(
        (x) =>
          x.v >= 3 &&
          !x.variant.startsWith('a Lazy that produces the') &&
          !x.variant.includes('AWS::NoValue') &&
          !(KNOWN_BUGS.get(site.name) ?? []).includes(x.variant),
      );
      expect(unresolvable.filter((x) => outcome(site, x.v) === 'configured').map((x) => x.variant)).toEqual([]);
    });
  });
});

describe('a CfnJson object in an object position', () => {
  // The CfnJson value is an Fn::GetAtt; DeadLetterConfig.TargetArn lies below it, where nothing is known, not even
  // whether the key exists. (The same for every duty that reads below an object property; see test/property, 'an
  // opaque object'.)
  it('does not read a key below it as set', () => {
    const app = new App();
    const stack = new Stack(app, 'S', { env: { account: '111111111111', region: 'us-east-1' } });
    const fn = new CfnResource(stack, 'Fn', {
      type: 'AWS::Lambda::Function',
      properties: { Runtime: 'nodejs22.x', Handler: 'index.handler', Role: 'arn:aws:iam::111111111111:role/r', Code: { ZipFile: 'x' } },
    });
    fn.addPropertyOverride('DeadLetterConfig', new CfnJson(stack, 'Json', { value: { Note: 'no TargetArn here' } }).value);
    const { results } = check(app);
    expect(resultOf(results, 'S/Fn', 'lambda-function-async-failure-destination')?.outcome).toBe('unknown');
  });
});
