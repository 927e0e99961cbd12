/**
 * Environment variables that hold secrets in plain text (ECS task definitions, CodeBuild projects):
 * recognised by name only. Values are never read, so a finding never quotes one.
 */

/** Variable names that are credentials by definition (the names ECS.8 and CodeBuild.2 look for, plus the session token). */
const CREDENTIAL_NAMES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'ECS_ENGINE_AUTH_DATA']);

/** Words that make a variable name read as a secret. */
const SECRET_WORDS = new Set([
  'PASSWORD',
  'PASSWORDS',
  'PASSWD',
  'PASSPHRASE',
  'SECRET',
  'SECRETS',
  'TOKEN',
  'TOKENS',
  'CREDENTIAL',
  'CREDENTIALS',
  'APIKEY',
]);

/** Word pairs that make a variable name read as a secret. */
const SECRET_PAIRS = [
  ['API', 'KEY'],
  ['ACCESS', 'KEY'],
  ['PRIVATE', 'KEY'],
  ['SIGNING', 'KEY'],
  ['AUTH', 'DATA'],
];

/**
 * Last words that mark a variable as naming or configuring a secret rather than holding it
 * (`DB_SECRET_ARN`, `TOKEN_URL`, `PASSWORD_MIN_LENGTH`): such names are not reported.
 */
const REFERENCE_SUFFIXES = new Set([
  'ARN',
  'NAME',
  'ID',
  'FILE',
  'PATH',
  'DIR',
  'URL',
  'URI',
  'ENDPOINT',
  'HOST',
  'PORT',
  'HEADER',
  'PARAM',
  'PARAMETER',
  'REF',
  'LENGTH',
  'TTL',
  'EXPIRY',
  'EXPIRATION',
  'TYPE',
  'REGION',
  'ENABLED',
  'DISABLED',
  'VERSION',
  'POLICY',
  'PREFIX',
]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toUpperCase());
}

/**
 * Whether an environment variable name reads as a credential or secret (AWS_SECRET_ACCESS_KEY,
 * DB_PASSWORD, GITHUB_TOKEN, STRIPE_API_KEY, ...). Only the name is inspected: values are never read.
 */
export function looksLikeSecretName(name: string): boolean {
  if (CREDENTIAL_NAMES.has(name.toUpperCase())) return true;
  const w = words(name);
  if (w.length === 0 || REFERENCE_SUFFIXES.has(w[w.length - 1])) return false;
  if (w.some((x) => SECRET_WORDS.has(x))) return true;
  return w.some((x, i) => i + 1 < w.length && SECRET_PAIRS.some(([a, b]) => x === a && w[i + 1] === b));
}
