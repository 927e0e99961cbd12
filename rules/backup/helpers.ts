import { Value } from '../../lib/model/value';

/**
 * A property that CloudFormation types as JSON (a vault's AccessPolicy), which a template may give
 * as an object or as a JSON string. A literal string is parsed; tokens are returned as they are.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-backupvault.html#cfn-backup-backupvault-accesspolicy
 */
export function jsonDocument(value: Value): Value {
  if (typeof value.raw !== 'string' || value.isToken) return value;
  try {
    return new Value(JSON.parse(value.str()!), value.path);
  } catch {
    return value;
  }
}
