// CDK's built-in CloudFormation validation starts a WASM engine in every test worker and checks
// rules that are not ours; the tests assert on our findings only.
process.env.CDK_VALIDATION = 'false';
// Our own CLI notices and version checks must never reach the network from a test.
process.env.CDK_DISABLE_CLI_TELEMETRY = 'true';
