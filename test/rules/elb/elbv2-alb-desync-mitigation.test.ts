import { Fn } from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { dutyCases } from '../../harness';
import { alb } from './fixtures';

dutyCases('elbv2-alb-desync-mitigation', [
  {
    name: 'the L2 ALB has its defaults (AWS default defensive)',
    build: (stack) => alb(stack),
    path: 'Alb',
    expect: 'configured',
  },
  {
    name: 'the L2 ALB sets desyncMitigationMode STRICTEST',
    build: (stack) => alb(stack, { desyncMitigationMode: elbv2.DesyncMitigationMode.STRICTEST }),
    path: 'Alb',
    expect: 'configured',
  },
  {
    name: 'the L2 ALB sets desyncMitigationMode MONITOR',
    build: (stack) => alb(stack, { desyncMitigationMode: elbv2.DesyncMitigationMode.MONITOR }),
    path: 'Alb',
    expect: 'unconfigured',
  },
  {
    name: 'setAttribute moves a monitor ALB back to defensive',
    build: (stack) =>
      alb(stack, { desyncMitigationMode: elbv2.DesyncMitigationMode.MONITOR }).setAttribute(
        'routing.http.desync_mitigation_mode',
        'defensive',
      ),
    path: 'Alb',
    expect: 'configured',
  },
  {
    name: 'the mode is imported',
    build: (stack) => alb(stack).setAttribute('routing.http.desync_mitigation_mode', Fn.importValue('Mode')),
    path: 'Alb',
    expect: 'unknown',
  },
]);
