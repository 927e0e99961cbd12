import type { ResourceRecord } from '../../lib/model/resource';
import { ResourceIndex } from '../../lib/model/resource-index';
import { NO_TEMPLATE_FACTS } from '../../lib/model/template-facts';

/** Records of one template from `{ logicalId: [type, properties] }`. */
function records(resources: Record<string, [string, Record<string, unknown>]>, stackPath = 'S'): ResourceRecord[] {
  return Object.entries(resources).map(([logicalId, [type, properties]]) => ({
    stackPath,
    logicalId,
    type,
    properties,
    entry: { Type: type, Properties: properties },
    ownerPath: logicalId,
    cfnPath: logicalId,
  }));
}

const QUEUE = 'AWS::SQS::Queue';
const POLICY = 'AWS::SQS::QueuePolicy';

/** How the policy's Queues names queue Q: 'sure', 'maybe' or 'none'. */
function linkOf(queues: unknown, extra: Record<string, [string, Record<string, unknown>]> = {}): string {
  const all = records({ Q: [QUEUE, {}], Other: [QUEUE, {}], P: [POLICY, { Queues: queues }], ...extra });
  const index = new ResourceIndex(all);
  const { sure, maybe } = index.attachments(all[0], POLICY, 'Queues');
  if (sure.some((r) => r.logicalId === 'P')) return 'sure';
  return maybe.some((m) => m.record.logicalId === 'P') ? 'maybe' : 'none';
}

const NO_VALUE = { Ref: 'AWS::NoValue' };
const IF = (a: unknown, b: unknown) => ({ 'Fn::If': ['Cond', a, b] });

describe('ResourceIndex.attachments: how a link names its target', () => {
  it.each<[string, string, unknown]>([
    ['a Ref to it', 'sure', { Ref: 'Q' }],
    ['a list with a Ref to it', 'sure', ['https://sqs.us-east-1.amazonaws.com/111111111111/x', { Ref: 'Q' }]],
    ['an Fn::GetAtt of it', 'sure', { 'Fn::GetAtt': ['Q', 'QueueUrl'] }],
    ['an Fn::If naming it in both branches', 'sure', IF({ Ref: 'Q' }, { Ref: 'Q' })],
    ['an Fn::If naming it in one branch, AWS::NoValue in the other', 'maybe', [IF({ Ref: 'Q' }, NO_VALUE)]],
    ['an Fn::If naming another queue or it', 'maybe', IF([{ Ref: 'Other' }], [{ Ref: 'Q' }])],
    ['a Ref to a parameter', 'maybe', [{ Ref: 'QueueUrl' }]],
    ['an Fn::ImportValue', 'maybe', [{ 'Fn::ImportValue': 'shared-queue' }]],
    ['an Fn::Select over a list with it', 'maybe', [{ 'Fn::Select': [0, [{ Ref: 'Other' }, { Ref: 'Q' }]] }]],
    ['an Fn::Sub of a parameter', 'maybe', [{ 'Fn::Sub': 'https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/${Name}' }]],
    ['a dynamic reference', 'maybe', ['{{resolve:ssm:/queue/url}}']],
    ['an output of a custom resource', 'maybe', [{ 'Fn::GetAtt': ['Custom', 'Url'] }]],
    ['a Ref to another queue', 'none', [{ Ref: 'Other' }]],
    ['an Fn::If naming other queues only', 'none', [IF({ Ref: 'Other' }, NO_VALUE)]],
    ['a literal URL', 'none', ['https://sqs.us-east-1.amazonaws.com/111111111111/x']],
    [
      'an ARN of pseudo parameters and literals',
      'none',
      [{ 'Fn::Join': ['', ['https://sqs.', { Ref: 'AWS::Region' }, '.amazonaws.com/111111111111/x']] }],
    ],
    ['an Fn::Sub naming another queue', 'none', [{ 'Fn::Sub': '${Other.QueueName}' }]],
    ['absent', 'none', undefined],
  ])('%s: %s', (_name, expected, queues) => {
    expect(linkOf(queues, { Custom: ['Custom::Lookup', {}] })).toBe(expected);
  });

  it('reads a link below an Fn::If over the whole Properties branch by branch', () => {
    const all = records({ Q: [QUEUE, {}], P: [POLICY, IF({ Queues: [{ Ref: 'Q' }] }, NO_VALUE) as Record<string, unknown>] });
    const { sure, maybe } = new ResourceIndex(all).attachments(all[0], POLICY, 'Queues');
    expect({ sure: sure.length, maybe: maybe.map((m) => m.path) }).toEqual({ sure: 0, maybe: [''] });
  });

  it('lets a link that may name any resource reach resources of other templates of the app', () => {
    const all = [...records({ Q: [QUEUE, {}] }, 'A'), ...records({ P: [POLICY, { Queues: [{ 'Fn::ImportValue': 'A:QueueUrl' }] }] }, 'B')];
    expect(new ResourceIndex(all).attachments(all[0], POLICY, 'Queues').maybe.map((m) => `${m.record.logicalId} ${m.path}`)).toEqual([
      'P Queues.0',
    ]);
  });
});

describe("ResourceIndex: an Fn::ImportValue of an export the app's stacks define", () => {
  const app = (exported: string) => {
    const all = [
      ...records({ Q: [QUEUE, {}], Other: [QUEUE, {}] }, 'A'),
      ...records({ P: [POLICY, { Queues: [{ 'Fn::ImportValue': 'A:ExportsOutputRefQ' }] }] }, 'B'),
    ];
    return {
      all,
      index: new ResourceIndex(all, NO_TEMPLATE_FACTS, new Map([['A:ExportsOutputRefQ', { stackPath: 'A', logicalId: exported }]])),
    };
  };

  it('names the exported resource surely, as a Ref would in one template', () => {
    const { all, index } = app('Q');
    expect(index.attachments(all[0], POLICY, 'Queues').sure.map((r) => r.logicalId)).toEqual(['P']);
    expect(index.referrers(all[0], POLICY).map((r) => r.logicalId)).toEqual(['P']);
    expect(index.linked(all[2], 'Queues', QUEUE)?.map((r) => `${r.stackPath}/${r.logicalId}`)).toEqual(['A/Q']);
  });

  it('names nothing else: another resource of the exporting stack is not attached, surely or maybe', () => {
    const { all, index } = app('Q');
    expect(index.attachments(all[1], POLICY, 'Queues')).toEqual({ sure: [], maybe: [] });
  });

  it('stays a value decided at deploy when no stack of the app exports the name', () => {
    const all = [...records({ Q: [QUEUE, {}] }, 'A'), ...records({ P: [POLICY, { Queues: [{ 'Fn::ImportValue': 'elsewhere' }] }] }, 'B')];
    const index = new ResourceIndex(all, NO_TEMPLATE_FACTS, new Map([['A:ExportsOutputRefQ', { stackPath: 'A', logicalId: 'Q' }]]));
    expect(index.attachments(all[0], POLICY, 'Queues').maybe.map((m) => m.record.logicalId)).toEqual(['P']);
    expect(index.linked(all[1], 'Queues', QUEUE)).toBeUndefined();
  });
});

describe('ResourceIndex.linked: whether an attaching resource is judged with its targets', () => {
  const index = (queues: unknown) => {
    const all = records({ Q: [QUEUE, {}], R: [QUEUE, {}], P: [POLICY, { Queues: queues }] });
    return { index: new ResourceIndex(all), policy: all[2] };
  };
  const linked = (queues: unknown) => {
    const { index: i, policy } = index(queues);
    return i.linked(policy, 'Queues', QUEUE)?.map((r) => r.logicalId);
  };

  it('names the queues when every entry is a Ref to a queue of the template', () => {
    expect(linked([{ Ref: 'Q' }, { Ref: 'R' }])).toEqual(['Q', 'R']);
  });

  it.each<[string, unknown]>([
    ['an entry outside the template', [{ Ref: 'Q' }, 'https://sqs.us-east-1.amazonaws.com/111111111111/x']],
    ['an Fn::If entry', [IF({ Ref: 'Q' }, { Ref: 'R' })]],
    ['a parameter', { Ref: 'Urls' }],
    ['no entry', []],
  ])('is undefined (judged on its own) for %s', (_name, queues) => {
    expect(linked(queues)).toBeUndefined();
  });
});
