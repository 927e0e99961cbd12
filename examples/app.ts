import { App, Aspects } from 'aws-cdk-lib';
import { SharedResponsibilityChecks } from '../lib';
import { WebServiceStack } from './web-service-stack';

const app = new App();
Aspects.of(app).add(new SharedResponsibilityChecks());
// The account is left open so synth needs no AWS credentials or context lookups.
new WebServiceStack(app, 'WebService', { env: { region: 'eu-west-1' } });
app.synth();
