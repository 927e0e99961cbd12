import { CfnParameter } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import { dutyCases } from '../../harness';

const cert = (stack: import('aws-cdk-lib').Stack) =>
  acm.Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:us-east-1:111111111111:certificate/11111111-2222-3333-4444-555555555555');

dutyCases('apigateway-domain-name-tls12', [
  {
    name: 'the L2 domain name sets TLS_1_2',
    build: (stack) =>
      new apigateway.DomainName(stack, 'Dn', {
        domainName: 'api.example.com',
        certificate: cert(stack),
        securityPolicy: apigateway.SecurityPolicy.TLS_1_2,
      }),
    path: 'Dn',
    expect: 'configured',
  },
  {
    name: 'fails when the L2 domain name leaves the security policy unset (CDK renders none, and AWS documents no default)',
    build: (stack) => new apigateway.DomainName(stack, 'Dn', { domainName: 'api.example.com', certificate: cert(stack) }),
    path: 'Dn',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 domain name sets an enhanced TLS 1.3 policy',
    build: (stack) =>
      new apigateway.DomainName(stack, 'Dn', {
        domainName: 'api.example.com',
        certificate: cert(stack),
        securityPolicy: apigateway.SecurityPolicy.TLS13_1_3_2025_09,
        endpointAccessMode: apigateway.EndpointAccessMode.STRICT,
      }),
    path: 'Dn',
    expect: 'configured',
  },
  {
    name: 'the L2 domain name sets TLS_1_0',
    build: (stack) =>
      new apigateway.DomainName(stack, 'Dn', {
        domainName: 'api.example.com',
        certificate: cert(stack),
        securityPolicy: apigateway.SecurityPolicy.TLS_1_0,
      }),
    path: 'Dn',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch raises TLS_1_0 to TLS_1_2',
    build: (stack) => {
      const dn = new apigateway.DomainName(stack, 'Dn', {
        domainName: 'api.example.com',
        certificate: cert(stack),
        securityPolicy: apigateway.SecurityPolicy.TLS_1_0,
      });
      (dn.node.defaultChild as apigateway.CfnDomainName).addPropertyOverride('SecurityPolicy', 'TLS_1_2');
    },
    path: 'Dn',
    expect: 'configured',
  },
  {
    name: 'the security policy is a parameter',
    build: (stack) =>
      new apigateway.CfnDomainName(stack, 'Raw', {
        domainName: 'api.example.com',
        regionalCertificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/x',
        securityPolicy: new CfnParameter(stack, 'Policy').valueAsString,
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
