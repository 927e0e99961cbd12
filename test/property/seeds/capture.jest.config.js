// The project's jest config plus capture.js: `SEED_CAPTURE_DIR=/tmp/seeds npx jest --config test/property/seeds/capture.jest.config.js test/rules`
const path = require('path');
const base = require('../../../jest.config.js');

module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, '..', '..', '..'),
  setupFiles: [...base.setupFiles, path.join(__dirname, 'capture.js')],
};
