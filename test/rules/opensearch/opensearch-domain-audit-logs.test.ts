import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { SECURE, domain, override, rawDomain } from './fixtures';

const fgac = { ...SECURE, fineGrainedAccessControl: { masterUserName: 'search_admin' } };

dutyCases('opensearch-domain-audit-logs', [
  {
    name: 'the L2 domain publishes audit logs',
    build: (s) => domain(s, { ...fgac, logging: { auditLogEnabled: true } }),
    path: 'Search',
    expect: 'configured',
  },
  { name: 'the L2 domain keeps its defaults', build: (s) => domain(s), path: 'Search', expect: 'unconfigured' },
  {
    name: 'the L2 domain publishes only application logs',
    build: (s) => domain(s, { logging: { appLogEnabled: true } }),
    path: 'Search',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 domain publishes audit logs through an override',
    build: (s) =>
      rawDomain(s).addPropertyOverride('LogPublishingOptions.AUDIT_LOGS', {
        Enabled: true,
        CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111111111111:log-group:audit',
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the Enabled flag is a parameter',
    build: (s) =>
      override(domain(s, { ...fgac, logging: { auditLogEnabled: true } }), 'LogPublishingOptions.AUDIT_LOGS.Enabled', parameter(s)),
    path: 'Search',
    expect: 'unknown',
  },
]);
