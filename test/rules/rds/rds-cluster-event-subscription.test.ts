import * as rds from 'aws-cdk-lib/aws-rds';
import * as sns from 'aws-cdk-lib/aws-sns';
import { dutyCases } from '../../harness';
import { cluster, parameter } from './fixtures';

dutyCases('rds-cluster-event-subscription', [
  {
    name: 'a subscription covers all DB clusters for maintenance and failure',
    build: (s) => {
      cluster(s);
      new rds.CfnEventSubscription(s, 'Events', {
        snsTopicArn: new sns.Topic(s, 'Topic').topicArn,
        sourceType: 'db-cluster',
        eventCategories: ['failure', 'maintenance'],
      });
    },
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'no event subscription exists', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'the only subscription is for DB instances',
    build: (s) => {
      cluster(s);
      new rds.CfnEventSubscription(s, 'Events', { snsTopicArn: new sns.Topic(s, 'Topic').topicArn, sourceType: 'db-instance' });
    },
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the subscription is enabled by a parameter',
    build: (s) => {
      cluster(s);
      new rds.CfnEventSubscription(s, 'Events', {
        snsTopicArn: new sns.Topic(s, 'Topic').topicArn,
        sourceType: 'db-cluster',
        enabled: parameter(s) as unknown as boolean,
      });
    },
    path: 'Cluster',
    expect: 'unknown',
  },
]);
