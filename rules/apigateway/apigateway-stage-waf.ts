import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { APIGW_CONTROLS_SOURCE } from './helpers';
import { webAclAssociations } from '../wafv2/helpers';

export default defineDuty({
  id: 'apigateway-stage-waf',
  title: 'API Gateway REST API stage is protected by an AWS WAF web ACL',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::ApiGateway::Stage'],
  awsSide:
    'API Gateway throttles requests and AWS Shield Standard absorbs network-level DDoS; AWS WAF inspects HTTP requests against rules only for stages the customer associates with a web ACL.',
  customerSide:
    "Filtering malicious web requests is the customer's: a stage without a web ACL passes injection attempts, bad bots and request floods that stay under the throttling limits to the integrations.",
  severity: 'warning',
  remediation: {
    l2: 'new wafv2.CfnWebACLAssociation(this, id, { resourceArn: api.deploymentStage.stageArn, webAclArn: webAcl.attrArn })',
    l1: 'an AWS::WAFv2::WebACLAssociation whose ResourceArn is the stage ARN (arn:aws:apigateway:<region>::/restapis/<api id>/stages/<stage name>, built with a Ref to the stage)',
  },
  controls: { fsbp: ['APIGateway.4'], nist: ['AC-4(21)', 'SC-7', 'SI-4'] },
  sources: [
    `${APIGW_CONTROLS_SOURCE}#apigateway-4`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-webaclassociation.html',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html',
  ],
  messages: {
    none: 'No AWS::WAFv2::WebACLAssociation in this template references the stage, so no web ACL filters its requests.',
  },
  evaluate(ctx) {
    const associations = webAclAssociations(ctx);
    if (associations.length > 0) return configured(`web ACL associated by ${associations.map((a) => a.logicalId).join(', ')}`);
    return unconfigured('none');
  },
});
