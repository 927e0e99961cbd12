import type { Duty } from '../model/duty';

/** Duties by CloudFormation type, so each resource meets only the duties that apply to it. */
export function dutiesByType(duties: readonly Duty[]): Map<string, Duty[]> {
  const map = new Map<string, Duty[]>();
  for (const duty of duties) {
    for (const type of duty.resourceTypes) {
      let list = map.get(type);
      if (!list) map.set(type, (list = []));
      list.push(duty);
    }
  }
  return map;
}
