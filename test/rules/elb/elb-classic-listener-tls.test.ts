import { CfnParameter } from 'aws-cdk-lib';
import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import { dutyCases } from '../../harness';
import { cfn, clb } from './classic-fixtures';
import { CERT_ARN } from './fixtures';

dutyCases('elb-classic-listener-tls', [
  {
    name: 'the L2 CLB listens on HTTPS only',
    build: (stack) =>
      clb(stack).addListener({
        externalPort: 443,
        externalProtocol: elb.LoadBalancingProtocol.HTTPS,
        internalPort: 80,
        sslCertificateArn: CERT_ARN,
      }),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the L2 CLB listens on HTTP',
    build: (stack) => clb(stack).addListener({ externalPort: 80 }),
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 CLB adds a plain TCP listener next to HTTPS',
    build: (stack) => {
      const lb = clb(stack);
      lb.addListener({
        externalPort: 443,
        externalProtocol: elb.LoadBalancingProtocol.HTTPS,
        internalPort: 80,
        sslCertificateArn: CERT_ARN,
      });
      lb.addListener({ externalPort: 8080, externalProtocol: elb.LoadBalancingProtocol.TCP });
    },
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns the HTTP listener into SSL',
    build: (stack) => {
      const lb = clb(stack);
      lb.addListener({ externalPort: 80 });
      cfn(lb).addPropertyOverride('Listeners.0.Protocol', 'ssl');
      cfn(lb).addPropertyOverride('Listeners.0.SSLCertificateId', CERT_ARN);
    },
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the CLB has no listener',
    build: (stack) => clb(stack),
    path: 'Clb',
    expect: 'not-applicable',
  },
  {
    name: 'the protocol is a parameter',
    build: (stack) => {
      const lb = clb(stack);
      lb.addListener({ externalPort: 80 });
      cfn(lb).addPropertyOverride('Listeners.0.Protocol', new CfnParameter(stack, 'Proto').valueAsString);
    },
    path: 'Clb',
    expect: 'unknown',
  },
]);
