import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_NEPTUNE_CLUSTER, NEPTUNE_CONTROLS } from './helpers';

export default defineDuty({
  id: 'neptune-cluster-iam-authentication',
  title: 'Neptune DB cluster requires IAM database authentication',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  awsSide:
    'Neptune can require every request to be signed with AWS Signature Version 4 and authorized by IAM policies; IAM database authentication is disabled by default, and then any client that reaches the endpoint can query the graph.',
  customerSide:
    "Neptune has no database users: who may read and write the graph is controlled only by IAM authentication and network access, both the customer's to configure.",
  severity: 'warning',
  remediation: { l1: 'IamAuthEnabled: true' },
  controls: { fsbp: ['Neptune.7'], nist: [...NIST.iamAuth] },
  sources: [
    `${NEPTUNE_CONTROLS}#neptune-7`,
    `${CFN_NEPTUNE_CLUSTER}#cfn-neptune-dbcluster-iamauthenabled`,
    'https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html',
  ],
  messages: {
    notSet: 'IamAuthEnabled is not set, so IAM database authentication is off (the default).',
    disabled: 'IamAuthEnabled is false.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('IamAuthEnabled').bool();
    if (value === true) return configured('IamAuthEnabled is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
