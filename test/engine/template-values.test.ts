import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, CfnParameter, NestedStack, Stack, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { scanTemplate, SharedResponsibilityChecks, SharedResponsibilityPlugin } from '../../lib';
import { RESULTS_FILE, type Results } from '../../lib/results';
import { outcomeOf } from '../harness';

// A value a nested stack of the app passes (its output read with Fn::GetAtt [Stack, Outputs.X], or
// a parameter its parent fills) is read where the app defines it, by the aspect and by the plugin.

const CMK = 's3-bucket-customer-managed-key';

type Check = 'aspect' | 'plugin';

function synth(build: (stack: Stack) => void, check: Check): Results {
  const app = new App();
  build(new Stack(app, 'S'));
  if (check === 'aspect') Aspects.of(app).add(new SharedResponsibilityChecks({ reports: [] }));
  else Validations.of(app).addPlugins(new SharedResponsibilityPlugin({ reports: [] }));
  try {
    app.synth();
  } catch {
    // Error findings fail synth after the results are written.
  }
  return JSON.parse(fs.readFileSync(path.join(app.outdir, RESULTS_FILE), 'utf8')) as Results;
}

describe.each<Check>(['aspect', 'plugin'])('values passed through a nested stack (%s)', (check) => {
  it("judges a bucket encrypted with a key a nested stack outputs as that key's", () => {
    const results = synth((stack) => {
      const key = new kms.Key(new NestedStack(stack, 'Keys'), 'Key', { enableKeyRotation: true });
      new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.KMS, encryptionKey: key, enforceSSL: true });
    }, check);
    expect(outcomeOf(results, 'S/Bucket', CMK)).toBe('configured');
  });

  it('judges a bucket in a nested stack encrypted with a key its parent passes as a parameter', () => {
    const results = synth((stack) => {
      const key = new kms.Key(stack, 'Key', { enableKeyRotation: true });
      new s3.Bucket(new NestedStack(stack, 'Data'), 'Bucket', {
        encryption: s3.BucketEncryption.KMS,
        encryptionKey: key,
        enforceSSL: true,
      });
    }, check);
    expect(outcomeOf(results, 'S/Data/Bucket', CMK)).toBe('configured');
  });

  it('judges a topic whose key a nested stack outputs as encrypted', () => {
    const results = synth((stack) => {
      const key = new kms.Key(new NestedStack(stack, 'Keys'), 'Key', { enableKeyRotation: true });
      new sns.Topic(stack, 'Topic', { masterKey: key });
    }, check);
    expect(outcomeOf(results, 'S/Topic', 'sns-topic-kms-encryption')).toBe('configured');
  });

  it('keeps a value the parent passes from a parameter of its own unknown', () => {
    const results = synth((stack) => {
      const keyArn = new CfnParameter(stack, 'KeyArn').valueAsString;
      const nested = new NestedStack(stack, 'Data');
      new s3.CfnBucket(nested, 'Bucket', {
        bucketEncryption: {
          serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: keyArn } }],
        },
      });
    }, check);
    expect(outcomeOf(results, 'S/Data/Bucket', CMK)).toBe('unknown');
  });
});

/** The outcome of the SNS key duty on the template's one topic (a plain template's paths are its logical ids). */
function scanKeyOf(template: unknown): string | undefined {
  return scanTemplate(template)
    .resources.find((r) => r.path === 'Topic')
    ?.duties.find((d) => d.dutyId === 'sns-topic-kms-encryption')?.outcome;
}

describe('a key parameter of a plain template (scan)', () => {
  const topic = (declaration: Record<string, unknown>) =>
    scanKeyOf({
      Parameters: { TopicKey: { Type: 'String', ...declaration } },
      Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { KmsMasterKeyId: { Ref: 'TopicKey' } } } },
    });

  it('names a key when the declaration refuses an empty value', () => {
    expect(topic({ MinLength: 1 })).toBe('configured');
  });

  it('stays unknown when the parameter may be given empty', () => {
    expect(topic({ Default: 'alias/aws/sns' })).toBe('unknown');
  });
});
