// Saves every template the rule tests synthesize, for build-seeds.ts. Not a test: see README.md here.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { Stage } = require(require.resolve('aws-cdk-lib', { paths: [path.resolve(__dirname, '..', '..', '..')] }));

const out = process.env.SEED_CAPTURE_DIR;
if (!out) throw new Error('set SEED_CAPTURE_DIR');
fs.mkdirSync(out, { recursive: true });
const synth = Stage.prototype.synth;
Stage.prototype.synth = function (...args) {
  const assembly = synth.apply(this, args);
  const dirs = [assembly.directory];
  for (const dir of dirs) {
    for (const f of fs.readdirSync(dir)) {
      const p = path.join(dir, f);
      if (fs.statSync(p).isDirectory()) {
        if (f.startsWith('assembly-')) dirs.push(p);
      } else if (f.endsWith('.template.json')) {
        const text = fs.readFileSync(p, 'utf8');
        fs.writeFileSync(path.join(out, `${crypto.createHash('sha1').update(text).digest('hex')}.json`), text);
      }
    }
  }
  return assembly;
};
