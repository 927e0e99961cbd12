import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { looksLikeSecretName } from '../../lib/model/evidence/secret-names';

export default defineDuty({
  id: 'codebuild-project-no-plaintext-credentials',
  title: 'CodeBuild project keeps credentials out of plaintext environment variables',
  category: 'data-protection',
  resourceTypes: ['AWS::CodeBuild::Project'],
  awsSide:
    'AWS CodeBuild resolves PARAMETER_STORE and SECRETS_MANAGER environment variables at build time; PLAINTEXT variables (the default Type) are stored and shown in clear text in the project.',
  customerSide:
    "The build's credentials are the customer's: a credential in a PLAINTEXT variable is readable by anyone who can view the project, so it belongs in Secrets Manager or Parameter Store.",
  severity: 'error',
  remediation: {
    l2: "new codebuild.Project(this, id, { environmentVariables: { API_TOKEN: { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'my-secret:token' } } })",
    l1: 'Environment.EnvironmentVariables[]: { Name, Type: SECRETS_MANAGER | PARAMETER_STORE, Value: <secret or parameter name> }',
  },
  controls: { fsbp: ['CodeBuild.2'], nist: ['IA-5(7)', 'SA-3', 'SC-28'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-2',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-environmentvariable.html',
  ],
  messages: {
    plaintext: 'PLAINTEXT environment variables whose names read as credentials: {variables}.',
  },
  evaluate(ctx) {
    // Only names and types are read; values are never inspected or reported.
    const found: string[] = [];
    for (const variable of ctx.props.at('Environment').at('EnvironmentVariables').list() ?? []) {
      const type = (variable.at('Type').str() ?? 'PLAINTEXT').toUpperCase();
      if (type !== 'PLAINTEXT') continue;
      const name = variable.at('Name').str();
      if (name !== undefined && looksLikeSecretName(name)) found.push(name);
    }
    if (found.length > 0) return unconfigured('plaintext', { variables: found.join(', ') });
    return configured('no PLAINTEXT variable name reads as a credential');
  },
});
