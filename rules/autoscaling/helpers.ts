import type { Attachments, EvaluationContext } from '../../lib/model/context';
import type { ResourceRecord } from '../../lib/model/resource';
import { UnresolvedValue, type Value } from '../../lib/model/value';
import { launchTemplateOf } from '../ec2/helpers';

export const LAUNCH_CONFIGURATION = 'AWS::AutoScaling::LaunchConfiguration';
export const AUTO_SCALING_GROUP = 'AWS::AutoScaling::AutoScalingGroup';

/** Where an Auto Scaling group's instances get their launch parameters. */
export type LaunchSource =
  | { readonly kind: 'launch-template'; readonly templates: readonly ResourceRecord[] }
  | { readonly kind: 'launch-configuration'; readonly record: ResourceRecord }
  | { readonly kind: 'instance'; readonly value: Value }
  | { readonly kind: 'none' };

function show(value: Value): string {
  return typeof value.raw === 'string' ? `'${value.raw}'` : JSON.stringify(value.raw);
}

/**
 * The launch template(s) (`LaunchTemplate`, or a `MixedInstancesPolicy` with its overrides'
 * templates), the launch configuration or the instance an Auto Scaling group launches from. A
 * template or configuration not defined in the app cannot be read (unknown).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html
 */
export function launchSource(ctx: EvaluationContext): LaunchSource {
  const lt = ctx.props.at('LaunchTemplate');
  if (lt.isSet()) return { kind: 'launch-template', templates: [launchTemplateOf(ctx, lt)!] };
  const mixed = ctx.props.at('MixedInstancesPolicy').at('LaunchTemplate');
  if (mixed.isSet()) {
    const templates = [launchTemplateOf(ctx, mixed.at('LaunchTemplateSpecification'))!];
    for (const o of mixed.at('Overrides').list() ?? []) {
      const t = launchTemplateOf(ctx, o.at('LaunchTemplateSpecification'));
      if (t && !templates.includes(t)) templates.push(t);
    }
    return { kind: 'launch-template', templates };
  }
  const lc = ctx.props.at('LaunchConfigurationName');
  if (lc.isSet()) {
    const record = ctx.target(lc);
    if (record && record.type === LAUNCH_CONFIGURATION) return { kind: 'launch-configuration', record };
    throw new UnresolvedValue(lc.path, `the launch configuration ${show(lc)}, which is not defined in this app`);
  }
  const instance = ctx.props.at('InstanceId');
  if (instance.isSet()) return { kind: 'instance', value: instance };
  return { kind: 'none' };
}

/** The tags an Auto Scaling group propagates to its instances (`Tags` with `PropagateAtLaunch: true`). */
export function propagatedTags(ctx: EvaluationContext): Map<string, string | undefined> {
  const tags = new Map<string, string | undefined>();
  for (const tag of ctx.props.at('Tags').list() ?? []) {
    if (tag.at('PropagateAtLaunch').bool() !== true) continue;
    const key = tag.at('Key').str();
    if (key === undefined) continue;
    const value = tag.at('Value');
    tags.set(key, value.isToken ? undefined : value.str());
  }
  return tags;
}

/**
 * The Auto Scaling groups of the app that launch from the launch configuration being evaluated;
 * those whose LaunchConfigurationName may name it (an Fn::If, a parameter) are in `maybe`.
 */
export function groupsUsing(ctx: EvaluationContext): Attachments {
  return ctx.attachments(AUTO_SCALING_GROUP, 'LaunchConfigurationName');
}
