import { App, Aspects, Stack } from 'aws-cdk-lib';
import * as es from 'aws-cdk-lib/aws-elasticsearch';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { renderMarkdown, SharedResponsibilityChecks } from '../../../lib';
import { STACK, synthWithChecks } from '../../harness';

// A domain made with the deprecated aws-elasticsearch module is fixed through es.Domain's props,
// not opensearch.Domain's: the console line must name what the user can actually write.

function consoleLines(build: (stack: Stack) => void): string[] {
  const app = new App();
  build(new Stack(app, 'S'));
  Aspects.of(app).add(new SharedResponsibilityChecks());
  try {
    app.synth();
  } catch {
    // An error finding fails synth after the assembly is written.
  }
  return new CloudAssembly(app.outdir).stacksRecursively.flatMap((s) => s.messages.map((m) => String(m.entry.data)));
}

const lineOf = (lines: string[], dutyId: string) => lines.find((l) => l.startsWith(`[${dutyId}]`));

describe('the fix for a legacy es.Domain', () => {
  it('names es.Domain and its own TLS policy enum', () => {
    const lines = consoleLines((s) => new es.Domain(s, 'Legacy', { version: es.ElasticsearchVersion.V7_10, enforceHttps: true }));
    expect(lineOf(lines, 'opensearch-domain-encrypted-at-rest')).toContain(
      'Fix: new es.Domain(this, id, { version, encryptionAtRest: { enabled: true } })',
    );
    const tls = lineOf(lines, 'opensearch-domain-enforce-https');
    expect(tls).toContain('tlsSecurityPolicy: es.TLSSecurityPolicy.TLS_1_2 }');
    expect(tls).not.toContain('opensearch.');
    expect(lineOf(lines, 'opensearch-domain-dedicated-master-nodes')).toContain("masterNodeInstanceType: 'm6g.large.elasticsearch'");
  });

  it('is a fix: es.Domain with the TLS policy it names clears the finding', () => {
    const lines = consoleLines(
      (s) =>
        new es.Domain(s, 'Legacy', {
          version: es.ElasticsearchVersion.V7_10,
          enforceHttps: true,
          tlsSecurityPolicy: es.TLSSecurityPolicy.TLS_1_2,
        }),
    );
    expect(lineOf(lines, 'opensearch-domain-enforce-https')).toBeUndefined();
  });

  it('leaves the opensearch.Domain fix for an OpenSearch domain', () => {
    const lines = consoleLines((s) => new opensearch.Domain(s, 'Domain', { version: opensearch.EngineVersion.OPENSEARCH_2_11 }));
    expect(lineOf(lines, 'opensearch-domain-encrypted-at-rest')).toContain('Fix: new opensearch.Domain(this, id,');
  });

  it('gives the L1 property names for a legacy CfnDomain', () => {
    const lines = consoleLines((s) => new es.CfnDomain(s, 'Raw', { elasticsearchVersion: '7.10' }));
    expect(lineOf(lines, 'opensearch-domain-enforce-https')).toContain('Policy-Min-TLS-1-2-2019-07 on AWS::Elasticsearch::Domain');
  });
});

describe('the Markdown report for a legacy es.Domain', () => {
  it('gives es.Domain props in the fix, and opensearch.Domain props for an OpenSearch domain', () => {
    const { results } = synthWithChecks((s) => {
      new es.Domain(s, 'Legacy', { version: es.ElasticsearchVersion.V7_10 });
      new opensearch.Domain(s, 'Domain', { version: opensearch.EngineVersion.OPENSEARCH_2_11 });
    });
    const md = renderMarkdown(results);
    const item = (path: string) =>
      md.split('\n- ').find((l) => l.includes('opensearch-domain-encrypted-at-rest') && l.includes(path)) ?? '';
    expect(item(`${STACK}/Legacy`)).toContain('new es.Domain(this, id, { version, encryptionAtRest: { enabled: true } })');
    expect(item(`${STACK}/Domain`)).toContain('new opensearch.Domain(this, id, { version, encryptionAtRest: { enabled: true } })');
  });
});
