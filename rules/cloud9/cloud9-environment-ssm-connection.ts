import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cloud9-environment-ssm-connection',
  title: 'Cloud9 EC2 environment connects through Systems Manager, not inbound SSH',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::Cloud9::EnvironmentEC2'],
  awsSide:
    "AWS Cloud9 reaches the environment's EC2 instance either over inbound SSH from the Cloud9 service (CONNECT_SSH, the default), which needs port 22 open and a public IP, or through Systems Manager Session Manager (CONNECT_SSM) with no inbound port.",
  customerSide:
    "The environment's instance is the customer's: choosing CONNECT_SSM keeps it in a private subnet with no inbound SSH exposure.",
  severity: 'warning',
  remediation: {
    l1: 'ConnectionType: CONNECT_SSM (with a private SubnetId and the AWSCloud9SSMAccessRole / AWSCloud9SSMInstanceProfile in the account)',
  },
  controls: { fsbp: [], nist: ['AC-17', 'AC-17(1)', 'AC-17(3)', 'SC-7', 'SC-7(4)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloud9-environmentec2.html#cfn-cloud9-environmentec2-connectiontype',
    'https://docs.aws.amazon.com/cloud9/latest/user-guide/ec2-ssm.html',
  ],
  messages: {
    ssh: 'ConnectionType is {value}, so AWS Cloud9 connects to the instance over inbound SSH.',
  },
  evaluate(ctx) {
    const type = ctx.props.at('ConnectionType').str();
    if (type?.toUpperCase() === 'CONNECT_SSM') return configured('ConnectionType is CONNECT_SSM');
    return unconfigured('ssh', { value: type ?? 'not set (default CONNECT_SSH)' });
  },
});
