import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST, RDS_CONTROLS, eventSubscriptionFor } from './helpers';

const CATEGORIES = ['maintenance', 'failure'];

export default defineDuty({
  id: 'rds-cluster-event-subscription',
  title: 'Critical RDS DB cluster events are sent to an event subscription',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'RDS emits maintenance and failure events for every DB cluster, and delivers them through Amazon SNS only to event subscriptions that ask for them.',
  customerSide:
    "Reacting to cluster failures and maintenance is the customer's: an event subscription for DB clusters with these categories makes sure someone is told.",
  severity: 'info',
  remediation: {
    l1: 'an AWS::RDS::EventSubscription with SourceType db-cluster, EventCategories [maintenance, failure] (or none: all) and no SourceIds or this cluster among them',
  },
  controls: { fsbp: ['RDS.19'], nist: [...NIST.monitoring] },
  sources: [
    `${RDS_CONTROLS}#rds-19`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-eventsubscription.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Events.html',
  ],
  messages: {
    none: 'No enabled AWS::RDS::EventSubscription in this app covers this DB cluster for the maintenance and failure categories.',
  },
  evaluate(ctx) {
    const sub = eventSubscriptionFor(ctx, 'db-cluster', CATEGORIES, 'DBClusterIdentifier');
    return sub ? configured(`event subscription ${sub} covers the cluster`) : unconfigured('none');
  },
});
