import { App, CfnResource, Duration, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct, type IConstruct } from 'constructs';

/**
 * Synthetic but realistic apps for the benchmark: a shared network stack (one VPC) and workload
 * stacks of at most STACK_BUDGET resources each, filled with units drawn by weight from the
 * catalog's common types, about half of them configured securely. Each workload stack also holds
 * the cross-resource evidence our duties read: bucket policies, separate security group rules, an
 * SSM `AWS-RunPatchBaseline` association by tag (in most stacks), and an AWS Backup plan with
 * selections by ARN and by tag. Everything is env-agnostic: no assets, no lookups, no Docker.
 */

/** CDK apps keep stacks well under CloudFormation's 500-resource limit. */
const STACK_BUDGET = 400;

/** mulberry32: a small seeded PRNG, so the same seed builds the same app. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchApp {
  readonly app: App;
  /** CloudFormation resources in the app (CDK's own metadata resources excluded). */
  readonly resources: number;
  readonly stacks: number;
}

export interface BuildOptions {
  /** Approximate number of CloudFormation resources. */
  readonly size: number;
  readonly seed: number;
  readonly outdir: string;
}

export function buildApp(opts: BuildOptions): BenchApp {
  const app = new App({
    outdir: opts.outdir,
    context: {
      // What `cdk synth` passes an app.
      'aws:cdk:enable-path-metadata': true,
      'aws:cdk:enable-asset-metadata': true,
      // Report validation failures without throwing or printing: the insecure half of every app
      // fails cdk-nag and our plugin, and a 10,000-line report on stderr would be noise in the timings.
      '@aws-cdk/core:failSynthOnValidationErrors': false,
    },
    analyticsReporting: false,
  });
  const rand = prng(opts.seed);
  const network = new Stack(app, 'Network');
  const vpc = new ec2.Vpc(network, 'Vpc', {
    maxAzs: 2,
    natGateways: 1,
    subnetConfiguration: [
      { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
      { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      { name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ],
  });
  let total = countResources(network);
  let stacks = 1;
  while (total < opts.size) {
    const budget = Math.min(STACK_BUDGET, opts.size - total);
    const stack = new Stack(app, `Workload${String(stacks).padStart(2, '0')}`);
    new Workload(stack, vpc, rand).fill(budget);
    total += countResources(stack);
    stacks++;
  }
  return { app, resources: total, stacks };
}

function countResources(scope: IConstruct): number {
  return scope.node.findAll().filter((c) => CfnResource.isCfnResource(c) && c.cfnResourceType !== 'AWS::CDK::Metadata').length;
}

type UnitKind =
  | 'bucket'
  | 'queue'
  | 'topic'
  | 'table'
  | 'function'
  | 'role'
  | 'securityGroup'
  | 'instance'
  | 'launchTemplate'
  | 'database'
  | 'logGroup'
  | 'key';

/** Relative frequency of each unit: storage, messaging and compute dominate real apps; databases are few. */
const WEIGHTS: Readonly<Record<UnitKind, number>> = {
  bucket: 14,
  queue: 10,
  topic: 7,
  table: 8,
  function: 12,
  role: 8,
  securityGroup: 8,
  instance: 4,
  launchTemplate: 4,
  database: 2,
  logGroup: 6,
  key: 3,
};

const PATCH_TAG = 'Patch Group';
const BACKUP_TAG = 'backup';

class Workload {
  private readonly key: kms.Key;
  private readonly buckets: s3.IBucket[] = [];
  private readonly tables: dynamodb.ITable[] = [];
  private readonly queues: sqs.IQueue[] = [];
  private readonly groups: ec2.ISecurityGroup[] = [];
  private n = 0;

  constructor(
    private readonly stack: Stack,
    private readonly vpc: ec2.IVpc,
    private readonly rand: () => number,
  ) {
    this.key = new kms.Key(stack, 'WorkloadKey', { enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });
  }

  fill(budget: number): void {
    const extras = this.extras();
    let used = countResources(this.stack) + extras;
    while (used < budget) {
      const unit = new Construct(this.stack, `U${this.n++}`);
      this.add(this.pick(), unit, this.rand() < 0.5);
      used += countResources(unit);
    }
    this.relations();
  }

  /** Resources `relations()` adds at the end: association, vault, plan, two selections and their role. */
  private extras(): number {
    return 7;
  }

  private pick(): UnitKind {
    const kinds = Object.keys(WEIGHTS) as UnitKind[];
    const sum = kinds.reduce((s, k) => s + WEIGHTS[k], 0);
    let x = this.rand() * sum;
    for (const k of kinds) {
      x -= WEIGHTS[k];
      if (x < 0) return k;
    }
    return kinds[kinds.length - 1];
  }

  private one<T>(list: readonly T[]): T | undefined {
    return list.length === 0 ? undefined : list[Math.floor(this.rand() * list.length)];
  }

  private add(kind: UnitKind, scope: Construct, secure: boolean): void {
    switch (kind) {
      case 'bucket':
        return this.bucket(scope, secure);
      case 'queue':
        return this.queue(scope, secure);
      case 'topic':
        return this.topic(scope, secure);
      case 'table':
        return this.table(scope, secure);
      case 'function':
        return this.function(scope, secure);
      case 'role':
        return this.role(scope, secure);
      case 'securityGroup':
        return this.securityGroup(scope, secure);
      case 'instance':
        return this.instance(scope, secure);
      case 'launchTemplate':
        return this.launchTemplate(scope, secure);
      case 'database':
        return this.database(scope, secure);
      case 'logGroup':
        return this.logGroup(scope, secure);
      case 'key':
        return void new kms.Key(scope, 'Key', { enableKeyRotation: secure });
    }
  }

  private bucket(scope: Construct, secure: boolean): void {
    if (this.rand() < 0.2) {
      // L1 bucket with its policy as a separate resource: evidence our index must relate.
      const bucket = new s3.CfnBucket(scope, 'Bucket', {
        bucketEncryption: {
          serverSideEncryptionConfiguration: [
            { serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: this.key.keyArn } },
          ],
        },
        publicAccessBlockConfiguration: {
          blockPublicAcls: true,
          blockPublicPolicy: true,
          ignorePublicAcls: true,
          restrictPublicBuckets: true,
        },
      });
      new s3.CfnBucketPolicy(scope, 'Policy', {
        bucket: bucket.ref,
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [bucket.attrArn, `${bucket.attrArn}/*`],
              Condition: { Bool: { 'aws:SecureTransport': secure ? 'false' : 'true' } },
            },
          ],
        },
      });
      return;
    }
    const bucket = new s3.Bucket(
      scope,
      'Bucket',
      secure
        ? {
            enforceSSL: true,
            encryptionKey: this.key,
            encryption: s3.BucketEncryption.KMS,
            versioned: true,
            blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
          }
        : { enforceSSL: this.rand() < 0.3 },
    );
    if (this.rand() < 0.4) {
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['s3:GetObject'],
          resources: [bucket.arnForObjects('*')],
          principals: [secure ? new iam.AccountRootPrincipal() : new iam.AnyPrincipal()],
        }),
      );
    }
    if (this.rand() < 0.5) Tags.of(bucket).add(BACKUP_TAG, 'daily');
    this.buckets.push(bucket);
  }

  private queue(scope: Construct, secure: boolean): void {
    const dlq = secure ? new sqs.Queue(scope, 'Dlq', { encryption: sqs.QueueEncryption.KMS_MANAGED, enforceSSL: true }) : undefined;
    const queue = new sqs.Queue(
      scope,
      'Queue',
      secure
        ? {
            encryption: sqs.QueueEncryption.KMS,
            encryptionMasterKey: this.key,
            enforceSSL: true,
            deadLetterQueue: { queue: dlq!, maxReceiveCount: 5 },
          }
        : { encryption: sqs.QueueEncryption.UNENCRYPTED },
    );
    this.queues.push(queue);
  }

  private topic(scope: Construct, secure: boolean): void {
    const topic = new sns.Topic(scope, 'Topic', secure ? { masterKey: this.key, enforceSSL: true } : {});
    const queue = this.one(this.queues);
    if (queue && this.rand() < 0.6) topic.addSubscription(new subs.SqsSubscription(queue));
  }

  private table(scope: Construct, secure: boolean): void {
    const table = new dynamodb.Table(scope, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      ...(secure
        ? {
            pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
            encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
            encryptionKey: this.key,
            deletionProtection: true,
          }
        : {}),
    });
    if (this.rand() < 0.5) Tags.of(table).add(BACKUP_TAG, 'daily');
    if (secure) Tags.of(table).add('DataClassification', this.rand() < 0.3 ? 'confidential' : 'internal');
    this.tables.push(table);
  }

  private function(scope: Construct, secure: boolean): void {
    const fn = new lambda.Function(scope, 'Function', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
      ...(secure
        ? {
            tracing: lambda.Tracing.ACTIVE,
            reservedConcurrentExecutions: 5,
            logGroup: new logs.LogGroup(scope, 'Logs', { retention: logs.RetentionDays.ONE_YEAR, encryptionKey: this.key }),
            vpc: this.vpc,
            vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
          }
        : {}),
    });
    const table = this.one(this.tables);
    if (table && this.rand() < 0.5) table.grantReadWriteData(fn);
    const bucket = this.one(this.buckets);
    if (bucket && this.rand() < 0.4) bucket.grantRead(fn);
    const queue = this.one(this.queues);
    if (queue && this.rand() < 0.4) queue.grantSendMessages(fn);
  }

  private role(scope: Construct, secure: boolean): void {
    const role = new iam.Role(scope, 'Role', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
    const bucket = this.one(this.buckets);
    const statement = secure
      ? new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket ? bucket.arnForObjects('*') : 'arn:aws:s3:::example/*'] })
      : new iam.PolicyStatement({ actions: ['*'], resources: ['*'] });
    if (this.rand() < 0.5) {
      new iam.ManagedPolicy(scope, 'Managed', { roles: [role], statements: [statement] });
    } else {
      new iam.Policy(scope, 'Inline', { roles: [role], statements: [statement] });
    }
  }

  private securityGroup(scope: Construct, secure: boolean): void {
    const sg = new ec2.SecurityGroup(scope, 'Group', { vpc: this.vpc, allowAllOutbound: !secure, description: 'bench' });
    const peer = this.one(this.groups);
    if (secure && peer) {
      // A rule between two groups becomes its own AWS::EC2::SecurityGroupIngress resource.
      sg.addIngressRule(peer, ec2.Port.tcp(443), 'from peer');
    }
    new ec2.CfnSecurityGroupIngress(scope, 'Ingress', {
      groupId: sg.securityGroupId,
      ipProtocol: 'tcp',
      fromPort: secure ? 443 : 22,
      toPort: secure ? 443 : 22,
      cidrIp: secure ? '10.0.0.0/16' : '0.0.0.0/0',
    });
    this.groups.push(sg);
  }

  private instance(scope: Construct, secure: boolean): void {
    const instance = new ec2.Instance(scope, 'Instance', {
      vpc: this.vpc,
      vpcSubnets: { subnetType: secure ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PUBLIC },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      requireImdsv2: secure,
      ssmSessionPermissions: secure,
      detailedMonitoring: secure,
      blockDevices: secure ? [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true }) }] : undefined,
    });
    if (this.rand() < 0.7) Tags.of(instance).add(PATCH_TAG, 'web');
  }

  private launchTemplate(scope: Construct, secure: boolean): void {
    new ec2.LaunchTemplate(scope, 'Template', {
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      requireImdsv2: secure,
      role: new iam.Role(scope, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }),
      blockDevices: secure ? [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(30, { encrypted: true }) }] : undefined,
    });
  }

  private database(scope: Construct, secure: boolean): void {
    const db = new rds.DatabaseInstance(scope, 'Database', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      vpc: this.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      removalPolicy: RemovalPolicy.DESTROY,
      ...(secure
        ? {
            storageEncrypted: true,
            storageEncryptionKey: this.key,
            multiAz: true,
            deletionProtection: true,
            backupRetention: Duration.days(14),
            iamAuthentication: true,
            cloudwatchLogsExports: ['postgresql'],
          }
        : { storageEncrypted: false, backupRetention: Duration.days(0) }),
    });
    if (this.rand() < 0.5) Tags.of(db).add(BACKUP_TAG, 'daily');
  }

  private logGroup(scope: Construct, secure: boolean): void {
    new logs.LogGroup(
      scope,
      'Logs',
      secure ? { retention: logs.RetentionDays.ONE_YEAR, encryptionKey: this.key } : { retention: logs.RetentionDays.INFINITE },
    );
  }

  /** Cross-resource evidence: patching by tag, and backups by ARN and by tag. */
  private relations(): void {
    if (this.rand() < 0.7) {
      new ssm.CfnAssociation(this.stack, 'PatchBaseline', {
        name: 'AWS-RunPatchBaseline',
        targets: [{ key: `tag:${PATCH_TAG}`, values: ['web'] }],
        parameters: { Operation: ['Install'] },
        scheduleExpression: 'rate(1 day)',
      });
    }
    const vault = new backup.BackupVault(this.stack, 'Vault', { encryptionKey: this.key, removalPolicy: RemovalPolicy.DESTROY });
    const plan = backup.BackupPlan.daily35DayRetention(this.stack, 'Plan', vault);
    const byArn = [
      ...this.tables.slice(0, 20).map((t) => backup.BackupResource.fromDynamoDbTable(t)),
      ...this.buckets.slice(0, 10).map((b) => backup.BackupResource.fromArn(b.bucketArn)),
    ];
    if (byArn.length > 0) plan.addSelection('ByArn', { resources: byArn });
    plan.addSelection('ByTag', { resources: [backup.BackupResource.fromTag(BACKUP_TAG, 'daily')] });
  }
}
