import type { EvaluationContext } from '../../lib/model/context';
import type { Value } from '../../lib/model/value';

/** One entry of an AWS::ECS::TaskDefinition's `ContainerDefinitions`, with the name findings use. */
export interface Container {
  readonly name: string;
  readonly def: Value;
}

/** The container definitions of the task definition being evaluated (a container without a name is named by its position). */
export function containers(ctx: EvaluationContext): Container[] {
  return (ctx.props.at('ContainerDefinitions').list() ?? []).map((def, i) => ({ name: def.at('Name').str() ?? `#${i}`, def }));
}

/** `'a', 'b'` for a message. */
export function quoted(names: readonly string[]): string {
  return names.map((n) => `'${n}'`).join(', ');
}

/**
 * Whether a task definition runs Windows containers: `RuntimePlatform.OperatingSystemFamily` is one of
 * the `WINDOWS_SERVER_*` values. Absent means Linux.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-runtimeplatform.html
 */
export function isWindows(taskDefinitionProps: Value): boolean {
  const family = taskDefinitionProps.at('RuntimePlatform').at('OperatingSystemFamily').str();
  return family !== undefined && family.toUpperCase().startsWith('WINDOWS');
}
