import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import ec2ClientVpnEndpointConnectionLogging from './ec2-client-vpn-endpoint-connection-logging';
import ec2InstanceDetailedMonitoring from './ec2-instance-detailed-monitoring';
import ec2InstanceEbsEncrypted from './ec2-instance-ebs-encrypted';
import ec2InstanceImdsv2Required from './ec2-instance-imdsv2-required';
import ec2InstanceNoPublicIp from './ec2-instance-no-public-ip';
import ec2InstancePatched from './ec2-instance-patched';
import ec2InstanceSingleNetworkInterface from './ec2-instance-single-network-interface';
import ec2InstanceSsmManaged from './ec2-instance-ssm-managed';
import ec2InstanceTerminationProtection from './ec2-instance-termination-protection';
import ec2LaunchTemplateEbsEncrypted from './ec2-launch-template-ebs-encrypted';
import ec2LaunchTemplateImdsv2Required from './ec2-launch-template-imdsv2-required';
import ec2LaunchTemplateNoPublicIp from './ec2-launch-template-no-public-ip';
import ec2NetworkAclNoPublicAdminPorts from './ec2-network-acl-no-public-admin-ports';
import ec2NetworkInterfaceSourceDestCheck from './ec2-network-interface-source-dest-check';
import ec2SecurityGroupEgressRestricted from './ec2-security-group-egress-restricted';
import ec2SecurityGroupNoPublicHighRiskPorts from './ec2-security-group-no-public-high-risk-ports';
import ec2SecurityGroupPublicPortsAuthorized from './ec2-security-group-public-ports-authorized';
import ec2SpotFleetEbsEncrypted from './ec2-spot-fleet-ebs-encrypted';
import ec2SubnetNoAutoPublicIp from './ec2-subnet-no-auto-public-ip';
import ec2TransitGatewayNoAutoAccept from './ec2-transit-gateway-no-auto-accept';
import ec2VolumeBackupPlan from './ec2-volume-backup-plan';
import ec2VolumeEncrypted from './ec2-volume-encrypted';
import ec2VpcDefaultSecurityGroupRestricted from './ec2-vpc-default-security-group-restricted';
import ec2VpcEc2Endpoint from './ec2-vpc-ec2-endpoint';
import ec2VpcEndpointPolicyRestricted from './ec2-vpc-endpoint-policy-restricted';
import ec2VpcFlowLogs from './ec2-vpc-flow-logs';
import ec2VpcSsmEndpoint from './ec2-vpc-ssm-endpoint';
import ec2VpnConnectionTunnelLogging from './ec2-vpn-connection-tunnel-logging';

/** EC2 and VPC duties, sorted by id. */
export const duties: readonly Duty[] = [
  ec2ClientVpnEndpointConnectionLogging,
  ec2InstanceDetailedMonitoring,
  ec2InstanceEbsEncrypted,
  ec2InstanceImdsv2Required,
  ec2InstanceNoPublicIp,
  ec2InstancePatched,
  ec2InstanceSingleNetworkInterface,
  ec2InstanceSsmManaged,
  ec2InstanceTerminationProtection,
  ec2LaunchTemplateEbsEncrypted,
  ec2LaunchTemplateImdsv2Required,
  ec2LaunchTemplateNoPublicIp,
  ec2NetworkAclNoPublicAdminPorts,
  ec2NetworkInterfaceSourceDestCheck,
  ec2SecurityGroupEgressRestricted,
  ec2SecurityGroupNoPublicHighRiskPorts,
  ec2SecurityGroupPublicPortsAuthorized,
  ec2SpotFleetEbsEncrypted,
  ec2SubnetNoAutoPublicIp,
  ec2TransitGatewayNoAutoAccept,
  ec2VolumeBackupPlan,
  ec2VolumeEncrypted,
  ec2VpcDefaultSecurityGroupRestricted,
  ec2VpcEc2Endpoint,
  ec2VpcEndpointPolicyRestricted,
  ec2VpcFlowLogs,
  ec2VpcSsmEndpoint,
  ec2VpnConnectionTunnelLogging,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::EC2::Instance',
    service: 'Amazon EC2',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS operates the physical hosts, the network and the Nitro hypervisor that isolates instances; everything from the guest operating system up (patching, agents, software, configuration, data) is the customer's.",
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security.html',
  },
  {
    type: 'AWS::EC2::LaunchTemplate',
    service: 'Amazon EC2',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS applies the template's launch parameters to every instance launched from it; the instances' guest operating systems and configuration are the customer's.",
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html',
  },
  {
    type: 'AWS::EC2::SpotFleet',
    service: 'Amazon EC2',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS finds and launches Spot capacity for the fleet and reclaims it on interruption; the instances it launches, their guest operating systems and volumes are the customer's.",
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet.html',
  },
  {
    type: 'AWS::EC2::Volume',
    service: 'Amazon EBS',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS replicates each EBS volume within its Availability Zone, operates the storage hosts and encrypts volumes with AWS KMS on request; the data, its encryption choice and its backups are the customer's.",
    source: 'https://docs.aws.amazon.com/ebs/latest/userguide/security.html',
  },
  {
    type: 'AWS::EC2::SecurityGroup',
    service: 'Amazon VPC',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS enforces security group rules statefully at every network interface; which traffic the rules allow is the customer's configuration.",
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
  },
  {
    type: 'AWS::EC2::SecurityGroupIngress',
    service: 'Amazon VPC',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS adds the inbound rule to its security group and enforces it at every network interface the group is attached to; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  {
    type: 'AWS::EC2::SecurityGroupEgress',
    service: 'Amazon VPC',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS adds the outbound rule to its security group and enforces it at every network interface the group is attached to; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  {
    type: 'AWS::EC2::VPC',
    service: 'Amazon VPC',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS operates the virtual network, its isolation between customers and the network infrastructure under it; the VPC's routing, filtering, logging and default security group are the customer's configuration.",
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/security.html',
  },
  {
    type: 'AWS::EC2::VPCEndpoint',
    service: 'AWS PrivateLink (Amazon VPC)',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS routes the VPC's requests to the service privately and attaches the default full-access endpoint policy when none is given; which principals and resources the endpoint reaches, and the security groups of an interface endpoint, are the customer's.",
    source: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html',
  },
  {
    type: 'AWS::EC2::Subnet',
    service: 'Amazon VPC',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS operates the subnet within one Availability Zone; its routes, network ACL and whether it hands out public IPv4 addresses are the customer's configuration.",
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html',
  },
  {
    type: 'AWS::EC2::NetworkAclEntry',
    service: 'Amazon VPC',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS evaluates network ACL entries statelessly, in rule-number order, on traffic entering and leaving the subnet; what the entries allow is the customer's choice.",
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  {
    type: 'AWS::EC2::NetworkInterface',
    service: 'Amazon VPC',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS delivers traffic to the network interface and enforces its security groups and source/destination check; its configuration is the customer's.",
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html',
  },
  {
    type: 'AWS::EC2::ClientVpnEndpoint',
    service: 'AWS Client VPN',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS runs and scales the managed Client VPN service and terminates its TLS connections; authentication, authorization rules and connection logging are the customer's configuration.",
    source: 'https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/security.html',
  },
  {
    type: 'AWS::EC2::TransitGateway',
    service: 'AWS Transit Gateway',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS operates the transit gateway and routes between its attachments; which attachments it accepts and how it routes between them are the customer's configuration.",
    source: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-security.html',
  },
  {
    type: 'AWS::EC2::VPNConnection',
    service: 'AWS Site-to-Site VPN',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS operates the two redundant tunnel endpoints of each VPN connection; the customer gateway, tunnel options and tunnel logging are the customer's.",
    source: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/security.html',
  },
];
