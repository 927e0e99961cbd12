import { CfnParameter } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { dutyCases } from '../../harness';
import { webAcl } from './fixtures';

const DESTINATION = 'arn:aws:logs:us-east-1:111111111111:log-group:aws-waf-logs-app';

dutyCases('wafv2-web-acl-logging', [
  {
    name: 'a logging configuration references the web ACL',
    build: (stack) =>
      new wafv2.CfnLoggingConfiguration(stack, 'Log', { resourceArn: webAcl(stack).attrArn, logDestinationConfigs: [DESTINATION] }),
    path: 'Acl',
    expect: 'configured',
  },
  {
    name: 'the web ACL has no logging configuration',
    build: (stack) => webAcl(stack),
    path: 'Acl',
    expect: 'unconfigured',
  },
  {
    name: 'the only logging configuration logs a web ACL given as a parameter',
    build: (stack) => {
      webAcl(stack);
      new wafv2.CfnLoggingConfiguration(stack, 'Log', {
        resourceArn: new CfnParameter(stack, 'AclArn').valueAsString,
        logDestinationConfigs: [DESTINATION],
      });
    },
    path: 'Acl',
    expect: 'unknown',
  },
]);
