/**
 * Lambda managed-runtime lifecycle, as published by AWS on the Lambda runtimes page
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) and the runtime deprecation
 * policy (https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html).
 *
 * The table is data of this catalog release, not computed from the clock, so an evaluation is
 * pure and repeatable: `RUNTIME_TABLE_DATE` is the day it was last checked against AWS. A runtime
 * moves from `scheduled` to `deprecated` when a catalog release after its deprecation date says so.
 */
export const RUNTIME_TABLE_DATE = '2026-11-25';

export interface DeprecatedRuntime {
  /** The date (UTC) on which AWS deprecated the runtime: no more security patches or support. */
  readonly deprecated: string;
  /** The supported runtime AWS points to as the migration target. */
  readonly successor: string;
}

export interface ScheduledRuntime {
  /** Why the runtime is on its way out. */
  readonly reason: string;
  readonly successor: string;
}

/** Runtimes past their deprecation date on `RUNTIME_TABLE_DATE`. */
export const DEPRECATED_RUNTIMES: Readonly<Record<string, DeprecatedRuntime>> = {
  nodejs: { deprecated: '2016-10-31', successor: 'nodejs24.x' },
  'nodejs4.3': { deprecated: '2020-03-05', successor: 'nodejs24.x' },
  'nodejs4.3-edge': { deprecated: '2019-04-30', successor: 'nodejs24.x' },
  'nodejs6.10': { deprecated: '2019-08-12', successor: 'nodejs24.x' },
  'nodejs8.10': { deprecated: '2020-03-06', successor: 'nodejs24.x' },
  'nodejs10.x': { deprecated: '2021-07-30', successor: 'nodejs24.x' },
  'nodejs12.x': { deprecated: '2023-03-31', successor: 'nodejs24.x' },
  'nodejs14.x': { deprecated: '2023-12-04', successor: 'nodejs24.x' },
  'nodejs16.x': { deprecated: '2024-06-12', successor: 'nodejs24.x' },
  'nodejs18.x': { deprecated: '2025-09-01', successor: 'nodejs24.x' },
  // AWS: deprecation Apr 30, 2026; function create blocked Aug 31, 2026; update blocked Sep 30, 2026.
  'nodejs20.x': { deprecated: '2026-04-30', successor: 'nodejs24.x' },
  'python2.7': { deprecated: '2021-07-15', successor: 'python3.14' },
  'python3.6': { deprecated: '2022-07-18', successor: 'python3.14' },
  'python3.7': { deprecated: '2023-12-04', successor: 'python3.14' },
  'python3.8': { deprecated: '2024-10-14', successor: 'python3.14' },
  'python3.9': { deprecated: '2025-12-15', successor: 'python3.14' },
  // AWS: deprecation Oct 31, 2026; function create blocked Nov 30, 2026; update blocked Jan 15, 2027.
  'python3.10': { deprecated: '2026-10-31', successor: 'python3.14' },
  java8: { deprecated: '2024-01-08', successor: 'java25' },
  'dotnetcore1.0': { deprecated: '2019-06-27', successor: 'dotnet10' },
  'dotnetcore2.0': { deprecated: '2019-05-30', successor: 'dotnet10' },
  'dotnetcore2.1': { deprecated: '2022-01-05', successor: 'dotnet10' },
  'dotnetcore3.1': { deprecated: '2023-04-03', successor: 'dotnet10' },
  'dotnet5.0': { deprecated: '2022-05-10', successor: 'dotnet10' },
  dotnet6: { deprecated: '2024-12-20', successor: 'dotnet10' },
  dotnet7: { deprecated: '2024-05-14', successor: 'dotnet10' },
  // AWS: deprecation Nov 10, 2026; function create blocked Feb 1, 2027; update blocked Mar 3, 2027.
  dotnet8: { deprecated: '2026-11-10', successor: 'dotnet10' },
  'go1.x': { deprecated: '2024-01-08', successor: 'provided.al2023' },
  provided: { deprecated: '2024-01-08', successor: 'provided.al2023' },
  'ruby2.5': { deprecated: '2021-07-30', successor: 'ruby3.4' },
  'ruby2.7': { deprecated: '2023-12-07', successor: 'ruby3.4' },
  // AWS: deprecation Mar 31, 2026; function create blocked Aug 31, 2026; update blocked Sep 30, 2026.
  'ruby3.2': { deprecated: '2026-03-31', successor: 'ruby3.4' },
};

const AL2 =
  'runs on Amazon Linux 2, which reached end of life on 2026-06-30 (AWS now applies only critical and selected important security patches)';
const AL2_2027 = `${AL2}, and is scheduled for deprecation on 2027-06-30 (function create blocked 2027-07-31, update 2027-08-31)`;

/**
 * Runtimes that are still accepted but whose deprecation AWS has announced for within about seven
 * months of `RUNTIME_TABLE_DATE`, or whose operating system has reached end of life.
 */
export const SCHEDULED_RUNTIMES: Readonly<Record<string, ScheduledRuntime>> = {
  'nodejs22.x': {
    reason: 'is scheduled for deprecation on 2027-04-30 (function create blocked 2027-06-01, update 2027-07-01)',
    successor: 'nodejs24.x',
  },
  'ruby3.3': {
    reason: 'is scheduled for deprecation on 2027-03-31 (function create blocked 2027-04-30, update 2027-05-31)',
    successor: 'ruby3.4',
  },
  'java8.al2': { reason: AL2_2027, successor: 'java8.al2023 or java25' },
  java11: { reason: AL2_2027, successor: 'java11.al2023 or java25' },
  java17: { reason: AL2_2027, successor: 'java17.al2023 or java25' },
  'python3.11': { reason: AL2_2027, successor: 'python3.14' },
  'provided.al2': { reason: AL2, successor: 'provided.al2023' },
};

export const RUNTIME_SOURCES = [
  'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  'https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html',
  'https://docs.aws.amazon.com/lambda/latest/dg/lambda-python.html',
  'https://docs.aws.amazon.com/lambda/latest/dg/lambda-java.html',
  'https://docs.aws.amazon.com/lambda/latest/dg/lambda-ruby.html',
  'https://docs.aws.amazon.com/lambda/latest/dg/lambda-csharp.html',
  'https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html',
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html',
];

/** Service principals are written `<service>.amazonaws.com` (or `.amazonaws.com.cn` in China). */
export function isServicePrincipal(principal: string): boolean {
  return /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/i.test(principal) || /^[a-z0-9.-]+\.amazon\.com$/i.test(principal);
}
