import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { ELB_CONTROLS_SOURCE, LB_ATTRIBUTES_SOURCE, LOGGING_NIST, loadBalancerAttribute, loadBalancerType } from './helpers';

const KEY = 'access_logs.s3.enabled';

export default defineDuty({
  id: 'elbv2-load-balancer-access-logs',
  title: 'Application Load Balancer writes access logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  awsSide:
    'AWS records every request the load balancer receives and delivers the access logs to an S3 bucket, but only when access_logs.s3.enabled is true; the default is false.',
  customerSide:
    "Keeping a record of who called the application is the customer's: only enabling access logs to a bucket the customer owns preserves the requests for investigation.",
  severity: 'warning',
  remediation: {
    l2: "alb.logAccessLogs(logBucket, 'alb')",
    l1: `LoadBalancerAttributes: [{ Key: "${KEY}", Value: "true" }, { Key: "access_logs.s3.bucket", Value: <bucket name> }]`,
  },
  controls: { fsbp: ['ELB.5'], nist: LOGGING_NIST },
  sources: [
    `${ELB_CONTROLS_SOURCE}#elb-5`,
    LB_ATTRIBUTES_SOURCE,
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
  ],
  messages: {
    disabled: 'The Application Load Balancer has ' + KEY + ' {value}, so no request is recorded.',
  },
  evaluate(ctx) {
    const type = loadBalancerType(ctx.props);
    if (type !== 'application')
      return notApplicable(`the load balancer is of type ${type}; ELB.5 covers Application and Classic Load Balancers`);
    const value = loadBalancerAttribute(ctx.props, KEY)?.bool();
    if (value === true) return configured(`${KEY} is true`);
    return unconfigured('disabled', { value: value === undefined ? 'not set (default false)' : 'false' });
  },
});
