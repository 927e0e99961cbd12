import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-workspaces-workspace.html';

export default defineDuty({
  id: 'workspaces-workspace-volumes-encrypted',
  title: 'WorkSpaces WorkSpace encrypts its root and user volumes',
  category: 'data-protection',
  resourceTypes: ['AWS::WorkSpaces::Workspace'],
  awsSide:
    "Amazon WorkSpaces encrypts a WorkSpace's root (C: or /) and user (D: or /home) volumes with AWS KMS only when RootVolumeEncryptionEnabled and UserVolumeEncryptionEnabled are true; the choice is made at creation and changing it replaces the WorkSpace.",
  customerSide: "The desktops hold the users' files and cached credentials: encrypting both volumes is the customer's choice at creation.",
  severity: 'error',
  remediation: {
    l1: 'RootVolumeEncryptionEnabled: true, UserVolumeEncryptionEnabled: true (with VolumeEncryptionKey, a symmetric KMS key)',
  },
  controls: { fsbp: ['WorkSpaces.1', 'WorkSpaces.2'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SI-7(6)'] },
  sources: [
    `${CFN}#cfn-workspaces-workspace-rootvolumeencryptionenabled`,
    `${CFN}#cfn-workspaces-workspace-uservolumeencryptionenabled`,
    'https://docs.aws.amazon.com/securityhub/latest/userguide/workspaces-controls.html',
    'https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html',
  ],
  messages: {
    plaintext: '{volumes} is {value}, so that volume of the WorkSpace is not encrypted.',
  },
  evaluate(ctx) {
    for (const key of ['RootVolumeEncryptionEnabled', 'UserVolumeEncryptionEnabled']) {
      const value = ctx.props.at(key).bool();
      if (value !== true) return unconfigured('plaintext', { volumes: key, value: value === false ? 'false' : 'not set (false)' });
    }
    return configured('root and user volumes are encrypted');
  },
});
