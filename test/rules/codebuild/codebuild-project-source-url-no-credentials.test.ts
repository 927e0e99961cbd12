import * as codecommit from 'aws-cdk-lib/aws-codecommit';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';
import { cfnProject, param, project, rawProject } from './fixtures';

dutyCases('codebuild-project-source-url-no-credentials', [
  {
    name: 'the L2 project reads from Bitbucket by owner and repo',
    build: (stack) => project(stack, { source: codebuild.Source.bitBucket({ owner: 'acme', repo: 'app' }) }),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'the L2 project reads from S3',
    build: (stack) => project(stack, { source: codebuild.Source.s3({ bucket: new s3.Bucket(stack, 'Bucket'), path: 'src.zip' }) }),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'the L1 project puts a user and app password in the Bitbucket URL',
    build: (stack) =>
      rawProject(stack, { source: { type: 'BITBUCKET', location: 'https://builder:app-password@bitbucket.org/acme/app.git' } }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'a secondary GitHub source carries a token in its URL',
    build: (stack) =>
      rawProject(stack, {
        source: { type: 'GITHUB', location: 'https://github.com/acme/app.git' },
        secondarySources: [{ type: 'GITHUB', sourceIdentifier: 'lib', location: 'https://x-access-token@github.com/acme/lib.git' }],
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override removes the credentials from the URL',
    build: (stack) =>
      cfnProject(project(stack, { source: codebuild.Source.bitBucket({ owner: 'acme', repo: 'app' }) })).addPropertyOverride(
        'Source.Location',
        'https://bitbucket.org/acme/app.git',
      ),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'the Bitbucket URL is a parameter',
    build: (stack) => rawProject(stack, { source: { type: 'BITBUCKET', location: param(stack) } }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the L2 project reads from a CodeCommit repository of the app (its clone URL)',
    build: (s) =>
      new codebuild.Project(s, 'Project', {
        source: codebuild.Source.codeCommit({ repository: new codecommit.Repository(s, 'Repo', { repositoryName: 'app' }) }),
      }),
    path: 'Project',
    expect: 'configured',
  },
]);
