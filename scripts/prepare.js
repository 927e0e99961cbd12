// npm runs `prepare` after `npm install` in this checkout and when the package is installed from a
// git URL (so that install gets a built `dist/`), and also before `npm pack`/`npm publish`, where
// `prepack` has just built it: skip the second build there.
const { execSync } = require('child_process');

if (!['pack', 'publish'].includes(process.env.npm_command ?? '')) {
  execSync('npm run build', { stdio: 'inherit' });
}
