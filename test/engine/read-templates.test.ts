import { App, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { ResourceRecord } from '../../lib/model/resource';
import { collect } from '../../lib/private/collect';
import { readFromTemplates } from '../../lib/private/read-templates';
import { toRecord } from '../../lib/private/resolve';
import { DIFFERENTIAL_CORPUS, escapeHatches } from '../apps/shapes/differential-corpus';

/**
 * The engine reads a resource in one of two ways: resolved from its construct (the aspect, before
 * CDK writes the templates) or parsed from the template CDK wrote (validation plugins, after). The
 * duties must see the same thing either way, so for a corpus of real apps every record read from
 * the templates must equal the one resolved from its construct.
 */
const CORPUS = DIFFERENTIAL_CORPUS;

/** A record without what legitimately differs: nothing, today. */
const comparable = (r: ResourceRecord) => ({ ...r });

describe('records read from the written templates equal records resolved from the constructs', () => {
  it.each(CORPUS)('%s', (_name, build, context) => {
    const app = new App({ context: { ...context, 'aws:cdk:enable-path-metadata': true } });
    build(app);
    app.synth();
    const { resources } = collect([app], { enterStages: true, skipPaths: [] });
    const resolved = new Map(resources.map((c) => [c.node.path, comparable(toRecord(c))]));
    const read = readFromTemplates(resources);
    expect(read).toHaveLength(resources.length);
    for (const r of read) expect({ path: r.cfnPath, record: comparable(r) }).toEqual({ path: r.cfnPath, record: resolved.get(r.cfnPath) });
  });

  it('matches resources by logical id when the templates carry no construct paths', () => {
    const app = new App({ context: { 'aws:cdk:enable-path-metadata': false } });
    escapeHatches(app);
    app.synth();
    const { resources } = collect([app], { enterStages: true, skipPaths: [] });
    const read = new Map(readFromTemplates(resources).map((r) => [r.cfnPath, r]));
    for (const c of resources) expect(read.get(c.node.path)).toEqual(toRecord(c));
  });

  it('resolves the resources of a stack whose template cannot be read, rather than skip them', () => {
    const app = new App();
    const stack = new Stack(app, 'NeverWritten');
    new s3.Bucket(stack, 'B');
    // Not synthesized: no template exists.
    const { resources } = collect([app], { enterStages: true, skipPaths: [] });
    expect(
      readFromTemplates(resources)
        .map((r) => r.type)
        .sort(),
    ).toEqual(resources.map((c) => toRecord(c).type).sort());
  });
});
