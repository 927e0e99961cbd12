import fc from 'fast-check';
import { Candidates } from '../../lib/model/evidence/candidates';
import type { ResourceRecord } from '../../lib/model/resource';
import { ResourceIndex } from '../../lib/model/resource-index';
import { resolveOptions } from '../../lib/options';
import { evaluateAll } from '../../lib/private/evaluate';
import { catalogIndex } from '../../rules';
import { outcomeMap } from './soundness';
import { buildResults } from '../../lib/private/write-results';

/**
 * AWS Backup selections and SSM patch associations are looked up through an index of what each can
 * name (lib/model/evidence/candidates.ts), so a resource meets only the selections that may assign
 * it instead of all of them. The index may only save work: on any template, the outcomes must be
 * those of the same engine with every selection and association checked against every resource.
 */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261206;

/** An index whose derived lookups return every source, as the engine did before it had them. */
class UnfilteredIndex extends ResourceIndex {
  override derive<T>(key: object, build: (index: ResourceIndex) => T): T {
    const real = super.derive(key, build);
    const everything = (c: Candidates) => ({ of: () => c.all(), all: () => c.all() });
    if (real instanceof Candidates) return everything(real) as T;
    return Object.fromEntries(Object.entries(real as Record<string, Candidates>).map(([k, c]) => [k, everything(c)])) as T;
  }
}

const TARGETS = ['Db', 'Db2', 'Fs', 'Table', 'Vol', 'Web', 'Web2'];
const TAGS = ['backup', 'team', 'Patch Group', 'env'];
const TOKENS: unknown[] = [
  { Ref: 'Param' },
  { 'Fn::ImportValue': 'shared' },
  { 'Fn::If': ['C', 'daily', { Ref: 'AWS::NoValue' }] },
  '{{resolve:ssm:/x}}',
];

const tagValue = fc.oneof(fc.constantFrom('daily', 'weekly', 'ops'), fc.constantFrom(...TOKENS));
const tags = fc
  .uniqueArray(fc.constantFrom(...TAGS), { maxLength: 2 })
  .chain((keys) => fc.tuple(...keys.map((k) => tagValue.map((v) => ({ Key: k, Value: v })))));
const ref = fc.constantFrom(...TARGETS, 'Missing').map((id) => (id === 'Missing' ? { Ref: 'Param' } : { 'Fn::GetAtt': [id, 'Arn'] }));
const arn = fc.oneof(
  ref,
  fc.constantFrom(
    '*',
    'arn:aws:rds:*:*:db:*',
    'arn:aws:dynamodb:*:*:table/*',
    'arn:aws:elasticfilesystem:*:*:file-system/*',
    'arn:aws:ec2:*:*:volume/*',
    'arn:aws:*:*:*:*',
    'arn:aws:rds:eu-west-1:111111111111:db:named',
  ),
  fc.constantFrom(...TOKENS),
  ref.map((r) => ({ 'Fn::If': ['C', r, { Ref: 'AWS::NoValue' }] })),
);
const condition = fc.record({
  ConditionKey: fc.oneof(
    fc.constantFrom(...TAGS).map((t) => `aws:ResourceTag/${t}`),
    fc.constantFrom(...TOKENS),
  ),
  ConditionValue: tagValue,
});
const selection = fc.record(
  {
    SelectionName: fc.constant('s'),
    IamRoleArn: fc.constant('arn:aws:iam::111111111111:role/backup'),
    Resources: fc.oneof(fc.array(arn, { maxLength: 3 }), fc.constantFrom(...TOKENS)),
    NotResources: fc.array(arn, { maxLength: 1 }),
    ListOfTags: fc.array(
      fc.record({
        ConditionType: fc.constantFrom('STRINGEQUALS', 'STRINGLIKE', 'stringequals'),
        ConditionKey: condition.map((c) => c.ConditionKey),
        ConditionValue: tagValue,
      }),
      { maxLength: 2 },
    ),
    Conditions: fc.option(
      fc.record(
        { StringEquals: fc.array(condition, { maxLength: 1 }), StringLike: fc.array(condition, { maxLength: 1 }) },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  },
  { requiredKeys: ['SelectionName', 'IamRoleArn'] },
);
const target = fc.oneof(
  fc.record({
    Key: fc.constant('InstanceIds'),
    Values: fc.array(
      fc.oneof(
        fc.constant('*'),
        fc.constantFrom('Web', 'Web2', 'Db').map((id) => ({ Ref: id })),
        fc.constantFrom(...TOKENS),
      ),
      { minLength: 1, maxLength: 2 },
    ),
  }),
  fc.record({ Key: fc.constantFrom(...TAGS).map((t) => `tag:${t}`), Values: fc.array(tagValue, { minLength: 1, maxLength: 2 }) }),
  fc.record({
    Key: fc.constant('tag-key'),
    Values: fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom(...TOKENS)), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({ Key: fc.constantFrom(...TOKENS), Values: fc.constant(['x']) }),
);
const association = fc.record(
  {
    Name: fc.oneof(
      fc.constantFrom('AWS-RunPatchBaseline', 'AWS-RunShellScript', 'arn:aws:ssm:us-east-1::document/AWS-RunPatchBaselineWithHooks'),
      fc.constantFrom(...TOKENS),
    ),
    Targets: fc.oneof(fc.array(target, { maxLength: 2 }), fc.constantFrom(...TOKENS)),
    InstanceId: fc.option(
      fc.constantFrom('Web', 'Web2').map((id) => ({ Ref: id })),
      { nil: undefined },
    ),
    Parameters: fc.option(fc.record({ Operation: fc.oneof(fc.constant(['Install']), fc.constant(['Scan']), fc.constantFrom(...TOKENS)) }), {
      nil: undefined,
    }),
  },
  { requiredKeys: ['Name'] },
);
const windowTask = fc.record({
  TaskArn: fc.constantFrom('AWS-RunPatchBaseline', 'AWS-RunShellScript'),
  TaskType: fc.constant('RUN_COMMAND'),
  WindowId: fc.constant({ Ref: 'Window' }),
  Targets: fc.array(fc.oneof(fc.constant({ Key: 'WindowTargetIds', Values: [{ Ref: 'WindowTarget' }] }), target), { maxLength: 2 }),
  TaskInvocationParameters: fc.constant({ MaintenanceWindowRunCommandParameters: { Parameters: { Operation: ['Install'] } } }),
});

const template = fc
  .record({
    tags: fc.array(tags, { minLength: TARGETS.length, maxLength: TARGETS.length }),
    selections: fc.array(selection, { maxLength: 4 }),
    associations: fc.array(association, { maxLength: 3 }),
    tasks: fc.array(windowTask, { maxLength: 2 }),
    windowTargets: fc.array(target, { minLength: 1, maxLength: 2 }),
  })
  .map(({ tags: tagLists, selections, associations, tasks, windowTargets }) => {
    const types: Record<string, string> = {
      Db: 'AWS::RDS::DBInstance',
      Db2: 'AWS::RDS::DBCluster',
      Fs: 'AWS::EFS::FileSystem',
      Table: 'AWS::DynamoDB::Table',
      Vol: 'AWS::EC2::Volume',
      Web: 'AWS::EC2::Instance',
      Web2: 'AWS::EC2::Instance',
    };
    const resources: Record<string, unknown> = {};
    TARGETS.forEach((id, i) => {
      resources[id] = { Type: types[id], Properties: id === 'Fs' ? { FileSystemTags: tagLists[i] } : { Tags: tagLists[i] } };
    });
    selections.forEach(
      (s, i) =>
        (resources[`Selection${i}`] = { Type: 'AWS::Backup::BackupSelection', Properties: { BackupPlanId: 'plan', BackupSelection: s } }),
    );
    associations.forEach((a, i) => (resources[`Assoc${i}`] = { Type: 'AWS::SSM::Association', Properties: a }));
    tasks.forEach((t, i) => (resources[`Task${i}`] = { Type: 'AWS::SSM::MaintenanceWindowTask', Properties: t }));
    resources.Window = {
      Type: 'AWS::SSM::MaintenanceWindow',
      Properties: { Name: 'w', Schedule: 'rate(7 days)', Duration: 2, Cutoff: 1, AllowUnassociatedTargets: false },
    };
    resources.WindowTarget = {
      Type: 'AWS::SSM::MaintenanceWindowTarget',
      Properties: { WindowId: { Ref: 'Window' }, ResourceType: 'INSTANCE', Targets: windowTargets },
    };
    return resources;
  });

function outcomes(resources: Record<string, unknown>, filtered: boolean): Map<string, string> {
  const records: ResourceRecord[] = Object.entries(resources).map(([logicalId, raw]) => {
    const entry = raw as { Type: string; Properties: Record<string, unknown> };
    return {
      stackPath: 'T',
      logicalId,
      type: entry.Type,
      properties: entry.Properties,
      entry: entry as Record<string, unknown>,
      ownerPath: `T/${logicalId}`,
      cfnPath: `T/${logicalId}/Resource`,
    };
  });
  const options = resolveOptions({}, catalogIndex);
  const index = filtered ? new ResourceIndex(records) : new UnfilteredIndex(records);
  const out = evaluateAll({ records, index, options, acks: new Map() });
  return outcomeMap(buildResults(out.resources, out.uncoveredTypes, [], options)) as Map<string, string>;
}

describe('the backup-selection and patch-association indexes', () => {
  it('give every duty the outcome it has when every selection and association is checked against every resource (2,000 templates)', () => {
    fc.assert(
      fc.property(template, (resources) => {
        expect(Object.fromEntries(outcomes(resources, true))).toEqual(Object.fromEntries(outcomes(resources, false)));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
