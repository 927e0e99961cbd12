import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as cfninc from 'aws-cdk-lib/cloudformation-include';
import { type Checked, check, expectSane, outcomesOf, resultOf } from './support';

/**
 * Templates written by hand and brought in with CfnInclude, a nested stack template included
 * with them: parameters, conditions and custom resources as CloudFormation has them, not as CDK
 * would write them.
 */
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'include');

describe('CfnInclude', () => {
  let checked: Checked;
  beforeAll(() => {
    const app = new App();
    const stack = new Stack(app, 'Inc', { env: { account: '111111111111', region: 'us-east-1' } });
    new cfninc.CfnInclude(stack, 'Parent', {
      templateFile: path.join(FIXTURES, 'parent.json'),
      loadNestedStacks: { Child: { templateFile: path.join(FIXTURES, 'child.json') } },
    });
    new cfninc.CfnInclude(stack, 'Yaml', { templateFile: path.join(FIXTURES, 'policy-as-sub.yaml') });
    checked = check(app);
  });

  it('synthesizes with sane results, every included resource checked and every finding surfaced', () => {
    expectSane(checked);
  });

  it('reads a value from a template parameter as unknown', () => {
    expect(resultOf(checked.results, 'Inc/Parent/ParamBucket', 's3-bucket-versioning')?.outcome).toBe('unknown');
  });

  it('reads a property under a template condition as unknown', () => {
    expect(resultOf(checked.results, 'Inc/Parent/CondBucket', 's3-bucket-versioning')?.outcome).toBe('unknown');
  });

  it('reports the public bucket policy of the included template on its bucket', () => {
    expect(resultOf(checked.results, 'Inc/Parent/OpenBucket', 's3-bucket-policy-no-public-access')?.outcome).toBe('unconfigured');
  });

  // CfnInclude puts the nested template in a NestedStack named after the resource, with a CfnInclude of the same id inside.
  it('checks the resources of the included nested stack, on their own paths', () => {
    const nested = Object.fromEntries(
      checked.results.resources.filter((r) => r.path.startsWith('Inc/Parent/Child/')).map((r) => [r.path, r.type]),
    );
    expect(nested).toEqual(
      expect.objectContaining({
        'Inc/Parent/Child/Child/Key': 'AWS::KMS::Key',
        'Inc/Parent/Child/Child/PlainQueue': 'AWS::SQS::Queue',
        'Inc/Parent/Child/Child/Logs': 'AWS::Logs::LogGroup',
      }),
    );
    expect(outcomesOf(checked.results, 'kms-key-rotation-enabled')['Inc/Parent/Child/Child/Key']).toBe('unknown');
    expect(outcomesOf(checked.results, 'sqs-queue-encrypted')['Inc/Parent/Child/Child/PlainQueue']).toBe('unconfigured');
    expect(outcomesOf(checked.results, 'logs-log-group-retention')['Inc/Parent/Child/Child/Logs']).toBe('unconfigured');
  });

  it('lists the custom resource type as uncovered', () => {
    expect(checked.results.uncoveredTypes).toContain('Custom::Seeder');
  });

  it('never reads a policy document written as an Fn::Sub JSON string as configured', () => {
    expect(resultOf(checked.results, 'Inc/Yaml/ControllerPolicy', 'iam-managed-policy-no-full-admin')?.outcome).toBe('unknown');
  });

  it('counts a KMS key imported from another stack as a customer key', () => {
    expect(resultOf(checked.results, 'Inc/Yaml/Queue', 'sqs-queue-encrypted')?.outcome).toBe('configured');
  });
});
