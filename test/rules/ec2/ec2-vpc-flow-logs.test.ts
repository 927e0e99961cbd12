import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { conditionOn, dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

dutyCases('ec2-vpc-flow-logs', [
  {
    name: 'the L2 VPC declares a flow log (ALL traffic by default)',
    build: (stack) => vpcOf(stack, { flowLogs: { all: {} } }),
    path: 'Vpc',
    expect: 'configured',
  },
  {
    name: 'a flow log is added to the L2 VPC for rejected traffic',
    build: (stack) => vpcOf(stack).addFlowLog('Rejects', { trafficType: ec2.FlowLogTrafficType.REJECT }),
    path: 'Vpc',
    expect: 'configured',
  },
  {
    name: 'the L2 VPC keeps its defaults (no flow log)',
    build: (stack) => vpcOf(stack),
    path: 'Vpc',
    expect: 'unconfigured',
  },
  {
    name: 'the only flow log records accepted traffic',
    build: (stack) => vpcOf(stack).addFlowLog('Accepts', { trafficType: ec2.FlowLogTrafficType.ACCEPT }),
    path: 'Vpc',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch widens the flow log to ALL',
    build: (stack) =>
      (
        vpcOf(stack).addFlowLog('Accepts', { trafficType: ec2.FlowLogTrafficType.ACCEPT }).node.defaultChild as ec2.CfnFlowLog
      ).addPropertyOverride('TrafficType', 'ALL'),
    path: 'Vpc',
    expect: 'configured',
  },
  {
    name: 'the traffic type is a parameter',
    build: (stack) => {
      const vpc = new ec2.CfnVPC(stack, 'Raw', { cidrBlock: '10.0.0.0/16' });
      new ec2.CfnFlowLog(stack, 'Log', {
        resourceId: vpc.ref,
        resourceType: 'VPC',
        trafficType: new CfnParameter(stack, 'Traffic').valueAsString,
        logDestinationType: 's3',
        logDestination: 'arn:aws:s3:::flow-logs',
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },

  {
    name: 'an L1 flow log records the VPC only when a condition holds',
    build: (stack) => {
      const vpc = vpcOf(stack);
      new ec2.CfnFlowLog(stack, 'FlowLog', {
        resourceId: Fn.conditionIf(conditionOn(stack), vpc.vpcId, 'vpc-0123456789abcdef0').toString(),
        resourceType: 'VPC',
        trafficType: 'ALL',
        logDestinationType: 's3',
        logDestination: 'arn:aws:s3:::amzn-s3-demo-flow-logs',
      });
    },
    path: 'Vpc',
    expect: 'unknown',
  },
]);
