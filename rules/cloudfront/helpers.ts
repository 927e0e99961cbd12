import type { Value } from '../../lib/model/value';

/** The cache behaviors of a distribution: the default one first, then `CacheBehaviors`. */
export interface Behavior {
  readonly name: string;
  readonly value: Value;
}

export function behaviors(props: Value): Behavior[] {
  const config = props.at('DistributionConfig');
  const result: Behavior[] = [];
  const defaultBehavior = config.at('DefaultCacheBehavior');
  if (defaultBehavior.raw !== undefined) result.push({ name: 'the default cache behavior', value: defaultBehavior });
  for (const behavior of config.at('CacheBehaviors').list() ?? []) {
    result.push({ name: `the cache behavior for ${behavior.at('PathPattern').str() ?? '?'}`, value: behavior });
  }
  return result;
}

export function origins(props: Value): Value[] {
  return props.at('DistributionConfig.Origins').list() ?? [];
}

/** Origins that are S3 REST endpoints (`S3OriginConfig`); S3 website endpoints are custom origins. */
export function isS3Origin(origin: Value): boolean {
  return origin.at('S3OriginConfig').raw !== undefined;
}

export const CF_CONTROLS_SOURCE = 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html';
export const DISTRIBUTION_CONFIG_SOURCE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-distributionconfig.html';
export const TRANSIT_NIST = [
  'AC-17(2)',
  'AC-4',
  'IA-5(1)',
  'SC-12(3)',
  'SC-13',
  'SC-23',
  'SC-23(3)',
  'SC-7(4)',
  'SC-8',
  'SC-8(1)',
  'SC-8(2)',
  'SI-7(6)',
];
