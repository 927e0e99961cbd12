import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';

const EFS_VOLUME =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-efsvolumeconfiguration.html';

export default defineDuty({
  id: 'ecs-task-definition-efs-transit-encryption',
  title: 'ECS task definition encrypts the traffic to the EFS volumes it mounts',
  category: 'data-protection',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  awsSide:
    'Amazon ECS mounts an EFS volume over TLS only when its EFSVolumeConfiguration sets TransitEncryption to ENABLED; if the parameter is omitted, the default value DISABLED is used and file data crosses the network between the ECS host and EFS unencrypted.',
  customerSide:
    "Protecting file data in transit is the customer's: every EFS volume a task mounts must enable transit encryption (it is also required for EFS IAM authorization).",
  severity: 'error',
  remediation: {
    l2: "taskDefinition.addVolume({ name, efsVolumeConfiguration: { fileSystemId: fs.fileSystemId, transitEncryption: 'ENABLED' } })",
    l1: 'Volumes[].EFSVolumeConfiguration.TransitEncryption: ENABLED',
  },
  controls: { fsbp: [], nist: [...NIST.transit] },
  sources: [
    `${EFS_VOLUME}#cfn-ecs-taskdefinition-efsvolumeconfiguration-transitencryption`,
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html',
    'https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html',
  ],
  messages: {
    plaintext:
      "The EFS volume '{volume}' has TransitEncryption {value}, so its file data travels between the ECS host and EFS unencrypted.",
  },
  evaluate(ctx) {
    const volumes = (ctx.props.at('Volumes').list() ?? []).filter((v) => v.at('EFSVolumeConfiguration').isSet());
    if (volumes.length === 0) return notApplicable('the task definition mounts no EFS volume');
    for (const [i, volume] of volumes.entries()) {
      const value = volume.at('EFSVolumeConfiguration.TransitEncryption').str();
      if (value !== 'ENABLED')
        return unconfigured('plaintext', { volume: volume.at('Name').str() ?? `#${i}`, value: value ?? 'not set (DISABLED)' });
    }
    return configured(`all ${volumes.length} EFS volume(s) set TransitEncryption ENABLED`);
  },
});
