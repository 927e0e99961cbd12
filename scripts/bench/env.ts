/**
 * Imported first by every bench entry point, before anything loads aws-cdk-lib: CDK reads
 * CDK_VALIDATION when an App synthesizes, and we want none of CDK's built-in CloudFormation
 * validation (a WASM engine that checks rules that are not ours) in any variant.
 */
process.env.CDK_VALIDATION = 'false';
process.env.CDK_DISABLE_CLI_TELEMETRY = 'true';
process.env.CDK_DISABLE_VERSION_CHECK = '1';

/**
 * The environment variable that names the built package a synth measures (its dist/lib/index.js);
 * empty or unset, the sources are measured (see packageUnderTest in variants.ts).
 */
export const BENCH_LIB = 'SR_BENCH_LIB';
