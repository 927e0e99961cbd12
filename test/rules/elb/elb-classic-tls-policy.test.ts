import { Fn } from 'aws-cdk-lib';
import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import { dutyCases } from '../../harness';
import { cfn, clb } from './classic-fixtures';
import { CERT_ARN } from './fixtures';

const https = (policyNames?: string[]) => ({
  externalPort: 443,
  externalProtocol: elb.LoadBalancingProtocol.HTTPS,
  internalPort: 80,
  sslCertificateArn: CERT_ARN,
  policyNames,
});
const reference = (value: unknown) => [
  { PolicyName: 'Tls', PolicyType: 'SSLNegotiationPolicyType', Attributes: [{ Name: 'Reference-Security-Policy', Value: value }] },
];

dutyCases('elb-classic-tls-policy', [
  {
    name: 'the listener references ELBSecurityPolicy-TLS-1-2-2017-01',
    build: (stack) => {
      const lb = clb(stack);
      lb.addListener(https(['Tls']));
      cfn(lb).addPropertyOverride('Policies', reference('ELBSecurityPolicy-TLS-1-2-2017-01'));
    },
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the L2 HTTPS listener has no negotiation policy (ELBSecurityPolicy-2016-08 applies)',
    build: (stack) => clb(stack).addListener(https()),
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'the listener references ELBSecurityPolicy-2016-08 explicitly',
    build: (stack) => {
      const lb = clb(stack);
      lb.addListener(https(['Tls']));
      cfn(lb).addPropertyOverride('Policies', reference('ELBSecurityPolicy-2016-08'));
    },
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 listener names a predefined TLS 1.2 policy directly',
    build: (stack) => clb(stack).addListener(https(['ELBSecurityPolicy-TLS-1-2-2017-01'])),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'a custom policy enables only TLS 1.2',
    build: (stack) => {
      const lb = clb(stack);
      lb.addListener(https(['Custom']));
      cfn(lb).addPropertyOverride('Policies', [
        {
          PolicyName: 'Custom',
          PolicyType: 'SSLNegotiationPolicyType',
          Attributes: [
            { Name: 'Protocol-TLSv1.2', Value: 'true' },
            { Name: 'Protocol-TLSv1', Value: 'false' },
            { Name: 'ECDHE-RSA-AES128-GCM-SHA256', Value: 'true' },
          ],
        },
      ]);
    },
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the CLB has only an HTTP listener',
    build: (stack) => clb(stack).addListener({ externalPort: 80 }),
    path: 'Clb',
    expect: 'not-applicable',
  },
  {
    name: 'the reference policy is imported',
    build: (stack) => {
      const lb = clb(stack);
      lb.addListener(https(['Tls']));
      cfn(lb).addPropertyOverride('Policies', reference(Fn.importValue('Policy')));
    },
    path: 'Clb',
    expect: 'unknown',
  },
]);
