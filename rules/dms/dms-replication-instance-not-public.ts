import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dms-replicationinstance.html';

export default defineDuty({
  id: 'dms-replication-instance-not-public',
  title: 'DMS replication instance has no public IP address',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::DMS::ReplicationInstance'],
  awsSide:
    'AWS DMS gives a replication instance a public IP address unless PubliclyAccessible is false: "The default value is true". The instance holds credentials to both the source and the target databases.',
  customerSide:
    "Network exposure of the migration is the customer's: the replication instance must have only a private address, reaching its endpoints through the VPC, a VPN or Direct Connect.",
  severity: 'error',
  remediation: { l1: 'PubliclyAccessible: false (with ReplicationSubnetGroupIdentifier naming private subnets)' },
  controls: { fsbp: ['DMS.1'], nist: [...NIST.notPublic] },
  sources: [
    `${CFN}#cfn-dms-replicationinstance-publiclyaccessible`,
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-1',
    'https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationInstance.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/dms-replication-not-public.html',
  ],
  messages: {
    public: 'PubliclyAccessible is {value}, so the replication instance has a public IP address.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('PubliclyAccessible').bool();
    if (value === false) return configured('PubliclyAccessible is false');
    return unconfigured('public', { value: value === true ? 'true' : 'not set (default true)' });
  },
});
