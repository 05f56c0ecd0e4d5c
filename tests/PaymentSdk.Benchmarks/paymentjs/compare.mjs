// Side by side, one Node server: @blocklet/payment-js, the bare HttpClient floor, hand-written typed code and the SDK
// (plain and signed), in alternating rounds; prints calls/s, peak working set and the ratios in one table.
//   cd tests/PaymentSdk.Benchmarks/paymentjs && npm ci && node compare.mjs [--calls 2000] [--concurrency 16] [--rounds 2]
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import os from 'node:os';
import readline from 'node:readline';

const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.resolve(here, '..');
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const calls = argument('--calls', 2000);
const inFlight = argument('--concurrency', 16);
const rounds = argument('--rounds', 2);

function must(result, what) {
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

// 1. The page: the benchmarks' own 100 expanded invoices, written by the .NET program.
const pageFile = path.join(os.tmpdir(), 'paymentsdk-benchmark-page.json');
must(spawnSync('dotnet', ['build', '-c', 'Release', project], { encoding: 'utf8' }), 'dotnet build');
const dotnet = (args) => spawnSync('dotnet', ['run', '-c', 'Release', '--no-build', '--project', project, '--', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
must(dotnet(['--write-page', pageFile]), 'writing the page');

// 2. One server for every client.
const server = spawn(process.execPath, [path.join(here, 'server.mjs'), pageFile], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve) => readline.createInterface({ input: server.stdout }).once('line', (line) => resolve(JSON.parse(line).port)));
const url = `http://127.0.0.1:${port}/`;

// 3. Alternating rounds: payment-js first in odd rounds, the .NET clients first in even ones.
const results = new Map();
const record = (client, callsPerSecond, peakBytes) => {
  if (!results.has(client)) results.set(client, []);
  results.get(client).push({ callsPerSecond, peakBytes });
};
const runPaymentJs = () => {
  const out = must(spawnSync(process.execPath, ['--expose-gc', path.join(here, 'paymentjs-client.cjs'), '--port', String(port), '--calls', String(calls), '--concurrency', String(inFlight)], { encoding: 'utf8' }), 'payment-js');
  const result = JSON.parse(out.trim().split('\n').pop());
  record(result.client, result.calls / result.seconds, result.peakBytes);
};
const runDotnet = () => {
  const out = must(dotnet(['--throughput', '--url', url, '--calls', String(calls), '--concurrency', String(inFlight), '--json']), '.NET clients');
  for (const line of out.split('\n').filter((l) => l.startsWith('{'))) {
    const result = JSON.parse(line);
    record(result.client, result.calls / result.seconds, result.peakBytes);
  }
};
try {
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? [runPaymentJs, runDotnet] : [runDotnet, runPaymentJs];
    for (const run of order) run();
    process.stderr.write(`round ${round} of ${rounds} done\n`);
  }
} finally {
  server.kill();
}

// 4. The table: the median round of each client, against the floor and against payment-js.
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [...results].map(([client, runs]) => ({
  client,
  callsPerSecond: median(runs.map((r) => r.callsPerSecond)),
  range: runs.map((r) => r.callsPerSecond.toFixed(0)).join(' / '),
  peakMB: median(runs.map((r) => r.peakBytes)) / (1024 * 1024),
}));
const floor = rows.find((r) => r.client.startsWith('bare HttpClient + JsonDocument'));
const paymentJs = rows.find((r) => r.client.startsWith('@blocklet/payment-js'));
console.log(`${calls} list calls of a ${(await import('node:fs')).statSync(pageFile).size / 1024 | 0} KB page, ${inFlight} in flight, ${rounds} rounds (median), ${os.cpus().length} cores, Node ${process.version}`);
console.log('| client | calls/s (each round) | peak working set | ÷ floor | ÷ payment-js |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.client} | ${row.callsPerSecond.toFixed(0)} (${row.range}) | ${row.peakMB.toFixed(0)} MB | ${(row.callsPerSecond / floor.callsPerSecond).toFixed(2)} | ${(row.callsPerSecond / paymentJs.callsPerSecond).toFixed(2)} |`);
}
