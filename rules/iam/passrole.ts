import { stringList } from '../../lib/model/policy';
import type { Value } from '../../lib/model/value';
import { globMatches, isEveryResource } from './helpers';

/**
 * Reading an `iam:PassRole` grant: which roles it may pass and to which services.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService
 */

/**
 * Services that run what the caller chooses (a function, an instance, a container, a job, a
 * notebook, a workflow or a stack) with the role they are given: passing them an administrator
 * role lets the caller act as that role. A role passed to another service (a log delivery, a
 * replication) is used only for that service's own fixed task.
 */
export const CODE_RUNNING_SERVICES = [
  'airflow.amazonaws.com',
  'apprunner.amazonaws.com',
  'batch.amazonaws.com',
  'bedrock.amazonaws.com',
  'build.apprunner.amazonaws.com',
  'cloudformation.amazonaws.com',
  'codebuild.amazonaws.com',
  'codepipeline.amazonaws.com',
  'datapipeline.amazonaws.com',
  'ec2.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'elasticbeanstalk.amazonaws.com',
  'elasticmapreduce.amazonaws.com',
  'emr-containers.amazonaws.com',
  'emr-serverless.amazonaws.com',
  'events.amazonaws.com',
  'glue.amazonaws.com',
  'kinesisanalytics.amazonaws.com',
  'lambda.amazonaws.com',
  'pipes.amazonaws.com',
  'sagemaker.amazonaws.com',
  'scheduler.amazonaws.com',
  'ssm.amazonaws.com',
  'states.amazonaws.com',
  'tasks.apprunner.amazonaws.com',
];

/** Two unrelated roles of one account, with and without a path: a pattern matching both names every role of the account. */
const ROLE_SAMPLES = ['arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::111122223333:role/service-role/zz-unrelated'];

/**
 * Whether a resource pattern names every role of an account (or of every account): `*`, `arn:*`,
 * `arn:aws:iam::*:role/*`, `arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*`.
 */
export function coversEveryRole(pattern: string): boolean {
  if (isEveryResource(pattern)) return true;
  const normalized = pattern
    .replace(/\$\{AWS::Partition\}/g, 'aws')
    .replace(/^arn:aws:iam::(\d{12}|\$\{AWS::AccountId\}):/, 'arn:aws:iam::111122223333:');
  return ROLE_SAMPLES.every((arn) => globMatches(normalized, arn));
}

/**
 * The services an `iam:PassedToService` condition confines the statement to: undefined when no
 * condition confines it (absent, or a negated operator, which lets every other service through).
 * `...IfExists` confines: IAM sets the key on every request it authorizes for iam:PassRole.
 */
export function passedToServices(statement: Value): string[] | undefined {
  const condition = statement.at('Condition');
  for (const op of condition.keys() ?? []) {
    const base = op
      .toLowerCase()
      .replace(/^for(any|all)values:/, '')
      .replace(/ifexists$/, '');
    if (base !== 'stringequals' && base !== 'stringlike') continue;
    for (const key of condition.at(op).keys() ?? []) {
      if (key.toLowerCase() !== 'iam:passedtoservice') continue;
      const values = stringList(condition.at(op).child(key)) ?? [];
      if (values.length > 0) return values;
    }
  }
  return undefined;
}

/** The first service pattern of the list that lets the role reach a code-running service (`lambda.amazonaws.com`, `*`). */
export function codeRunningService(patterns: readonly string[]): string | undefined {
  return patterns.find((p) => CODE_RUNNING_SERVICES.some((service) => globMatches(p, service)));
}
