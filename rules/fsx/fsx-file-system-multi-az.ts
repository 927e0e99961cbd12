import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CONFIG_PROPERTY, fsxType } from './helpers';

const MULTI_AZ: Record<string, readonly string[]> = {
  WINDOWS: ['MULTI_AZ_1'],
  ONTAP: ['MULTI_AZ_1', 'MULTI_AZ_2'],
  OPENZFS: ['MULTI_AZ_1'],
};

export default defineDuty({
  id: 'fsx-file-system-multi-az',
  title: 'FSx file system is deployed across Availability Zones',
  category: 'resilience',
  resourceTypes: ['AWS::FSx::FileSystem'],
  awsSide:
    'Amazon FSx replaces failed components within an Availability Zone; only Multi-AZ deployment types (Windows File Server, ONTAP, OpenZFS) keep a standby file server in a second Availability Zone and fail over to it. Windows File Server defaults to SINGLE_AZ_1.',
  customerSide: "Choosing a deployment type that survives the loss of an Availability Zone is the customer's.",
  severity: 'warning',
  remediation: {
    l1: 'WindowsConfiguration / OpenZFSConfiguration: { DeploymentType: MULTI_AZ_1 }; OntapConfiguration: { DeploymentType: MULTI_AZ_1 | MULTI_AZ_2 }',
  },
  controls: { fsbp: [], nist: ['CP-6(2)', 'CP-10', 'SC-5(2)', 'SC-36'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/fsx-controls.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-fsx-filesystem-windowsconfiguration.html#cfn-fsx-filesystem-windowsconfiguration-deploymenttype',
    'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/high-availability-multiAZ.html',
  ],
  messages: {
    singleAz: 'DeploymentType is {deployment}, so the {type} file system runs in a single Availability Zone.',
  },
  evaluate(ctx) {
    const type = fsxType(ctx.props);
    if (!type || type === 'LUSTRE') return notApplicable('FSx for Lustre has no Multi-AZ deployment type');
    const deployment = ctx.props.at(`${CONFIG_PROPERTY[type]}.DeploymentType`).str();
    if (deployment !== undefined && MULTI_AZ[type].includes(deployment)) return configured(`DeploymentType is ${deployment}`);
    return unconfigured('singleAz', { deployment: deployment ?? (type === 'WINDOWS' ? 'not set (SINGLE_AZ_1)' : 'not set'), type });
  },
});
