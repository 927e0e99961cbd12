import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { isServicePrincipal } from './helpers';

export default defineDuty({
  id: 'lambda-permission-service-source',
  title: 'Lambda permission for an AWS service names the source resource or account',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Lambda::Permission'],
  awsSide:
    'AWS services invoke functions on behalf of resources in any account; Lambda passes the calling resource and account to the policy as aws:SourceArn and aws:SourceAccount, but only restricts the grant when the permission names them.',
  customerSide:
    "Preventing the confused deputy is the customer's: a permission for a service principal without SourceArn or SourceAccount lets that service invoke the function on behalf of resources that other accounts own.",
  severity: 'warning',
  remediation: {
    l2: 'fn.addPermission(id, { principal: new iam.ServicePrincipal(service), sourceArn: resource.arn, sourceAccount: Stack.of(this).account })',
    l1: 'SourceArn: the ARN of the invoking resource and/or SourceAccount: the owning account, on the AWS::Lambda::Permission',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6', 'AC-21'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-permission.html',
    'https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
  ],
  messages: {
    noSource:
      'The permission grants {action} to the service principal {principal} without SourceArn or SourceAccount, so the service can invoke the function for resources in any account.',
  },
  evaluate(ctx) {
    const principal = ctx.props.at('Principal').str();
    if (principal === undefined || !isServicePrincipal(principal)) return notApplicable('the principal is not an AWS service principal');
    if (/^s3\.amazonaws\.com(\.cn)?$/i.test(principal))
      return notApplicable('Amazon S3 grants are checked by lambda-permission-not-public');
    for (const condition of ['SourceArn', 'SourceAccount', 'PrincipalOrgID', 'EventSourceToken']) {
      if (ctx.props.at(condition).isSet()) return configured(`${principal} is confined by ${condition}`);
    }
    return unconfigured('noSource', { action: ctx.props.at('Action').str() ?? 'lambda:InvokeFunction', principal });
  },
});
