import { App, Stack, aws_s3 as s3 } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks, type NagPack } from 'cdk-nag';
import { CDK_NAG_PACKS, packOf } from '../lib/docs/cdk-nag-table';
import { catalog } from '../rules';
import { CDK_NAG_EQUIVALENTS, CDK_NAG_ONLY } from '../rules/cdk-nag-equivalents';

/**
 * The rule ids a cdk-nag pack reports, read from cdk-nag itself: every pack applies every one of its
 * rules to every resource (each rule returns NOT_APPLICABLE on the types it does not check), so one
 * resource shows them all.
 */
function ruleIds(pack: NagPack): string[] {
  const ids: string[] = [];
  const probe = pack as unknown as {
    applyRule(params: { ruleSuffixOverride?: string; rule: { name: string } }): void;
    checkResource(node: unknown): void;
    readPackName: string;
  };
  probe.applyRule = (params) => ids.push(`${probe.readPackName}-${params.ruleSuffixOverride ?? params.rule.name}`);
  probe.checkResource(new s3.CfnBucket(new Stack(new App(), 'Probe'), 'Bucket'));
  return ids;
}

const cdkNagRules = [...ruleIds(new AwsSolutionsChecks()), ...ruleIds(new NIST80053R5Checks())];
const mapped = new Set(Object.values(CDK_NAG_EQUIVALENTS).flat());

describe('the cdk-nag equivalents', () => {
  it('read a full rule list from the installed cdk-nag', () => {
    expect(cdkNagRules.filter((r) => packOf(r) === 'AwsSolutions').length).toBeGreaterThan(100);
    expect(cdkNagRules.filter((r) => packOf(r) === 'NIST.800.53.R5').length).toBeGreaterThan(60);
    expect(CDK_NAG_PACKS).toEqual(['AwsSolutions', 'NIST.800.53.R5']);
  });

  it('place every AwsSolutions and NIST 800-53 R5 rule either under a duty or among the rules without one, never both', () => {
    const unplaced = cdkNagRules.filter((r) => !mapped.has(r) && !(r in CDK_NAG_ONLY));
    const both = cdkNagRules.filter((r) => mapped.has(r) && r in CDK_NAG_ONLY);
    expect({ unplaced, both }).toEqual({ unplaced: [], both: [] });
  });

  it('name only rules cdk-nag has, and only duties the catalog has', () => {
    const known = new Set(cdkNagRules);
    expect([...mapped, ...Object.keys(CDK_NAG_ONLY)].filter((r) => !known.has(r))).toEqual([]);
    const ids = new Set(catalog.map((d) => d.id));
    expect(Object.keys(CDK_NAG_EQUIVALENTS).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(CDK_NAG_EQUIVALENTS)).toEqual(Object.keys(CDK_NAG_EQUIVALENTS).sort());
  });

  it('are carried by the catalog duties', () => {
    expect(catalog.find((d) => d.id === 's3-bucket-require-tls')?.equivalents?.cdkNag).toEqual([
      'AwsSolutions-S10',
      'NIST.800.53.R5-S3BucketSSLRequestsOnly',
    ]);
    const carried = catalog.filter((d) => d.equivalents?.cdkNag?.length).length;
    expect(carried).toBe(Object.keys(CDK_NAG_EQUIVALENTS).length);
  });
});
