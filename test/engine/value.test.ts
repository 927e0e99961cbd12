import { UnresolvedValue, Value } from '../../lib/model/value';

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
