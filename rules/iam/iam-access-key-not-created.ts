import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'iam-access-key-not-created',
  title: 'No active long-term IAM access key is created in the template',
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::AccessKey'],
  awsSide:
    'IAM issues the access key and returns its secret through the SecretAccessKey attribute; the key stays valid until someone rotates, deactivates or deletes it. New access keys are Active unless Status says otherwise.',
  customerSide:
    "Credential management is the customer's: an access key is a long-term credential whose secret passes through the stack (outputs, parameters, secrets), so workloads should use IAM roles with temporary credentials, and any key that must exist needs rotation and safe storage.",
  severity: 'warning',
  remediation: {
    l2: 'grant permissions to an iam.Role assumed by the workload (assumedBy: new iam.ServicePrincipal(...) or a federated principal) instead of new iam.AccessKey(this, id, { user }); if a key is unavoidable, store accessKey.secretAccessKey in secretsmanager.Secret and rotate it',
    l1: 'remove the AWS::IAM::AccessKey resource (or set Status: Inactive) and use an AWS::IAM::Role with temporary credentials',
  },
  controls: { fsbp: [], nist: ['AC-2', 'AC-2(1)', 'IA-2', 'IA-4', 'IA-5(1)'] },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-accesskey.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html',
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_iam.AccessKeyProps.html#status',
  ],
  messages: {
    activeKey: 'The template creates an access key with Status {status} for user {user}: a long-term credential.',
  },
  evaluate(ctx) {
    const status = ctx.props.at('Status').str();
    if (status === 'Inactive') return configured('the access key is created with Status Inactive');
    const userValue = ctx.props.at('UserName');
    // The user only labels the message: a token there does not change the finding.
    const user = ctx.target(userValue)?.logicalId ?? (userValue.isToken ? 'named by a token' : (userValue.str() ?? 'unnamed'));
    return unconfigured('activeKey', { status: status ?? 'Active (the default)', user });
  },
});
