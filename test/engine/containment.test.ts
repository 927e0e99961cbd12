import { App, CfnResource, Lazy, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { defineDuty, type Duty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { resolveOptions } from '../../lib/options';
import { annotate } from '../../lib/private/annotate';
import { runEngine } from '../../lib/private/run';
import { catalogIndex } from '../../rules';

const base = {
  category: 'data-protection',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide: 'test',
  customerSide: 'test.',
  severity: 'warning',
  remediation: { l1: 'test' },
  controls: { fsbp: [], nist: ['SC-8'] },
  sources: ['https://example.com'],
} as const;

const throwing = defineDuty({
  ...base,
  id: 'test-throws',
  title: 'throws',
  messages: { m: 'm' },
  evaluate: () => {
    throw new TypeError('boom');
  },
});
const garbage = defineDuty({
  ...base,
  id: 'test-garbage',
  title: 'garbage',
  messages: { m: 'm' },
  evaluate: () => ({ kind: 'maybe' }) as never,
});
const fine = defineDuty({
  ...base,
  id: 'test-fine',
  title: 'fine',
  messages: { m: 'm' },
  evaluate: (ctx) => (ctx.props.at('BucketName').str() ? configured() : unconfigured('m')),
});
const testCatalog: Duty[] = [throwing, garbage, fine];
const options = resolveOptions({}, { duties: testCatalog, resourceTypes: catalogIndex.resourceTypes });

function run(build: (stack: Stack) => void) {
  const app = new App();
  const stack = new Stack(app, 'S');
  build(stack);
  const out = runEngine(app, options, { enterStages: true, from: 'constructs' });
  return { out, stack };
}

describe('containment of internal errors', () => {
  it('turns a throwing evaluator into an error finding about that duty, and the other duties still run', () => {
    const { out } = run((stack) => new s3.Bucket(stack, 'B', { bucketName: 'named' }));
    const duties = out.resources[0].duties;
    expect(duties.find((d) => d.dutyId === 'test-throws')).toEqual(
      expect.objectContaining({ outcome: 'unknown', severity: 'error', evaluatorError: 'boom' }),
    );
    expect(duties.find((d) => d.dutyId === 'test-garbage')?.evaluatorError).toMatch(/instead of a verdict/);
    expect(duties.find((d) => d.dutyId === 'test-fine')?.outcome).toBe('configured');
  });

  it('annotates an evaluator failure as an error with its own id and the duty id', () => {
    const { out, stack } = run((s) => new s3.Bucket(s, 'B'));
    annotate(out.resources, out.owners, options.dutyById);
    const bucket = stack.node.findChild('B');
    const errors = bucket.node.metadata.filter((m) => m.type === 'aws:cdk:error').map((m) => String(m.data));
    expect(errors.some((e) => e.includes('[test-throws]') && e.includes('evaluator-error') && e.includes('boom'))).toBe(true);
  });

  it('makes every duty of a resource whose properties cannot be resolved unknown, naming the error', () => {
    const { out } = run((stack) => {
      new CfnResource(stack, 'Broken', {
        type: 'AWS::S3::Bucket',
        properties: {
          BucketName: Lazy.string({
            produce: () => {
              throw new Error('cannot produce');
            },
          }),
        },
      });
    });
    const fineResult = out.resources[0].duties.find((d) => d.dutyId === 'test-fine');
    expect(fineResult?.outcome).toBe('unknown');
    expect(fineResult?.detail).toMatch(/could not be resolved.*cannot produce/);
  });

  it('lists resource types that no duty covers', () => {
    const { out } = run((stack) => new CfnResource(stack, 'Thing', { type: 'Custom::Unknown', properties: {} }));
    expect(out.uncoveredTypes).toEqual(['Custom::Unknown']);
  });
});
