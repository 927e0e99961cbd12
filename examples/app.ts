import { App, Aspects } from 'aws-cdk-lib';
import { SharedResponsibilityChecks } from '../lib';
import { WebServiceStack } from './web-service-stack';

const app = new App();
// Reports for reviewers beside the results: Markdown for the pull request, SARIF for code scanning, CSV for audit.
Aspects.of(app).add(new SharedResponsibilityChecks({ reports: ['markdown', 'sarif', 'csv'] }));
// The account is left open so synth needs no AWS credentials or context lookups.
new WebServiceStack(app, 'WebService', { env: { region: 'eu-west-1' } });
app.synth();
