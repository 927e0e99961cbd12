import { defineDuty } from '../../lib/model/duty';
import { keyChoice } from '../../lib/model/evidence/kms';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { fsxType, lustreDeployment } from './helpers';

export default defineDuty({
  id: 'fsx-file-system-kms-key',
  title: 'FSx file system is encrypted with a customer managed KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::FSx::FileSystem'],
  awsSide:
    'Amazon FSx always encrypts file system data at rest; without KmsKeyId it uses the FSx-managed AWS KMS key of the account, and scratch Lustre file systems always use it.',
  customerSide:
    "For file systems with sensitive data, choosing a customer managed key is the customer's: its key policy then controls who can use the data and backups, and every use is logged.",
  severity: 'info',
  remediation: {
    l2: 'new fsx.LustreFileSystem(this, id, { kmsKey: key, ... })',
    l1: 'KmsKeyId: <customer managed key ARN>',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-fsx-filesystem.html#cfn-fsx-filesystem-kmskeyid',
    'https://docs.aws.amazon.com/fsx/latest/LustreGuide/encryption-at-rest.html',
  ],
  messages: {
    awsManaged: 'The file system names no KmsKeyId, so FSx encrypts it with the FSx-managed key of the account.',
  },
  evaluate(ctx) {
    if (fsxType(ctx.props) === 'LUSTRE' && lustreDeployment(ctx.props).startsWith('SCRATCH')) {
      return notApplicable('scratch Lustre file systems are always encrypted with the FSx service key');
    }
    const key = keyChoice(ctx, ctx.props.at('KmsKeyId'));
    if (key.kind === 'customer-managed') return configured(`KmsKeyId is ${key.key}`);
    return unconfigured('awsManaged');
  },
});
