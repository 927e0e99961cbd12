import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CLASSIC_SOURCE, ELB_CONTROLS_SOURCE, LOGGING_NIST } from './helpers';

export default defineDuty({
  id: 'elb-classic-access-logs',
  title: 'Classic Load Balancer writes access logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  awsSide:
    'AWS records the requests a Classic Load Balancer receives and delivers access logs to S3 only when an AccessLoggingPolicy is enabled; access logging is disabled by default.',
  customerSide:
    "Keeping a record of who called the application is the customer's: only an enabled AccessLoggingPolicy to a bucket the customer owns preserves the requests for investigation.",
  severity: 'warning',
  remediation: {
    l2: 'new elb.LoadBalancer(this, id, { accessLoggingPolicy: { enabled: true, s3BucketName: logBucket.bucketName, emitInterval: 5 }, ... })',
    l1: 'AccessLoggingPolicy: { Enabled: true, S3BucketName: <bucket>, EmitInterval: 5 }',
  },
  controls: { fsbp: ['ELB.5'], nist: LOGGING_NIST },
  sources: [
    `${ELB_CONTROLS_SOURCE}#elb-5`,
    CLASSIC_SOURCE,
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html',
  ],
  messages: {
    disabled: 'AccessLoggingPolicy.Enabled is {value}, so no request is recorded.',
  },
  evaluate(ctx) {
    const enabled = ctx.props.at('AccessLoggingPolicy.Enabled').bool();
    if (enabled === true) return configured('AccessLoggingPolicy.Enabled is true');
    return unconfigured('disabled', { value: enabled === undefined ? 'not set (disabled)' : 'false' });
  },
});
