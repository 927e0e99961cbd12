import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'efs-access-point-root-directory',
  title: 'EFS access point exposes a directory other than the file system root',
  category: 'identity-and-access',
  resourceTypes: ['AWS::EFS::AccessPoint'],
  awsSide:
    'An EFS access point exposes the directory its RootDirectory Path names as the root for clients that mount through it; without a Path it exposes the file system root (/).',
  customerSide:
    "Scoping what each application can see is the customer's: an access point rooted at / lets its clients reach every file on the file system rather than only their own directory.",
  severity: 'warning',
  remediation: {
    l2: 'fs.addAccessPoint(id, { path: "/app", createAcl: { ownerUid: "1001", ownerGid: "1001", permissions: "750" } })',
    l1: 'RootDirectory: { Path: /app, CreationInfo: { OwnerUid, OwnerGid, Permissions } }',
  },
  controls: { fsbp: ['EFS.3'], nist: ['AC-6', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-3',
    'https://docs.aws.amazon.com/efs/latest/ug/enforce-root-directory-access-point.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-efs-accesspoint-rootdirectory.html',
  ],
  messages: {
    root: 'RootDirectory Path is {path}, so clients of the access point see the whole file system.',
  },
  evaluate(ctx) {
    const path = ctx.props.at('RootDirectory.Path').str();
    if (path === undefined || path.replace(/\/+$/, '') === '') return unconfigured('root', { path: path ?? 'not set (/)' });
    return configured(`RootDirectory Path is ${path}`);
  },
});
