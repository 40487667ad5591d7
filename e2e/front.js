// A long-poll front for telegram-test-api, which answers getUpdates at once
// and ignores offset: a bot polling it directly would spin. The front holds
// getUpdates until updates exist or the timeout passes, keeps updates until
// the bot confirms them with a higher offset, answers the methods the
// emulator lacks (setMyCommands, getMyCommands, deleteMyCommands,
// deleteWebhook) and passes everything else through unchanged.
//
// Usage: node front.js HOST PORT UPSTREAM_URL
'use strict';
const http = require('http');

const [host, port, upstream] = process.argv.slice(2);
if (!host || !port || !upstream) {
  console.error('usage: node front.js HOST PORT UPSTREAM_URL');
  process.exit(2);
}

const MAX_BODY = 1 << 20;
const MAX_TIMEOUT_S = 60;
const pending = new Map(); // token -> updates fetched but not yet confirmed
const commands = new Map(); // token + language -> command list

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function params(req, body) {
  const out = Object.fromEntries(new URL(req.url, 'http://front').searchParams);
  const type = (req.headers['content-type'] || '').split(';')[0].trim();
  if (type === 'application/json' && body.length) {
    Object.assign(out, JSON.parse(body.toString('utf8')));
  } else if (type === 'application/x-www-form-urlencoded') {
    Object.assign(out, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  }
  return out;
}

function reply(res, status, obj) {
  const data = JSON.stringify(obj);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) });
  res.end(data);
}

async function passThrough(req, res, body) {
  const headers = {};
  if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
  const up = await fetch(upstream + req.url, {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
  });
  const data = Buffer.from(await up.arrayBuffer());
  res.writeHead(up.status, { 'Content-Type': up.headers.get('content-type') || 'application/json' });
  res.end(data);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function getUpdates(req, res, token, p) {
  const offset = Number(p.offset || 0);
  const limit = Math.min(Math.max(Number(p.limit || 100), 1), 100);
  const timeout = Math.min(Math.max(Number(p.timeout || 0), 0), MAX_TIMEOUT_S) * 1000;
  let gone = false;
  res.on('close', () => { gone = true; });
  const deadline = Date.now() + timeout;
  for (;;) {
    let buf = pending.get(token) || [];
    if (offset > 0) buf = buf.filter((u) => u.update_id >= offset);
    const up = await fetch(`${upstream}/bot${token}/getUpdates`, { method: 'POST' });
    const got = await up.json();
    if (got && Array.isArray(got.result)) buf = buf.concat(got.result);
    pending.set(token, buf);
    if (buf.length > 0 || Date.now() >= deadline || gone) {
      if (!gone) reply(res, 200, { ok: true, result: buf.slice(0, limit) });
      return;
    }
    await sleep(50);
  }
}

const server = http.createServer(async (req, res) => {
  try {
    const body = await readBody(req);
    const m = new URL(req.url, 'http://front').pathname.match(/^\/bot([^/]+)\/([A-Za-z]+)$/);
    if (!m) {
      await passThrough(req, res, body); // the emulator's client routes
      return;
    }
    const [, token, method] = m;
    const p = params(req, body);
    switch (method.toLowerCase()) {
      case 'getupdates':
        await getUpdates(req, res, token, p);
        return;
      case 'setmycommands': {
        const list = typeof p.commands === 'string' ? JSON.parse(p.commands) : p.commands;
        if (!Array.isArray(list)) {
          reply(res, 400, { ok: false, error_code: 400, description: 'Bad Request: commands must be an array' });
          return;
        }
        commands.set(`${token}/${p.language_code || ''}`, list);
        reply(res, 200, { ok: true, result: true });
        return;
      }
      case 'getmycommands':
        reply(res, 200, { ok: true, result: commands.get(`${token}/${p.language_code || ''}`) || [] });
        return;
      case 'deletemycommands':
        commands.delete(`${token}/${p.language_code || ''}`);
        reply(res, 200, { ok: true, result: true });
        return;
      case 'deletewebhook':
        reply(res, 200, { ok: true, result: true });
        return;
      default:
        await passThrough(req, res, body);
    }
  } catch (err) {
    if (!res.headersSent) reply(res, 502, { ok: false, error_code: 502, description: `Bad Gateway: ${err.message}` });
  }
});

server.listen(Number(port), host, () => {
  console.log(`front: listening on http://${host}:${port}, upstream ${upstream}`);
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections(); // long polls and keep-alive connections
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
