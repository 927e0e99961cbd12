import { defineDuty } from '../../lib/model/duty';
import { deniesInsecureTransport, statements } from '../../lib/model/policy';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'efs-file-system-require-tls',
  title: 'EFS file system policy requires encryption in transit',
  category: 'data-protection',
  resourceTypes: ['AWS::EFS::FileSystem'],
  awsSide:
    'Amazon EFS supports TLS for NFS traffic through the mount helper, but accepts unencrypted NFS connections unless the file system policy denies requests where aws:SecureTransport is false.',
  customerSide:
    "Protecting file data in transit is the customer's: only a file system policy that denies non-TLS access stops clients from mounting without encryption.",
  severity: 'warning',
  remediation: {
    l2: 'new efs.FileSystem(this, id, { vpc, fileSystemPolicy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ["*"], conditions: { Bool: { "aws:SecureTransport": "false" } } })] }) })',
    l1: 'FileSystemPolicy with a Deny statement for Principal {"AWS": "*"}, Action "*" and Condition {"Bool": {"aws:SecureTransport": "false"}}',
  },
  controls: { fsbp: [], nist: ['AC-17(2)', 'SC-8', 'SC-8(1)', 'SC-23'] },
  sources: [
    'https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html',
    'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-efs-filesystem.html#cfn-efs-filesystem-filesystempolicy',
  ],
  messages: {
    noPolicy: 'The file system has no FileSystemPolicy, so EFS accepts NFS connections without TLS.',
    noDeny: 'The FileSystemPolicy has no statement that denies access where aws:SecureTransport is false.',
  },
  evaluate(ctx) {
    const policy = ctx.props.at('FileSystemPolicy');
    if (!policy.isSet()) return unconfigured('noPolicy');
    if (statements(policy).some((s) => deniesInsecureTransport(s, 'elasticfilesystem')))
      return configured('FileSystemPolicy denies aws:SecureTransport=false');
    return unconfigured('noDeny');
  },
});
