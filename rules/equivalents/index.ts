import type { Duty } from '../../lib/model/duty';
import { CDK_NAG_EQUIVALENTS } from './cdk-nag';

/**
 * The duty with the rules of other tools that check the same thing. The tables live apart from the
 * duty files so that one reviewer can read each mapping whole, against the other tool's rule list.
 */
export function withEquivalents(duty: Duty): Duty {
  const cdkNag = CDK_NAG_EQUIVALENTS[duty.id];
  return cdkNag ? { ...duty, equivalents: { ...duty.equivalents, cdkNag } } : duty;
}
