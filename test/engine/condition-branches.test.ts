import { Fn, type Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { conditionOn, dutyResult, synthWithChecks } from '../harness';

/**
 * An `Fn::If` is read branch by branch: every branch failing a duty is a finding, every branch
 * passing is configured, and only a mix (or a branch that is itself unknown) is unknown, naming the
 * condition. Shown on several duties, with L1 properties and escape-hatch overrides.
 */
function judged(build: (stack: Stack) => void, path: string, dutyId: string): { outcome: string; detail?: string } {
  const r = dutyResult(synthWithChecks(build).results, path, dutyId);
  if (!r) throw new Error(`no result for ${dutyId} on ${path}`);
  return { outcome: r.outcome, detail: r.detail };
}

const NO_VALUE = Fn.ref('AWS::NoValue');
// Written as the template reads: CDK does not rename the keys of values inside an intrinsic.
const kmsRule = (algorithm: string, key?: string) => ({
  ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: algorithm, KMSMasterKeyID: key } }],
});
const CMK = 'arn:aws:kms:us-east-1:111111111111:key/11111111-2222-3333-4444-555555555555';

describe('s3-bucket-customer-managed-key through an Fn::If', () => {
  const duty = 's3-bucket-customer-managed-key';

  it('is unconfigured when both branches of BucketEncryption use keys S3 or AWS manage', () => {
    const r = judged(
      (s) => new s3.CfnBucket(s, 'Raw', { bucketEncryption: Fn.conditionIf(conditionOn(s), kmsRule('AES256'), kmsRule('aws:kms')) }),
      'Raw',
      duty,
    );
    expect(r.outcome).toBe('unconfigured');
  });

  it('is configured when both branches name a customer managed key (the Fn::If on the algorithm inside the rule)', () => {
    const r = judged(
      (s) =>
        new s3.CfnBucket(s, 'Raw', {
          bucketEncryption: {
            serverSideEncryptionConfiguration: [
              {
                serverSideEncryptionByDefault: {
                  sseAlgorithm: Fn.conditionIf(conditionOn(s), 'aws:kms', 'aws:kms:dsse').toString(),
                  kmsMasterKeyId: CMK,
                },
              },
            ],
          },
        }),
      'Raw',
      duty,
    );
    expect(r.outcome).toBe('configured');
  });

  it('is unknown, naming the condition, when one branch is SSE-S3 and the other a customer managed key', () => {
    const r = judged(
      (s) =>
        new s3.CfnBucket(s, 'Raw', {
          bucketEncryption: Fn.conditionIf(conditionOn(s, 'IsProd'), kmsRule('aws:kms', CMK), kmsRule('AES256')),
        }),
      'Raw',
      duty,
    );
    expect(r.outcome).toBe('unknown');
    expect(r.detail).toContain(
      "it depends on condition 'IsProd': when it is false, The bucket's default encryption is SSEAlgorithm AES256",
    );
    expect(r.detail).toContain('when it is true, it is configured');
  });

  it('reads an AWS::NoValue branch as the property absent (an escape-hatch override on the L2 bucket)', () => {
    const r = judged(
      (s) => {
        const bucket = new s3.Bucket(s, 'Bucket', { encryption: s3.BucketEncryption.S3_MANAGED });
        (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride(
          'BucketEncryption',
          Fn.conditionIf(conditionOn(s), kmsRule('AES256'), NO_VALUE),
        );
      },
      'Bucket',
      duty,
    );
    expect(r.outcome).toBe('unconfigured');
  });

  it('decides the whole Properties given as an Fn::If, and nested Fn::Ifs on two conditions', () => {
    const r = judged(
      (s) => {
        const a = conditionOn(s, 'A');
        const b = conditionOn(s, 'B');
        const bucket = new s3.CfnBucket(s, 'Raw');
        bucket.addOverride(
          'Properties',
          Fn.conditionIf(
            a,
            { BucketEncryption: Fn.conditionIf(b, kmsRule('AES256'), kmsRule('aws:kms')) },
            { VersioningConfiguration: { Status: 'Enabled' } },
          ),
        );
      },
      'Raw',
      duty,
    );
    expect(r.outcome).toBe('unconfigured');
  });

  it('keeps a branch that is itself unknown (a parameter) unknown, saying in which branch', () => {
    const r = judged(
      (s) =>
        new s3.CfnBucket(s, 'Raw', {
          bucketEncryption: Fn.conditionIf(conditionOn(s, 'IsProd'), kmsRule('aws:kms', Fn.ref('KeyParam')), kmsRule('AES256')),
        }),
      'Raw',
      duty,
    );
    expect(r.outcome).toBe('unknown');
    expect(r.detail).toContain("when condition 'IsProd' is true");
  });
});

describe('rds-instance-storage-encrypted through an Fn::If', () => {
  const duty = 'rds-instance-storage-encrypted';
  const instance = (s: Stack, encrypted: unknown) =>
    new rds.CfnDBInstance(s, 'Db', {
      engine: 'postgres',
      dbInstanceClass: 'db.t4g.micro',
      allocatedStorage: '20',
      masterUsername: 'admin',
      manageMasterUserPassword: true,
      storageEncrypted: encrypted as boolean,
    });

  it('is configured when both branches encrypt', () => {
    expect(judged((s) => instance(s, Fn.conditionIf(conditionOn(s), true, 'true')), 'Db', duty).outcome).toBe('configured');
  });

  it('is unconfigured when one branch disables encryption and the other leaves it unset', () => {
    expect(judged((s) => instance(s, Fn.conditionIf(conditionOn(s), false, NO_VALUE)), 'Db', duty).outcome).toBe('unconfigured');
  });

  it('is unknown when only one branch encrypts', () => {
    const r = judged((s) => instance(s, Fn.conditionIf(conditionOn(s, 'Encrypt'), true, false)), 'Db', duty);
    expect(r.outcome).toBe('unknown');
    expect(r.detail).toContain("condition 'Encrypt'");
  });
});

describe('ec2-security-group-no-public-high-risk-ports through an Fn::If', () => {
  const duty = 'ec2-security-group-no-public-high-risk-ports';
  const group = (s: Stack, cidr: unknown) => {
    const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [] });
    const sg = new ec2.SecurityGroup(s, 'Group', { vpc });
    sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'), ec2.Port.tcp(22));
    // The escape hatch: the rule's CIDR decided by a condition.
    (sg.node.defaultChild as ec2.CfnSecurityGroup).addPropertyOverride('SecurityGroupIngress.0.CidrIp', cidr);
  };

  it('is unconfigured when both branches open SSH to the internet (0.0.0.0/0 and its two halves are not needed here)', () => {
    expect(judged((s) => group(s, Fn.conditionIf(conditionOn(s), '0.0.0.0/0', '0.0.0.0/0')), 'Group', duty).outcome).toBe('unconfigured');
  });

  it('is configured when both branches keep SSH inside private ranges', () => {
    expect(judged((s) => group(s, Fn.conditionIf(conditionOn(s), '10.0.0.0/8', '192.168.0.0/16')), 'Group', duty).outcome).toBe(
      'configured',
    );
  });

  it('is unknown when one branch opens SSH to the internet', () => {
    const r = judged((s) => group(s, Fn.conditionIf(conditionOn(s, 'Open'), '10.0.0.0/8', '0.0.0.0/0')), 'Group', duty);
    expect(r.outcome).toBe('unknown');
    expect(r.detail).toContain("condition 'Open'");
  });

  it('judges an ingress list element that is an Fn::If with an AWS::NoValue branch', () => {
    const r = judged(
      (s) => {
        const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [] });
        const sg = new ec2.SecurityGroup(s, 'Group', { vpc });
        (sg.node.defaultChild as ec2.CfnSecurityGroup).addPropertyOverride('SecurityGroupIngress', [
          Fn.conditionIf(conditionOn(s), { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }, NO_VALUE),
        ]);
      },
      'Group',
      duty,
    );
    expect(r.outcome).toBe('unknown');
  });
});

describe('iam-managed-policy-no-full-admin through an Fn::If in a policy statement', () => {
  const duty = 'iam-managed-policy-no-full-admin';
  const policy = (s: Stack, statement: unknown) =>
    new iam.CfnManagedPolicy(s, 'Policy', { policyDocument: { Version: '2012-10-17', Statement: [statement] } });

  it('is unconfigured when both branches of the action allow everything on everything', () => {
    const r = judged(
      (s) => policy(s, { Effect: 'Allow', Action: Fn.conditionIf(conditionOn(s), '*', ['*']), Resource: '*' }),
      'Policy',
      duty,
    );
    expect(r.outcome).toBe('unconfigured');
  });

  it('is configured when neither branch of the statement grants "*" on "*"', () => {
    const r = judged(
      (s) =>
        policy(
          s,
          Fn.conditionIf(
            conditionOn(s),
            { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
            { Effect: 'Deny', Action: '*', Resource: '*' },
          ),
        ),
      'Policy',
      duty,
    );
    expect(r.outcome).toBe('configured');
  });

  it('is unknown when one branch of the Effect allows "*" on "*"', () => {
    const r = judged(
      (s) => policy(s, { Effect: Fn.conditionIf(conditionOn(s, 'Admin'), 'Allow', 'Deny'), Action: '*', Resource: '*' }),
      'Policy',
      duty,
    );
    expect(r.outcome).toBe('unknown');
    expect(r.detail).toContain("it depends on condition 'Admin': when it is true,");
  });
});

describe('s3-bucket-policy-no-public-access through an Fn::If in the bucket policy (another resource of the template)', () => {
  const duty = 's3-bucket-policy-no-public-access';
  const withPolicy = (s: Stack, principal: unknown) => {
    // Block Public Access off, so a public policy is public.
    const bucket = new s3.CfnBucket(s, 'Raw', {
      publicAccessBlockConfiguration: {
        blockPublicAcls: false,
        blockPublicPolicy: false,
        ignorePublicAcls: false,
        restrictPublicBuckets: false,
      },
    });
    new s3.CfnBucketPolicy(s, 'Policy', {
      bucket: bucket.ref,
      policyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: `${bucket.attrArn}/*` }],
      },
    });
  };

  it('is unconfigured when both branches of the principal are everyone', () => {
    expect(judged((s) => withPolicy(s, Fn.conditionIf(conditionOn(s), '*', { AWS: '*' })), 'Raw', duty).outcome).toBe('unconfigured');
  });

  it('is configured when both branches name an account of the app', () => {
    const r = judged(
      (s) =>
        withPolicy(
          s,
          Fn.conditionIf(conditionOn(s), { AWS: 'arn:aws:iam::111111111111:root' }, { AWS: 'arn:aws:iam::111111111111:role/Reader' }),
        ),
      'Raw',
      duty,
    );
    expect(r.outcome).toBe('configured');
  });

  it('is unknown, naming the condition, when one branch is everyone', () => {
    const r = judged(
      (s) => withPolicy(s, Fn.conditionIf(conditionOn(s, 'Public'), '*', { AWS: 'arn:aws:iam::111111111111:root' })),
      'Raw',
      duty,
    );
    expect(r.outcome).toBe('unknown');
    expect(r.detail).toContain("condition 'Public'");
  });
});
