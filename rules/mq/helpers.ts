import type { Value } from '../../lib/model/value';

/** The broker engine, upper-cased (CloudFormation accepts ACTIVEMQ / RABBITMQ in any case). */
export function engineOf(props: Value): string | undefined {
  return props.at('EngineType').str()?.toUpperCase();
}
