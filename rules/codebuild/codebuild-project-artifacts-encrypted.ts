import { defineDuty } from '../../lib/model/duty';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'codebuild-project-artifacts-encrypted',
  title: 'CodeBuild project encrypts its build artifacts',
  category: 'data-protection',
  resourceTypes: ['AWS::CodeBuild::Project'],
  awsSide:
    "AWS CodeBuild encrypts S3 build artifacts by default with the project's EncryptionKey (the AWS managed key aws/s3 unless set); EncryptionDisabled defaults to false.",
  customerSide:
    "Build outputs are the customer's data: disabling artifact encryption stores binaries and packaged configuration unencrypted.",
  severity: 'warning',
  remediation: {
    l2: 'codebuild.Artifacts.s3({ bucket, encryption: true }) (the default)',
    l1: 'Artifacts.EncryptionDisabled: false and SecondaryArtifacts[].EncryptionDisabled: false (or omit them)',
  },
  controls: { fsbp: [], nist: ['SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-artifacts.html#cfn-codebuild-project-artifacts-encryptiondisabled',
    'https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html',
  ],
  messages: {
    disabled: 'Encryption is disabled for {artifacts}.',
  },
  evaluate(ctx) {
    const unencrypted: string[] = [];
    const check = (artifact: Value, label: string) => {
      if (artifact.at('EncryptionDisabled').bool() === true) {
        const id = artifact.at('ArtifactIdentifier').str();
        unencrypted.push(id ? `${label} '${id}'` : label);
      }
    };
    check(ctx.props.at('Artifacts'), 'the primary artifacts');
    for (const secondary of ctx.props.at('SecondaryArtifacts').list() ?? []) check(secondary, 'secondary artifacts');
    if (unencrypted.length > 0) return unconfigured('disabled', { artifacts: unencrypted.join(', ') });
    return configured('no artifact disables encryption');
  },
});
