import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_SERVER, CREATE_SERVER } from './helpers';

export default defineDuty({
  id: 'transfer-server-endpoint-not-public',
  title: 'Transfer Family server endpoint is in a VPC, or public by an explicit, waived decision',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::Transfer::Server'],
  awsSide:
    "AWS Transfer Family gives a server a PUBLIC endpoint, reachable from the whole internet with no security group, unless EndpointType is VPC; a VPC endpoint is private, or internet-facing through Elastic IP addresses guarded by the VPC's security groups.",
  customerSide:
    "Who can reach the file transfer endpoint is the customer's: put it in a VPC (with security groups limiting client addresses), or record the decision to serve the internet by waiving this duty with the reason.",
  severity: 'warning',
  remediation: {
    l1: 'EndpointType: VPC with EndpointDetails { VpcId, SubnetIds, SecurityGroupIds } (AddressAllocationIds for internet clients)',
  },
  controls: { fsbp: [], nist: [...NIST.notPublic] },
  sources: [
    `${CFN_SERVER}#cfn-transfer-server-endpointtype`,
    CREATE_SERVER,
    'https://docs.aws.amazon.com/transfer/latest/userguide/create-server-in-vpc.html',
  ],
  messages: {
    public: 'EndpointType is {value}, so the server endpoint is reachable from the whole internet with no security group.',
  },
  evaluate(ctx) {
    const type = ctx.props.at('EndpointType').str();
    if (type === 'VPC' || type === 'VPC_ENDPOINT') {
      const eips = ctx.props.at('EndpointDetails.AddressAllocationIds').list() ?? [];
      return configured(
        eips.length > 0
          ? `the VPC endpoint is internet-facing through ${eips.length} Elastic IP(s), guarded by security groups`
          : `EndpointType is ${type}`,
      );
    }
    return unconfigured('public', { value: type ?? 'not set (PUBLIC)' });
  },
});
