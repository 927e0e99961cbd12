import type { Stack } from 'aws-cdk-lib';
import * as glue from 'aws-cdk-lib/aws-glue';
import { dutyCases } from '../../harness';
import { param } from './fixtures';

function connection(stack: Stack, properties: Record<string, string>, connectionType = 'JDBC'): glue.CfnConnection {
  return new glue.CfnConnection(stack, 'Connection', {
    catalogId: '111111111111',
    connectionInput: {
      connectionType,
      connectionProperties: { JDBC_CONNECTION_URL: 'jdbc:postgresql://db.internal:5432/app', SECRET_ID: 'db/app', ...properties },
    },
  });
}

dutyCases('glue-connection-ssl-required', [
  {
    name: 'the JDBC connection enforces SSL',
    build: (stack) => connection(stack, { JDBC_ENFORCE_SSL: 'true' }),
    path: 'Connection',
    expect: 'configured',
  },
  {
    name: 'the JDBC connection does not set JDBC_ENFORCE_SSL',
    build: (stack) => connection(stack, {}),
    path: 'Connection',
    expect: 'unconfigured',
  },
  {
    name: 'the JDBC connection sets JDBC_ENFORCE_SSL false',
    build: (stack) => connection(stack, { JDBC_ENFORCE_SSL: 'false' }),
    path: 'Connection',
    expect: 'unconfigured',
  },
  { name: 'a NETWORK connection', build: (stack) => connection(stack, {}, 'NETWORK'), path: 'Connection', expect: 'not-applicable' },
  {
    name: 'an escape-hatch override enforces SSL',
    build: (stack) => connection(stack, {}).addPropertyOverride('ConnectionInput.ConnectionProperties.JDBC_ENFORCE_SSL', 'true'),
    path: 'Connection',
    expect: 'configured',
  },
  {
    name: 'JDBC_ENFORCE_SSL is a parameter',
    build: (stack) => connection(stack, { JDBC_ENFORCE_SSL: param(stack) }),
    path: 'Connection',
    expect: 'unknown',
  },
]);
