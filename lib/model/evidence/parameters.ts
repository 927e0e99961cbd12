/**
 * Whether a String parameter cannot be given the empty string: its declaration's MinLength is at
 * least 1, its AllowedValues are all non-empty, or its AllowedPattern does not match "" (for the
 * empty string, matching the whole value and matching part of it are the same). CloudFormation
 * refuses a value that breaks any of them. A Default does not count: the deployer may pass "".
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
 */
export function cannotBeEmpty(declaration: Readonly<Record<string, unknown>>): boolean {
  if (declaration.Type !== undefined && declaration.Type !== 'String') return false;
  const min = Number(declaration.MinLength);
  if (Number.isInteger(min) && min >= 1) return true;
  const allowed = declaration.AllowedValues;
  if (Array.isArray(allowed) && allowed.length > 0 && allowed.every((v) => typeof v === 'string' && v !== '')) return true;
  return typeof declaration.AllowedPattern === 'string' && patternRefusesEmpty(declaration.AllowedPattern);
}

function patternRefusesEmpty(pattern: string): boolean {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch {
    // A pattern JavaScript cannot read (CloudFormation's dialect is Java's): no claim about it.
    return false;
  }
  return !regex.test('');
}
