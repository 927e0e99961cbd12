import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/**
 * A CloudWatch Logs log group for the logs a fix turns on (API Gateway access logs, Step Functions
 * executions, CodeBuild builds, VPN connections, MSK brokers, ...): kept a year, retained when the
 * stack is deleted, and encrypted with a customer managed key when one is given, whose key policy
 * then lets CloudWatch Logs in the stack's Region use it.
 */
export function logGroup(scope: Construct, id = 'Logs', key?: kms.IKey, logGroupName?: string): logs.LogGroup {
  // CloudWatch Logs uses the key as logs.<region>.amazonaws.com
  // (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html).
  key?.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${Aws.REGION}.amazonaws.com`));
  return new logs.LogGroup(scope, id, {
    logGroupName,
    retention: logs.RetentionDays.ONE_YEAR,
    encryptionKey: key,
    removalPolicy: RemovalPolicy.RETAIN,
  });
}
