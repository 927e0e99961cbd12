import { CfnParameter } from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { dutyCases } from '../../harness';
import { alb, CERT, vpc } from './fixtures';

dutyCases('elbv2-listener-tls-policy', [
  {
    name: 'the L2 HTTPS listener sets SslPolicy RECOMMENDED_TLS',
    build: (stack) =>
      alb(stack).addListener('Https', {
        port: 443,
        certificates: [CERT],
        sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
        defaultAction: elbv2.ListenerAction.fixedResponse(200),
      }),
    path: 'Alb/Https',
    expect: 'configured',
  },
  {
    name: 'the L2 NLB TLS listener sets a TLS 1.3 policy',
    build: (stack) => {
      const v = vpc(stack);
      const nlb = new elbv2.NetworkLoadBalancer(stack, 'Nlb', { vpc: v });
      nlb.addListener('Tls', {
        port: 443,
        protocol: elbv2.Protocol.TLS,
        certificates: [CERT],
        sslPolicy: elbv2.SslPolicy.TLS13_13,
        defaultTargetGroups: [new elbv2.NetworkTargetGroup(stack, 'Tg', { vpc: v, port: 80 })],
      });
    },
    path: 'Nlb/Tls',
    expect: 'configured',
  },
  {
    name: 'the L2 HTTPS listener has no SslPolicy (ELB applies ELBSecurityPolicy-2016-08)',
    build: (stack) =>
      alb(stack).addListener('Https', { port: 443, certificates: [CERT], defaultAction: elbv2.ListenerAction.fixedResponse(200) }),
    path: 'Alb/Https',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 HTTPS listener uses a TLS 1.0 policy',
    build: (stack) =>
      alb(stack).addListener('Https', {
        port: 443,
        certificates: [CERT],
        sslPolicy: elbv2.SslPolicy.LEGACY,
        defaultAction: elbv2.ListenerAction.fixedResponse(200),
      }),
    path: 'Alb/Https',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch sets a TLS 1.2 policy',
    build: (stack) => {
      const listener = alb(stack).addListener('Https', {
        port: 443,
        certificates: [CERT],
        defaultAction: elbv2.ListenerAction.fixedResponse(200),
      });
      (listener.node.defaultChild as elbv2.CfnListener).addPropertyOverride('SslPolicy', 'ELBSecurityPolicy-TLS-1-2-2017-01');
    },
    path: 'Alb/Https',
    expect: 'configured',
  },
  {
    name: 'the listener is plain HTTP',
    build: (stack) => alb(stack).addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(200) }),
    path: 'Alb/Http',
    expect: 'not-applicable',
  },
  {
    name: 'the SslPolicy is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Policy');
      const listener = alb(stack).addListener('Https', {
        port: 443,
        certificates: [CERT],
        defaultAction: elbv2.ListenerAction.fixedResponse(200),
      });
      (listener.node.defaultChild as elbv2.CfnListener).addPropertyOverride('SslPolicy', p.valueAsString);
    },
    path: 'Alb/Https',
    expect: 'unknown',
  },
]);
