import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { NIST, RDS_CONTROLS, clusterOf, eventSubscriptionFor } from './helpers';

const CATEGORIES = ['maintenance', 'configuration change', 'failure'];

export default defineDuty({
  id: 'rds-instance-event-subscription',
  title: 'Critical RDS DB instance events are sent to an event subscription',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'RDS emits maintenance, configuration-change and failure events for every DB instance, and delivers them through Amazon SNS only to event subscriptions that ask for them.',
  customerSide:
    "Reacting to failures, maintenance and configuration changes is the customer's: an event subscription for DB instances with these categories makes sure someone is told.",
  severity: 'info',
  remediation: {
    l1: 'an AWS::RDS::EventSubscription with SourceType db-instance, EventCategories [maintenance, configuration change, failure] (or none: all) and no SourceIds or this instance among them',
  },
  controls: { fsbp: ['RDS.20'], nist: [...NIST.monitoring] },
  sources: [
    `${RDS_CONTROLS}#rds-20`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-eventsubscription.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.html',
  ],
  messages: {
    none: 'No enabled AWS::RDS::EventSubscription in this app covers this DB instance for the maintenance, configuration change and failure categories.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member)
      return notApplicable('RDS.20 evaluates RDS DB instances; Aurora cluster events are covered by rds-cluster-event-subscription');
    const sub = eventSubscriptionFor(ctx, 'db-instance', CATEGORIES, 'DBInstanceIdentifier');
    return sub ? configured(`event subscription ${sub} covers the instance`) : unconfigured('none');
  },
});
