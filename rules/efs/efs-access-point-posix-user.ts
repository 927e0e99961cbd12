import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'efs-access-point-posix-user',
  title: 'EFS access point enforces a POSIX user identity',
  category: 'identity-and-access',
  resourceTypes: ['AWS::EFS::AccessPoint'],
  awsSide:
    'An EFS access point replaces the user and group IDs that NFS clients present with the PosixUser it defines; without PosixUser, EFS uses whatever identity the client claims.',
  customerSide:
    "Fixing the identity applications act as is the customer's: without an enforced POSIX user, a client can claim any UID, including root, and act on files as that user.",
  severity: 'warning',
  remediation: {
    l2: 'fs.addAccessPoint(id, { posixUser: { uid: "1001", gid: "1001" }, ... })',
    l1: 'PosixUser: { Uid: "1001", Gid: "1001" }',
  },
  controls: { fsbp: ['EFS.4'], nist: ['AC-6', 'AC-6(2)', 'IA-2'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-4',
    'https://docs.aws.amazon.com/efs/latest/ug/enforce-identity-access-points.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-efs-accesspoint-posixuser.html',
  ],
  messages: {
    none: 'The access point has no PosixUser, so EFS uses the user and group IDs each NFS client presents.',
  },
  evaluate(ctx) {
    const user = ctx.props.at('PosixUser');
    if (!user.isSet()) return unconfigured('none');
    return configured(`PosixUser Uid ${user.at('Uid').isToken ? '(a reference)' : user.at('Uid').str()}`);
  },
});
