// N invoices.list calls through @blocklet/payment-js, C in flight, against the server on --port: prints one JSON line
// with the seconds they took and the process's peak resident set. payment-js signs every call as a Blocklet component,
// with the Blocklet SDK's own test key (the one the SDK's signing vectors use).
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const port = argument('--port', 0);
const calls = argument('--calls', 2000);
const inFlight = argument('--concurrency', 16);
const warmup = argument('--warmup', 500);

const payment = require('./paymentjs-at.cjs')(port, 'zNKpaymentjsbenchmark');

async function run(count) {
  let next = -1;
  const worker = async () => {
    while (++next < count) {
      const page = await payment.invoices.list({ pageSize: 100 });
      if (page.list.length !== 100) throw new Error(`a page held ${page.list.length} invoices, not 100`);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

(async () => {
  await run(warmup);
  global.gc?.();
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 10);
  const started = process.hrtime.bigint();
  await run(calls);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  process.stdout.write(JSON.stringify({ client: '@blocklet/payment-js 1.27.2, signed', seconds, calls, peakBytes: peak }) + '\n');
  process.exit(0);
})().catch((error) => {
  process.stdout.write(JSON.stringify({ error: error.message }) + '\n');
  process.exit(1);
});
