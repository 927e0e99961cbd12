import * as mq from 'aws-cdk-lib/aws-amazonmq';
import type { Construct } from 'constructs';

/** A minimal Amazon MQ broker (ActiveMQ, single instance, private); `extra` adds or replaces properties. */
export function broker(scope: Construct, extra: Partial<mq.CfnBrokerProps> = {}, id = 'Broker'): mq.CfnBroker {
  return new mq.CfnBroker(scope, id, {
    brokerName: 'test',
    deploymentMode: 'SINGLE_INSTANCE',
    engineType: 'ACTIVEMQ',
    engineVersion: '5.18',
    hostInstanceType: 'mq.m5.large',
    publiclyAccessible: false,
    users: [{ username: 'admin', password: '{{resolve:secretsmanager:mq-admin:SecretString:password}}' }],
    ...extra,
  });
}
