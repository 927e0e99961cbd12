import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { ELB_CONTROLS_SOURCE, loadBalancerType } from './helpers';
import { webAclAssociations } from '../wafv2/helpers';

export default defineDuty({
  id: 'elbv2-alb-waf',
  title: 'Application Load Balancer is protected by an AWS WAF web ACL',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  awsSide:
    'AWS Shield Standard protects every load balancer against network and transport layer DDoS; AWS WAF inspects HTTP requests against rules only for load balancers the customer associates with a web ACL.',
  customerSide:
    "Filtering malicious web requests is the customer's: an Application Load Balancer without a web ACL forwards SQL injection, cross-site scripting and bot traffic to the targets.",
  severity: 'info',
  remediation: {
    l2: 'new wafv2.CfnWebACLAssociation(this, id, { resourceArn: alb.loadBalancerArn, webAclArn: webAcl.attrArn })',
    l1: 'an AWS::WAFv2::WebACLAssociation with ResourceArn: { Ref: <load balancer> } and WebACLArn: <regional web ACL ARN>',
  },
  controls: { fsbp: [], nist: ['AC-4(21)', 'SC-7', 'SI-4'] },
  sources: [
    `${ELB_CONTROLS_SOURCE}#elb-16`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-webaclassociation.html',
    'https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html',
  ],
  messages: {
    none: 'No AWS::WAFv2::WebACLAssociation in this template associates a web ACL with the Application Load Balancer.',
  },
  evaluate(ctx) {
    const type = loadBalancerType(ctx.props);
    if (type !== 'application') return notApplicable(`AWS WAF protects Application Load Balancers, not ${type} load balancers`);
    const associations = webAclAssociations(ctx);
    if (associations.length > 0) return configured(`web ACL associated by ${associations.map((a) => a.logicalId).join(', ')}`);
    return unconfigured('none');
  },
});
