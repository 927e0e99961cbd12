import * as rds from 'aws-cdk-lib/aws-rds';
import * as sns from 'aws-cdk-lib/aws-sns';
import { dutyCases } from '../../harness';
import { instance, parameter } from './fixtures';

const subscription = (s: Parameters<typeof instance>[0], props: Partial<rds.CfnEventSubscriptionProps> = {}) =>
  new rds.CfnEventSubscription(s, 'Events', { snsTopicArn: new sns.Topic(s, 'Topic').topicArn, sourceType: 'db-instance', ...props });

dutyCases('rds-instance-event-subscription', [
  {
    name: 'a subscription covers all DB instances for the critical categories',
    build: (s) => {
      instance(s);
      subscription(s, { eventCategories: ['maintenance', 'configuration change', 'failure'] });
    },
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'a subscription names the instance and all categories',
    build: (s) => subscription(s, { sourceIds: [instance(s).instanceIdentifier] }),
    path: 'Db',
    expect: 'configured',
  },
  { name: 'no event subscription exists', build: (s) => instance(s), path: 'Db', expect: 'unconfigured' },
  {
    name: 'the only subscription leaves out failure events',
    build: (s) => {
      instance(s);
      subscription(s, { eventCategories: ['maintenance'] });
    },
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: "the subscription's source id is a parameter",
    build: (s) => {
      instance(s);
      subscription(s, { sourceIds: [parameter(s)] });
    },
    path: 'Db',
    expect: 'unknown',
  },
]);
