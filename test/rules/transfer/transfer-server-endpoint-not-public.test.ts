import * as transfer from 'aws-cdk-lib/aws-transfer';
import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';

const VPC = { vpcId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] };

dutyCases('transfer-server-endpoint-not-public', [
  {
    name: 'the server endpoint is in a VPC',
    build: (s) => new transfer.CfnServer(s, 'Server', { endpointType: 'VPC', endpointDetails: VPC }),
    path: 'Server',
    expect: 'configured',
  },
  {
    name: 'the VPC endpoint faces the internet through Elastic IPs',
    build: (s) =>
      new transfer.CfnServer(s, 'Server', { endpointType: 'VPC', endpointDetails: { ...VPC, addressAllocationIds: ['eipalloc-1'] } }),
    path: 'Server',
    expect: 'configured',
  },
  {
    name: 'the server keeps the default (PUBLIC) endpoint',
    build: (s) => new transfer.CfnServer(s, 'Server', {}),
    path: 'Server',
    expect: 'unconfigured',
  },
  {
    name: 'the server is public and the decision is waived with its reason',
    build: (s) => {
      const server = new transfer.CfnServer(s, 'Server', { endpointType: 'PUBLIC' });
      server.node.addMetadata('aws:cdk:acknowledged-rules', {
        'transfer-server-endpoint-not-public': 'partners upload over the internet, SEC-7',
      });
    },
    path: 'Server',
    expect: 'waived',
  },
  {
    name: 'the endpoint type comes from a parameter',
    build: (s) => new transfer.CfnServer(s, 'Server', { endpointType: new CfnParameter(s, 'Endpoint').valueAsString }),
    path: 'Server',
    expect: 'unknown',
  },
]);
