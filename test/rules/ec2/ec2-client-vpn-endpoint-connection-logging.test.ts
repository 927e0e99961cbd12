import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

const certs = {
  cidr: '10.100.0.0/16',
  serverCertificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/server',
  clientCertificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/client',
};

dutyCases('ec2-client-vpn-endpoint-connection-logging', [
  {
    name: 'the L2 endpoint keeps its defaults (logging on)',
    build: (stack) => new ec2.ClientVpnEndpoint(stack, 'Vpn', { vpc: vpcOf(stack), ...certs }),
    path: 'Vpn',
    expect: 'configured',
  },
  {
    name: 'the L2 endpoint sets logging false',
    build: (stack) => new ec2.ClientVpnEndpoint(stack, 'Vpn', { vpc: vpcOf(stack), ...certs, logging: false }),
    path: 'Vpn',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns logging off',
    build: (stack) =>
      (
        new ec2.ClientVpnEndpoint(stack, 'Vpn', { vpc: vpcOf(stack), ...certs }).node.defaultChild as ec2.CfnClientVpnEndpoint
      ).addPropertyOverride('ConnectionLogOptions.Enabled', false),
    path: 'Vpn',
    expect: 'unconfigured',
  },
  {
    name: 'logging is a parameter',
    build: (stack) =>
      new ec2.CfnClientVpnEndpoint(stack, 'Raw', {
        authenticationOptions: [
          { type: 'certificate-authentication', mutualAuthentication: { clientRootCertificateChainArn: certs.clientCertificateArn } },
        ],
        clientCidrBlock: certs.cidr,
        serverCertificateArn: certs.serverCertificateArn,
        connectionLogOptions: { enabled: new CfnParameter(stack, 'Log').valueAsString as unknown as boolean },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
