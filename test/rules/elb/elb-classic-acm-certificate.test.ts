import { CfnParameter } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import { dutyCases } from '../../harness';
import { cfn, clb } from './classic-fixtures';
import { CERT_ARN } from './fixtures';

const https = (sslCertificateArn: string) => ({
  externalPort: 443,
  externalProtocol: elb.LoadBalancingProtocol.HTTPS,
  internalPort: 80,
  sslCertificateArn,
});

dutyCases('elb-classic-acm-certificate', [
  {
    name: 'the L2 CLB uses an ACM certificate ARN',
    build: (stack) => clb(stack).addListener(https(CERT_ARN)),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the L2 CLB uses an ACM certificate created in the stack',
    build: (stack) => clb(stack).addListener(https(new acm.Certificate(stack, 'Cert', { domainName: 'example.com' }).certificateArn)),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the L2 CLB uses an IAM server certificate',
    build: (stack) => clb(stack).addListener(https('arn:aws:iam::111111111111:server-certificate/legacy')),
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch replaces the IAM certificate with ACM',
    build: (stack) => {
      const lb = clb(stack);
      lb.addListener(https('arn:aws:iam::111111111111:server-certificate/legacy'));
      cfn(lb).addPropertyOverride('Listeners.0.SSLCertificateId', CERT_ARN);
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
    name: 'the certificate is a parameter',
    build: (stack) => clb(stack).addListener(https(new CfnParameter(stack, 'Cert').valueAsString)),
    path: 'Clb',
    expect: 'unknown',
  },
]);
