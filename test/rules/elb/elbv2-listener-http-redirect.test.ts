import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { conditionOn, dutyCases } from '../../harness';
import { alb, CERT } from './fixtures';

dutyCases('elbv2-listener-http-redirect', [
  {
    name: 'the L2 addRedirect creates an HTTP listener that redirects to HTTPS',
    build: (stack) => alb(stack).addRedirect(),
    path: 'Alb/Redirect80To443',
    expect: 'configured',
  },
  {
    name: 'the L2 HTTP listener answers with a fixed response',
    build: (stack) => alb(stack).addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(200) }),
    path: 'Alb/Http',
    expect: 'unconfigured',
  },
  {
    name: 'the HTTP listener redirects by default but a rule forwards',
    build: (stack) => {
      const lb = alb(stack);
      const listener = lb.addListener('Http', {
        port: 80,
        defaultAction: elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: '443' }),
      });
      listener.addAction('Api', {
        priority: 10,
        conditions: [elbv2.ListenerCondition.pathPatterns(['/api/*'])],
        action: elbv2.ListenerAction.forward([new elbv2.ApplicationTargetGroup(stack, 'Tg', { vpc: lb.vpc, port: 80 })]),
      });
    },
    path: 'Alb/Http',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns the fixed response into a redirect to HTTPS',
    build: (stack) => {
      const listener = alb(stack).addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(200) });
      (listener.node.defaultChild as elbv2.CfnListener).addPropertyOverride('DefaultActions', [
        { Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } },
      ]);
    },
    path: 'Alb/Http',
    expect: 'configured',
  },
  {
    name: 'the listener is HTTPS',
    build: (stack) =>
      alb(stack).addListener('Https', { port: 443, certificates: [CERT], defaultAction: elbv2.ListenerAction.fixedResponse(200) }),
    path: 'Alb/Https',
    expect: 'not-applicable',
  },
  {
    name: 'the redirect protocol is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Proto');
      alb(stack).addListener('Http', {
        port: 80,
        defaultAction: elbv2.ListenerAction.redirect({ protocol: p.valueAsString, port: '443' }),
      });
    },
    path: 'Alb/Http',
    expect: 'unknown',
  },

  {
    name: 'an L1 rule that forwards belongs to the redirecting listener only when a condition holds',
    build: (stack) => {
      const lb = alb(stack);
      const listener = lb.addListener('Http', {
        port: 80,
        defaultAction: elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: '443' }),
      });
      const tg = new elbv2.ApplicationTargetGroup(stack, 'Tg', { vpc: lb.vpc, port: 80 });
      new elbv2.CfnListenerRule(stack, 'Rule', {
        listenerArn: Fn.conditionIf(conditionOn(stack), listener.listenerArn, Fn.ref('AWS::NoValue')).toString(),
        priority: 10,
        conditions: [{ field: 'path-pattern', values: ['/api/*'] }],
        actions: [{ type: 'forward', targetGroupArn: tg.targetGroupArn }],
      });
    },
    path: 'Alb/Http',
    expect: 'unknown',
  },
]);
