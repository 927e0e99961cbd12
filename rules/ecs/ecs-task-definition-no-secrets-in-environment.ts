import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { looksLikeSecretName } from '../../lib/model/evidence/secret-names';
import { containers } from './helpers';

export default defineDuty({
  id: 'ecs-task-definition-no-secrets-in-environment',
  title: 'ECS containers do not pass secrets in plain environment variables',
  category: 'data-protection',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  awsSide:
    'ECS injects values from Secrets Manager or SSM Parameter Store through the Secrets property at task start; values in Environment are stored in plain text in the task definition, visible to anyone who can describe it.',
  customerSide:
    "Handling the application's credentials is the customer's: a credential placed in Environment (directly or through a dynamic reference resolved at deploy) is readable by every principal with ecs:DescribeTaskDefinition.",
  severity: 'error',
  remediation: {
    l2: 'taskDefinition.addContainer(id, { image, secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(secret) } }) instead of environment',
    l1: 'ContainerDefinitions[].Secrets: [{ Name, ValueFrom: <secret or parameter ARN> }] instead of ContainerDefinitions[].Environment',
  },
  controls: { fsbp: ['ECS.8'], nist: ['IA-5(7)', 'SC-28', 'SA-3'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8',
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-containerdefinition.html#cfn-ecs-taskdefinition-containerdefinition-environment',
  ],
  messages: {
    secretNames:
      'Plain Environment variables whose names read as credentials: {variables}. Their values are stored in clear text in the task definition.',
  },
  evaluate(ctx) {
    // Only variable names are read; values are never inspected or reported.
    const found: string[] = [];
    for (const c of containers(ctx)) {
      for (const variable of c.def.at('Environment').list() ?? []) {
        const name = variable.at('Name').str();
        if (name !== undefined && looksLikeSecretName(name)) found.push(`${name} (container '${c.name}')`);
      }
    }
    if (found.length > 0) return unconfigured('secretNames', { variables: found.join(', ') });
    return configured('no Environment variable name reads as a credential');
  },
});
