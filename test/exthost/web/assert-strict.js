// node:assert/strict in the web tests' bundle: the assert package's strict mode.
module.exports = require('assert').strict;
