import { Duration, Stack, Tags } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { type AppShape, ENV } from './common';

/** Event-driven fan-out: an EventBridge bus routes order events to an SNS topic, which fans out to SQS queues consumed by Lambda. */
export const fanOut: AppShape = {
  name: 'event-driven fan-out (EventBridge + SNS -> SQS -> Lambda)',
  build: (app, variant) => {
    const secure = variant === 'secure';
    const stack = new Stack(app, 'Events', { env: ENV });
    Tags.of(stack).add('DataClassification', 'internal');
    const key = new kms.Key(stack, 'MessagesKey', { enableKeyRotation: true });
    // SNS and EventBridge must be able to use the key to deliver to encrypted topics and queues.
    key.grantEncryptDecrypt(new iam.ServicePrincipal('sns.amazonaws.com'));
    key.grantEncryptDecrypt(new iam.ServicePrincipal('events.amazonaws.com'));
    const bus = new events.EventBus(stack, 'Bus', { eventBusName: 'orders' });
    if (!secure)
      bus.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'anyone',
          principals: [new iam.AnyPrincipal()],
          actions: ['events:PutEvents'],
          resources: [bus.eventBusArn],
        }),
      );
    const topic = new sns.Topic(stack, 'OrderEvents', secure ? { masterKey: key, enforceSSL: true } : {});
    new events.Rule(stack, 'OrderPlaced', {
      eventBus: bus,
      eventPattern: { source: ['shop.orders'], detailType: ['OrderPlaced'] },
      targets: [new targets.SnsTopic(topic)],
    });
    for (const name of ['Billing', 'Shipping']) {
      const dlq = new sqs.Queue(stack, `${name}DeadLetters`, {
        encryption: sqs.QueueEncryption.KMS,
        encryptionMasterKey: key,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      const queue = new sqs.Queue(stack, name, {
        encryption: sqs.QueueEncryption.KMS,
        encryptionMasterKey: key,
        enforceSSL: true,
        deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
      });
      topic.addSubscription(new subscriptions.SqsSubscription(queue, { rawMessageDelivery: true }));
      const fn = new lambda.Function(stack, `${name}Handler`, {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
        tracing: lambda.Tracing.ACTIVE,
      });
      fn.addEventSource(new SqsEventSource(queue, { reportBatchItemFailures: true }));
    }
    if (!secure)
      topic.addSubscription(
        new subscriptions.UrlSubscription('http://partner.example.com/hook', { protocol: sns.SubscriptionProtocol.HTTP }),
      );
  },
  insecureFindings: [
    { duty: 'events-bus-policy-not-public', path: 'Events/Bus' },
    { duty: 'sns-topic-require-tls', path: 'Events/OrderEvents' },
    { duty: 'sns-subscription-https-endpoint', path: 'Events/OrderEvents/http:----partner.example.com--hook' },
  ],
};
