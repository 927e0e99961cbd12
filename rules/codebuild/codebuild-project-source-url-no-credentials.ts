import { defineDuty } from '../../lib/model/duty';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured } from '../../lib/model/verdict';

/** `https://user:token@host/...` or `https://token@host/...`: credentials in the URL's user info. */
function hasUserInfo(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+@/i.test(location.trim());
}

/** Source types whose Location is a repository URL (S3, CODEPIPELINE and NO_SOURCE locations are not). */
const URL_SOURCE_TYPES = new Set(['BITBUCKET', 'GITHUB', 'GITHUB_ENTERPRISE', 'GITLAB', 'GITLAB_SELF_MANAGED', 'CODECOMMIT']);

function describeSource(source: Value, label: string): string {
  const id = source.at('SourceIdentifier').str();
  const type = source.at('Type').str();
  return `${label}${id ? ` '${id}'` : ''}${type ? ` (${type})` : ''}`;
}

export default defineDuty({
  id: 'codebuild-project-source-url-no-credentials',
  title: 'CodeBuild project source URLs carry no credentials',
  category: 'identity-and-access',
  resourceTypes: ['AWS::CodeBuild::Project'],
  awsSide:
    "AWS CodeBuild can authenticate to GitHub, GitHub Enterprise and Bitbucket through OAuth, a CodeConnections connection or stored source credentials, and stores the project's source Location in plain text.",
  customerSide:
    "Source credentials are the customer's: a user name, password or personal access token written into the repository URL is visible to anyone who can read the project or the template.",
  severity: 'error',
  remediation: {
    l2: 'codebuild.Source.bitBucket({ owner, repo }) / codebuild.Source.gitHub({ owner, repo }) with credentials from codebuild.BitBucketSourceCredentials or a CodeConnections connection',
    l1: 'Source.Location (and SecondarySources[].Location): the repository URL without user:token@; Source.Auth or AWS::CodeBuild::SourceCredential for authentication',
  },
  controls: { fsbp: ['CodeBuild.1'], nist: ['SA-3', 'IA-5(7)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-1',
    'https://docs.aws.amazon.com/config/latest/developerguide/codebuild-project-source-repo-url-check.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-source.html',
  ],
  messages: {
    credentials: 'The source Location of {sources} contains sign-in information (user name, password or token) in the URL.',
  },
  evaluate(ctx) {
    const leaking: string[] = [];
    const check = (source: Value, label: string) => {
      if (!URL_SOURCE_TYPES.has((source.at('Type').str() ?? '').toUpperCase())) return;
      // A clone URL of a CodeCommit repository of the template (what Source.codeCommit renders) is AWS's own URL, with no user info.
      if (ctx.target(source.at('Location'))?.type === 'AWS::CodeCommit::Repository') return;
      const location = source.at('Location').str();
      if (location !== undefined && hasUserInfo(location)) leaking.push(describeSource(source, label));
    };
    check(ctx.props.at('Source'), 'the primary source');
    for (const secondary of ctx.props.at('SecondarySources').list() ?? []) check(secondary, 'secondary source');
    // The URL itself is never echoed: it holds the credential.
    if (leaking.length > 0) return unconfigured('credentials', { sources: leaking.join(', ') });
    return configured('no source Location carries user info');
  },
});
