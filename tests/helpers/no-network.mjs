// Preloaded with --import by the security test: any network or subprocess call fails the run.
import childProcess from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import dns from 'node:dns';

const forbid = (name) => () => {
  process.stderr.write(`forbidden at run time: ${name}\n`);
  process.exit(99);
};
for (const fn of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) childProcess[fn] = forbid(`child_process.${fn}`);
for (const [mod, name] of [[http, 'http'], [https, 'https']]) { mod.request = forbid(`${name}.request`); mod.get = forbid(`${name}.get`); }
net.connect = forbid('net.connect');
net.createConnection = forbid('net.createConnection');
dns.lookup = forbid('dns.lookup');
