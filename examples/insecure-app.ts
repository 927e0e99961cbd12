import { App, Aspects } from 'aws-cdk-lib';
import { SharedResponsibilityChecks } from '../lib';
import { InsecureStack } from './insecure-stack';

const app = new App();
Aspects.of(app).add(new SharedResponsibilityChecks());
new InsecureStack(app, 'Insecure', { env: { region: 'eu-west-1' } });
app.synth();
