/**
 * Resources that CDK itself creates to implement a construct (custom-resource providers and their
 * roles, log retention and auto-delete handlers, bucket deployments, notification handlers): the
 * user does not write them and can rarely configure them, so their findings are reported apart,
 * at info, unless the checks are told to treat them like any other resource.
 *
 * Recognised by the construct ids CDK gives them (aws-cdk-lib's CustomResourceProvider,
 * SingletonFunction uuids, custom-resources Provider framework).
 */
const SINGLETON_IDS: ReadonlyArray<[RegExp, string]> = [
  [/^LogRetention[0-9a-f]{32}$/i, 'CDK log retention handler'],
  [/^AWS679f53fac002430cb0da5b7982bd2287$/i, 'CDK AwsCustomResource handler'],
  [/^CustomCDKBucketDeployment[0-9A-F]{32}$/i, 'CDK BucketDeployment handler'],
  [/^BucketNotificationsHandler[0-9a-f]{32}$/i, 'CDK bucket notifications handler'],
  [/^Custom::.*CustomResourceProvider$/, 'CDK custom resource provider'],
  [/^framework-(onEvent|isComplete|onTimeout)$/, 'CDK custom resources Provider framework'],
  [/^waiter-state-machine$/, 'CDK custom resources Provider framework'],
];

/** Something every id above contains, so most paths are ruled out by one test. */
const MAYBE_HELPER =
  /LogRetention|AWS679f53fac002430cb0da5b7982bd2287|CustomCDKBucketDeployment|BucketNotificationsHandler|CustomResourceProvider|framework-|waiter-state-machine/i;

export function cdkHelperReason(constructPath: string): string | undefined {
  if (!MAYBE_HELPER.test(constructPath)) return undefined;
  for (const id of constructPath.split('/')) {
    for (const [pattern, reason] of SINGLETON_IDS) {
      if (pattern.test(id)) return reason;
    }
  }
  return undefined;
}
