import type { Value } from '../value';

/**
 * A key that is equal for two Availability Zone values exactly when they name the same zone: a
 * literal name, or `Fn::Select [i, Fn::GetAZs r]` (CDK's environment-agnostic subnets), which names
 * different zones for different indexes of the same list. `Fn::GetAZs ''` and `Fn::GetAZs` of the
 * `AWS::Region` pseudo parameter are the same list (the stack's Region). Any other token is unknown.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getavailabilityzones.html
 */
export function zoneKey(az: Value): string {
  const raw = az.raw as Record<string, unknown> | undefined;
  const select = raw && typeof raw === 'object' ? raw['Fn::Select'] : undefined;
  if (Array.isArray(select) && select.length === 2 && (typeof select[0] === 'number' || /^\d+$/.test(String(select[0])))) {
    const list = select[1] as Record<string, unknown> | undefined;
    if (list && typeof list === 'object' && 'Fn::GetAZs' in list)
      return `zone ${Number(select[0])} of Fn::GetAZs ${regionOf(list['Fn::GetAZs'])}`;
  }
  return az.str()!;
}

function regionOf(arg: unknown): string {
  if (arg === '' || (arg !== null && typeof arg === 'object' && (arg as Record<string, unknown>).Ref === 'AWS::Region'))
    return '(the stack Region)';
  return JSON.stringify(arg);
}
