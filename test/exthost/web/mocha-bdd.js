// 'mocha' in the web tests' bundle: mocha's browser build, set up for the bdd interface at once,
// so that the suites can import describe, it, before… (the browser build binds them at setup).
const mocha = require('../../../node_modules/mocha/mocha.js');

mocha.setup({ ui: 'bdd' });
const g = globalThis;
module.exports = {
  describe: g.describe, it: g.it, before: g.before, after: g.after, beforeEach: g.beforeEach, afterEach: g.afterEach,
};
