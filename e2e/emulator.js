// Starts the telegram-test-api Bot API emulator on HOST:PORT until SIGTERM.
// Usage: node emulator.js HOST PORT
'use strict';
const TelegramServer = require('telegram-test-api');

const [host, port] = process.argv.slice(2);
if (!host || !port) {
  console.error('usage: node emulator.js HOST PORT');
  process.exit(2);
}

// storeTimeout keeps messages for the whole test run (the default is 60 s).
const server = new TelegramServer({ host, port: Number(port), storeTimeout: 600 });

server.start().then(() => {
  console.log(`emulator: listening on http://${host}:${port}`);
}, (err) => {
  console.error(`emulator: ${err.message}`);
  process.exit(1);
});

const stop = () => {
  setTimeout(() => process.exit(0), 2000).unref(); // idle keep-alive connections
  server.stop().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
