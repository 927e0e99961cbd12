import { chooseBranches, UnresolvedValue, Value } from '../../lib/model/value';

/** The message of the UnresolvedValue a read throws, or 'no throw'. */
function unresolved(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    if (e instanceof UnresolvedValue) return e.message;
    throw e;
  }
  return 'no throw';
}

describe('Value below a token', () => {
  const getAtt = { 'Fn::GetAtt': ['Json', 'Value'] };

  it('counts a Ref or Fn::GetAtt as set at the path it was read at', () => {
    expect(new Value({ DeadLetterConfig: getAtt }, '').at('DeadLetterConfig').isSet()).toBe(true);
  });

  it('knows nothing below it, not even whether a key is set, and names the token and where it sits', () => {
    const props = new Value({ DeadLetterConfig: getAtt }, '');
    const below = props.at('DeadLetterConfig.TargetArn');
    expect(below.path).toBe('DeadLetterConfig.TargetArn');
    expect(below.isToken).toBe(true);
    expect(below.intrinsic).toBeUndefined();
    expect(unresolved(() => below.isSet())).toBe(
      'DeadLetterConfig.TargetArn is inside an Fn::GetAtt of Json.Value, at DeadLetterConfig, which cannot be resolved at synth',
    );
    for (const read of [
      () => below.str(),
      () => below.bool(),
      () => below.num(),
      () => below.list(),
      () => below.keys(),
      () => below.at('Deeper').isSet(),
      () => below.child('a.b').isSet(),
    ]) {
      expect(unresolved(read)).toContain('inside an Fn::GetAtt of Json.Value');
    }
  });

  it('does not read an ARN built from pseudo parameters as an object with keys', () => {
    const arn = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::bucket']] };
    const props = new Value({ Target: arn }, '');
    expect(props.at('Target').str()).toBe('arn:${AWS::Partition}:s3:::bucket');
    expect(unresolved(() => props.at('Target.Key').str())).toContain('inside an Fn::Join expression');
  });

  it('treats the whole Properties given as a token the same way', () => {
    expect(unresolved(() => new Value(getAtt, '').at('KmsMasterKeyId').isSet())).toBe(
      'KmsMasterKeyId is inside an Fn::GetAtt of Json.Value, the whole Properties, which cannot be resolved at synth',
    );
  });

  it('does not step into a dynamic reference', () => {
    expect(unresolved(() => new Value({ Config: '{{resolve:ssm:/app/config}}' }, '').at('Config.Enabled').bool())).toContain(
      'inside a dynamic reference',
    );
  });

  it('does not follow a custom resource output to a resource', () => {
    const lens = { describe: () => 'an output', isOutput: (i: Record<string, unknown>) => 'Fn::GetAtt' in i };
    expect(new Value({ Principal: getAtt }, '', lens).at('Principal').intrinsic).toBeUndefined();
    expect(new Value({ Principal: { Ref: 'Role' } }, '', lens).at('Principal').intrinsic).toEqual({ Ref: 'Role' });
  });
});

describe('Value.list', () => {
  const cond = (yes: unknown, no: unknown) => ({ 'Fn::If': ['Cond', yes, no] });

  it('removes an element that is AWS::NoValue, as CloudFormation does, and keeps the template index in the path', () => {
    const items = new Value({ L: [{ Ref: 'AWS::NoValue' }, 'b'] }, '').at('L').list()!;
    expect(items.map((v) => [v.path, v.raw])).toEqual([['L.1', 'b']]);
  });

  it('keeps an Fn::If element whose branches are both values (it exists either way; reading it is unknown)', () => {
    expect(new Value({ L: ['a', cond('b', 'c')] }, '').at('L').list()!.length).toBe(2);
  });

  it('is unknown when an element may be AWS::NoValue, since the number of elements is decided at deploy', () => {
    expect(unresolved(() => new Value({ L: ['a', cond('b', { Ref: 'AWS::NoValue' })] }, '').at('L').list())).toBe(
      "L.1 is an Fn::If on condition 'Cond' with an AWS::NoValue branch (the element may not exist), which cannot be resolved at synth",
    );
    expect(unresolved(() => new Value({ L: [cond('a', cond('b', { Ref: 'AWS::NoValue' }))] }, '').at('L').list())).toContain(
      'with an AWS::NoValue branch',
    );
  });
});

describe('chooseBranches and the condition an unresolved read names', () => {
  const ifOn = (condition: string, a: unknown, b: unknown) => ({ 'Fn::If': [condition, a, b] });
  const conditionOf = (read: () => unknown): string => {
    try {
      read();
    } catch (e) {
      if (e instanceof UnresolvedValue) return e.condition ?? 'none';
      throw e;
    }
    return 'no throw';
  };

  it('names the first condition of an Fn::If in the token it stopped at, nested or inside another intrinsic', () => {
    const props = { A: ifOn('Outer', ifOn('Inner', 1, 2), 3), B: { 'Fn::Join': ['', ['x', ifOn('InJoin', 'a', 'b')]] }, C: { Ref: 'P' } };
    const v = new Value(props, '');
    expect(conditionOf(() => v.at('A').num())).toBe('Outer');
    expect(conditionOf(() => v.at('A.Deeper').isSet())).toBe('Outer');
    expect(conditionOf(() => v.at('B').str())).toBe('InJoin');
    expect(conditionOf(() => v.at('C.X').str())).toBe('none');
    expect(conditionOf(() => new Value([ifOn('Maybe', 1, { Ref: 'AWS::NoValue' })], '').list())).toBe('Maybe');
  });

  it('replaces each Fn::If on a decided condition by its branch, wherever it sits, and leaves the others', () => {
    const raw = ifOn('Whole', { A: ifOn('X', 'yes', 'no'), L: [ifOn('X', { Ref: 'AWS::NoValue' }, 'kept')], U: ifOn('Y', 1, 2) }, {});
    const chosen = chooseBranches(
      raw,
      new Map([
        ['Whole', true],
        ['X', true],
      ]),
    );
    expect(chosen).toEqual({ A: 'yes', L: [{ Ref: 'AWS::NoValue' }], U: ifOn('Y', 1, 2) });
    expect(new Value(chosen, '').at('L').list()).toEqual([]);
    expect(chooseBranches(raw, new Map([['Whole', false]]))).toEqual({});
    // Unchanged parts are shared, not copied.
    expect(chooseBranches(raw, new Map([['Other', true]]))).toBe(raw);
  });
});
