import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

const SERVICE_LINKED_ROLE = /:role\/aws-service-role\/config\.amazonaws\.com\/AWSServiceRoleForConfig$/;

export default defineDuty({
  id: 'config-recorder-service-linked-role',
  title: 'AWS Config recorder uses the AWS Config service-linked role',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Config::ConfigurationRecorder'],
  awsSide:
    'AWS maintains the permissions of the service-linked role AWSServiceRoleForConfig as Config adds resource types; a customer role has only the permissions the customer gives it.',
  customerSide:
    "Choosing the recorder's role is the customer's: a custom role can lack permissions to describe some resources, so Config silently records them incompletely; Security Hub Config.1 fails unless the service-linked role is used.",
  severity: 'warning',
  remediation: {
    l1: 'RoleARN: arn:<partition>:iam::<account>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig (create it with AWS::IAM::ServiceLinkedRole, AWSServiceName: config.amazonaws.com)',
  },
  controls: { fsbp: ['Config.1'], nist: ['AC-6', 'CM-8', 'CM-8(2)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1',
    'https://docs.aws.amazon.com/config/latest/developerguide/using-service-linked-roles.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-config-configurationrecorder.html#cfn-config-configurationrecorder-rolearn',
  ],
  messages: {
    customRole: 'RoleARN is {role}, a customer-managed role rather than the service-linked role AWSServiceRoleForConfig.',
  },
  evaluate(ctx) {
    const role = ctx.props.at('RoleARN');
    const target = ctx.target(role);
    // A Ref/GetAtt to a role in the template is a customer role (a service-linked role has no Arn attribute).
    if (target) return unconfigured('customRole', { role: `${target.type} ${target.logicalId}` });
    const arn = role.str();
    if (arn !== undefined && SERVICE_LINKED_ROLE.test(arn)) return configured('RoleARN is AWSServiceRoleForConfig');
    return unconfigured('customRole', { role: arn ?? 'not set' });
  },
});
