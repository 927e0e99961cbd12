import { CustomResource, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { catalog } from '../../rules';
import { findingText } from '../../lib/report/finding-text';
import { synthWithChecks } from '../harness';

function autoDeleteBucket(stack: Stack): void {
  // autoDeleteObjects makes CDK add a custom-resource provider: a Lambda function and its role.
  new s3.Bucket(stack, 'Scratch', { enforceSSL: true, removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: true });
}

describe('resources CDK creates itself', () => {
  it("are recognised, and their findings reported at info rather than as the user's to fix", () => {
    const { results } = synthWithChecks(autoDeleteBucket);
    const handler = results.resources.find((r) => r.type === 'AWS::Lambda::Function');
    expect(handler?.cdkHelper).toBe('CDK custom resource provider');
    const findings = handler!.duties.filter((d) => d.outcome === 'unconfigured' || d.outcome === 'unknown');
    expect(findings.length).toBeGreaterThan(0);
    for (const d of findings) {
      expect(d.severity).toBe('info');
      expect(findingText(results.duties[d.dutyId], d, handler!.cdkHelper)).toMatch(/^\(Created by CDK itself/);
    }
    expect(results.resources.find((r) => r.path === 'Test/Scratch')?.cdkHelper).toBeUndefined();
  });

  it('are checked like any other with checkCdkHelpers', () => {
    const { results } = synthWithChecks(autoDeleteBucket, { checkCdkHelpers: true });
    const handler = results.resources.find((r) => r.type === 'AWS::Lambda::Function');
    const findings = handler!.duties.filter((d) => d.outcome === 'unconfigured');
    expect(findings.length).toBeGreaterThan(0);
    for (const d of findings) {
      expect(d.severity).toBe(catalog.find((c) => c.id === d.dutyId)!.severity);
      expect(findingText(results.duties[d.dutyId], d, handler!.cdkHelper)).not.toMatch(/Created by CDK itself/);
    }
  });

  it.each<[string, (stack: Stack) => void, string, string]>([
    [
      'the ECS capacity drain hook topic',
      (stack) => {
        const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0 });
        new ecs.Cluster(stack, 'Cluster', { vpc }).addCapacity('Capacity', {
          instanceType: new ec2.InstanceType('t3.micro'),
          vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
        });
      },
      'AWS::SNS::Topic',
      'CDK lifecycle hook notification target',
    ],
    [
      'the ECS capacity drain hook function',
      (stack) => {
        const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0 });
        new ecs.Cluster(stack, 'Cluster', { vpc }).addCapacity('Capacity', {
          instanceType: new ec2.InstanceType('t3.micro'),
          vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
        });
      },
      'AWS::Lambda::Function',
      'CDK ECS capacity drain hook',
    ],
    [
      'the BucketDeployment handler',
      (stack) => {
        new s3deploy.BucketDeployment(stack, 'Deploy', {
          sources: [s3deploy.Source.data('index.html', '<html></html>')],
          destinationBucket: new s3.Bucket(stack, 'Site', { enforceSSL: true }),
        });
      },
      'AWS::Lambda::Function',
      'CDK BucketDeployment handler',
    ],
    [
      'the log retention handler',
      (stack) => {
        new lambda.Function(stack, 'Fn', {
          runtime: lambda.Runtime.NODEJS_22_X,
          handler: 'index.handler',
          code: lambda.Code.fromInline('exports.handler = async () => {}'),
          logRetention: logs.RetentionDays.ONE_WEEK,
        });
      },
      'AWS::Lambda::Function',
      'CDK log retention handler',
    ],
    [
      'the bucket notifications handler',
      (stack) => {
        new s3.Bucket(stack, 'Events', { enforceSSL: true }).addEventNotification(
          s3.EventType.OBJECT_CREATED,
          new s3n.SnsDestination(new sns.Topic(stack, 'Topic')),
        );
      },
      'AWS::Lambda::Function',
      'CDK bucket notifications handler',
    ],
    [
      'the AwsCustomResource handler',
      (stack) => {
        new cr.AwsCustomResource(stack, 'Call', {
          onCreate: {
            service: 'SSM',
            action: 'getParameter',
            parameters: { Name: 'x' },
            physicalResourceId: cr.PhysicalResourceId.of('x'),
          },
          policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
        });
      },
      'AWS::Lambda::Function',
      'CDK AwsCustomResource handler',
    ],
  ])('recognises %s by what CDK records', (_name, build, type, reason) => {
    const { results } = synthWithChecks(build);
    const helpers = results.resources.filter((r) => r.type === type && r.cdkHelper === reason);
    expect(helpers.length).toBeGreaterThan(0);
    for (const r of helpers) {
      for (const d of r.duties) if (d.outcome === 'unconfigured') expect(d.severity).toBe('info');
    }
  });

  it.each([
    'framework-onEvent',
    'waiter-state-machine',
    'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a',
    'AWS679f53fac002430cb0da5b7982bd2287',
  ])("does not lower a user's public bucket under the id %s", (id) => {
    const { results } = synthWithChecks((stack) => {
      new s3.Bucket(new Construct(stack, id), 'Data', {
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
        publicReadAccess: true,
      });
    });
    const bucket = results.resources.find((r) => r.type === 'AWS::S3::Bucket')!;
    expect(bucket.cdkHelper).toBeUndefined();
    expect(bucket.duties.filter((d) => d.outcome === 'unconfigured' && d.severity === 'error').length).toBeGreaterThan(0);
  });

  it("keeps the user's own handler of a custom resource the user's", () => {
    const { results } = synthWithChecks((stack) => {
      const fn = new lambda.Function(stack, 'MyHandler', {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('exports.handler = async () => {}'),
      });
      new CustomResource(new Construct(stack, 'Mine'), 'Resource', { serviceToken: fn.functionArn });
      new cr.Provider(stack, 'Provider', { onEventHandler: fn });
    });
    const mine = results.resources.find((r) => r.path === 'Test/MyHandler');
    expect(mine?.cdkHelper).toBeUndefined();
    // The Provider framework's own functions are CDK's.
    expect(results.resources.some((r) => r.cdkHelper === 'CDK custom resources Provider framework')).toBe(true);
  });

  it("keeps the lifecycle hook itself the user's", () => {
    const { results } = synthWithChecks((stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0 });
      new ecs.Cluster(stack, 'Cluster', { vpc }).addCapacity('Capacity', {
        instanceType: new ec2.InstanceType('t3.micro'),
        vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      });
    });
    expect(results.resources.find((r) => r.type === 'AWS::AutoScaling::LifecycleHook')?.cdkHelper).toBeUndefined();
    expect(results.resources.find((r) => r.type === 'AWS::AutoScaling::AutoScalingGroup')?.cdkHelper).toBeUndefined();
  });
});
