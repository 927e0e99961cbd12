import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';

dutyCases('ec2-transit-gateway-no-auto-accept', [
  {
    name: 'the transit gateway keeps its defaults',
    build: (stack) => new ec2.CfnTransitGateway(stack, 'Tgw', {}),
    path: 'Tgw',
    expect: 'configured',
  },
  {
    name: 'the transit gateway sets AutoAcceptSharedAttachments disable',
    build: (stack) => new ec2.CfnTransitGateway(stack, 'Tgw', { autoAcceptSharedAttachments: 'disable' }),
    path: 'Tgw',
    expect: 'configured',
  },
  {
    name: 'the transit gateway sets AutoAcceptSharedAttachments enable',
    build: (stack) => new ec2.CfnTransitGateway(stack, 'Tgw', { autoAcceptSharedAttachments: 'enable' }),
    path: 'Tgw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns automatic acceptance off',
    build: (stack) =>
      new ec2.CfnTransitGateway(stack, 'Tgw', { autoAcceptSharedAttachments: 'enable' }).addPropertyOverride(
        'AutoAcceptSharedAttachments',
        'disable',
      ),
    path: 'Tgw',
    expect: 'configured',
  },
  {
    name: 'the setting is a parameter',
    build: (stack) =>
      new ec2.CfnTransitGateway(stack, 'Tgw', { autoAcceptSharedAttachments: new CfnParameter(stack, 'Accept').valueAsString }),
    path: 'Tgw',
    expect: 'unknown',
  },
]);
