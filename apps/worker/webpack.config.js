module.exports = require('../../tools/webpack/node-app.config.js')('worker');
