import type { Value } from '../value';

/**
 * A resource's tags as key -> value. CloudFormation spells tags as a list of `{Key, Value}` on most
 * types and as a plain map on some (SSM parameters, EKS node groups, Glue, ...); both are read.
 * An unresolvable tag value is kept as `undefined` under its key; an unresolvable key or list
 * makes the read throw (unknown).
 */
export function tagsOf(props: Value, property = 'Tags'): Map<string, string | undefined> {
  const tags = new Map<string, string | undefined>();
  const raw = props.at(property);
  if (raw.raw === undefined) return tags;
  if (Array.isArray(raw.raw) || raw.isToken) {
    for (const tag of raw.list() ?? []) {
      const key = tag.at('Key').str();
      if (key === undefined) continue;
      const value = tag.at('Value');
      tags.set(key, value.isToken ? undefined : value.str());
    }
    return tags;
  }
  for (const key of raw.keys() ?? []) {
    const value = raw.at(key);
    tags.set(key, value.isToken ? undefined : value.str());
  }
  return tags;
}
