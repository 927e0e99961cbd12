import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { domain, override, rawDomain } from './fixtures';

dutyCases('opensearch-domain-error-logs', [
  {
    name: 'the L2 domain publishes application logs',
    build: (s) => domain(s, { logging: { appLogEnabled: true } }),
    path: 'Search',
    expect: 'configured',
  },
  { name: 'the L2 domain keeps its defaults', build: (s) => domain(s), path: 'Search', expect: 'unconfigured' },
  {
    name: 'the L2 domain publishes only slow search logs',
    build: (s) => domain(s, { logging: { slowSearchLogEnabled: true } }),
    path: 'Search',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 domain publishes application logs through an override',
    build: (s) =>
      rawDomain(s).addPropertyOverride('LogPublishingOptions.ES_APPLICATION_LOGS', {
        Enabled: true,
        CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111111111111:log-group:search',
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the Enabled flag is a parameter',
    build: (s) =>
      override(domain(s, { logging: { appLogEnabled: true } }), 'LogPublishingOptions.ES_APPLICATION_LOGS.Enabled', parameter(s)),
    path: 'Search',
    expect: 'unknown',
  },
]);
