import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ecs-cluster-container-insights',
  title: 'ECS cluster has Container Insights enabled',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::ECS::Cluster'],
  awsSide:
    "AWS collects cluster, service and task metrics with CloudWatch Container Insights only when the cluster setting (or the account's containerInsights setting, disabled unless changed) turns it on.",
  customerSide:
    "Monitoring the workload is the customer's: without Container Insights there are no per-task CPU, memory, network and restart metrics to detect failures or abuse.",
  severity: 'warning',
  remediation: {
    l2: 'new ecs.Cluster(this, id, { containerInsightsV2: ecs.ContainerInsights.ENHANCED })',
    l1: 'ClusterSettings: [{ Name: containerInsights, Value: enhanced }] (or enabled)',
  },
  controls: { fsbp: ['ECS.12'], nist: ['AU-6(3)', 'AU-6(4)', 'CA-7', 'SI-2'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-12',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-cluster-clustersettings.html',
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-ECS-cluster.html',
  ],
  messages: {
    absent:
      'The cluster has no containerInsights cluster setting, so it follows the account setting, which is disabled unless the account turned it on.',
    disabled: 'The cluster sets containerInsights to {value}.',
  },
  evaluate(ctx) {
    for (const setting of ctx.props.at('ClusterSettings').list() ?? []) {
      if (setting.at('Name').str() !== 'containerInsights') continue;
      const value = setting.at('Value').str() ?? '';
      if (value === 'enabled' || value === 'enhanced') return configured(`containerInsights is ${value}`);
      return unconfigured('disabled', { value: value || '(empty)' });
    }
    return unconfigured('absent');
  },
});
