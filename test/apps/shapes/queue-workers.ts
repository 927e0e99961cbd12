import { Duration, Stack, Tags } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { type AppShape, ENV } from './common';

/** Workers: a Lambda function consuming a work queue, failed messages kept in a dead-letter queue. */
export const queueWorkers: AppShape = {
  name: 'queue workers (SQS + Lambda)',
  build: (app, variant) => {
    const secure = variant === 'secure';
    const stack = new Stack(app, 'Workers', { env: ENV });
    const key = new kms.Key(stack, 'QueueKey', { enableKeyRotation: true });
    const encryption = secure
      ? { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key, enforceSSL: true }
      : { encryption: sqs.QueueEncryption.UNENCRYPTED };
    const dlq = secure ? new sqs.Queue(stack, 'DeadLetters', { ...encryption, retentionPeriod: Duration.days(14) }) : undefined;
    const jobs = new sqs.Queue(stack, 'Jobs', {
      ...encryption,
      visibilityTimeout: Duration.minutes(5),
      deadLetterQueue: dlq && { queue: dlq, maxReceiveCount: 5 },
    });
    Tags.of(stack).add('DataClassification', 'internal');
    const worker = new lambda.Function(stack, 'Worker', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
      timeout: Duration.minutes(1),
      reservedConcurrentExecutions: 10,
      tracing: lambda.Tracing.ACTIVE,
    });
    worker.addEventSource(new SqsEventSource(jobs, { batchSize: 10, reportBatchItemFailures: true }));
    if (!secure) {
      // "Anyone can enqueue": the mistake this shape is about.
      jobs.addToResourcePolicy(
        new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['sqs:SendMessage'], resources: [jobs.queueArn] }),
      );
    }
  },
  insecureFindings: [
    { duty: 'sqs-queue-encrypted', path: 'Workers/Jobs' },
    { duty: 'sqs-queue-require-tls', path: 'Workers/Jobs' },
    { duty: 'sqs-queue-policy-not-public', path: 'Workers/Jobs' },
    { duty: 'sqs-queue-dead-letter-queue', path: 'Workers/Jobs' },
  ],
};
