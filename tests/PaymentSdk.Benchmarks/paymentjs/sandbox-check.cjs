// Calls every method of eight resources through the real @blocklet/payment-js 1.27.2, in test mode, against a running
// sandbox (src/PaymentSdk.Sandbox) and checks each answer's shape. Prints "ok <name>" or "FAIL <name>: <why>" per
// method and a final count; exits 1 if any failed. Run by hand, never by CI:
//
//   npm install --ignore-scripts # in this folder: package.json depends on @blocklet/payment-js 1.27.2 (its
//                                # unused sqlite3 dependency fails to build here without --ignore-scripts)
//   dotnet src/PaymentSdk.Sandbox/bin/Debug/net10.0/PaymentSdk.Sandbox.dll --port 5190 \
//     --component-public-key 0x3eeed88464b8f246f09464804909b60485a0a21dc2a9dcae84e2c4b17938936d
//   node sandbox-check.cjs --port 5190
//
// The public key is that of the key paymentjs-at.cjs signs with: the sandbox then checks payment-js's component
// signatures. The script changes the sandbox's test-mode data (voids an invoice, returns a stake, renames things):
// start a fresh sandbox for each run.
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const port = argument('--port', 5190);

const payment = require('./paymentjs-at.cjs')(port, 'zNKpaymentjssandboxcheck');

let passed = 0;
let failed = 0;

function describe(error) {
  if (error && error.response) {
    const { status, data, config } = error.response;
    const body = typeof data === 'string' ? data : JSON.stringify(data);
    return `HTTP ${status} ${config ? `${String(config.method).toUpperCase()} ${config.url}` : ''} ${body}`.trim();
  }
  return error && error.message ? error.message : String(error);
}

async function check(name, run) {
  try {
    await run();
    passed++;
    process.stdout.write(`ok ${name}\n`);
  } catch (error) {
    failed++;
    process.stdout.write(`FAIL ${name}: ${describe(error)}\n`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

function need(value, what) {
  if (value === undefined || value === null) throw new Error(`skipped: no ${what} (an earlier call failed or found none)`);
  return value;
}

function assertPage(page, what, maxLength) {
  assert(page && Array.isArray(page.list), `${what}: answer has a list array (got ${JSON.stringify(page)?.slice(0, 200)})`);
  assert(typeof page.count === 'number', `${what}: answer has a numeric count`);
  assert(page.count >= page.list.length, `${what}: count ${page.count} >= list length ${page.list.length}`);
  if (maxLength !== undefined) assert(page.list.length <= maxLength, `${what}: at most ${maxLength} items, got ${page.list.length}`);
}

/** Expects the call to fail with this HTTP status. */
async function expectStatus(status, run, what) {
  try {
    await run();
  } catch (error) {
    const got = error && error.response && error.response.status;
    assert(got === status, `${what}: expected HTTP ${status}, got ${got === undefined ? describe(error) : `HTTP ${got}`}`);
    return error.response.data;
  }
  throw new Error(`assertion failed: ${what}: expected HTTP ${status}, but the call succeeded`);
}

function randomDid() {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let did = 'z';
  for (let i = 0; i < 34; i++) did += alphabet[Math.floor(Math.random() * alphabet.length)];
  return did;
}

const ctx = {};

async function invoices() {
  await check('invoices.list', async () => {
    const page = await payment.invoices.list({ pageSize: 5 });
    assertPage(page, 'list', 5);
    assert(page.list.length > 0, 'the sandbox has seeded invoices');
    for (const invoice of page.list) assert(typeof invoice.id === 'string' && invoice.customer_id, 'each invoice has an id and customer_id');
    ctx.invoice = page.list[0];
  });
  await check('invoices.search', async () => {
    const page = await payment.invoices.search({ q: 'a', pageSize: 5 });
    assertPage(page, 'search', 5);
    for (const invoice of page.list) assert(typeof invoice.id === 'string', 'each invoice has an id');
  });
  await check('invoices.retrieve', async () => {
    const id = need(ctx.invoice, 'invoice').id;
    const invoice = await payment.invoices.retrieve(id);
    assert(invoice.id === id, `id ${invoice.id} === ${id}`);
    assert(invoice.customer_id === ctx.invoice.customer_id, 'same customer_id as in the list');
    assert(Array.isArray(invoice.lines), 'has lines');
  });
  await check('invoices.update', async () => {
    const id = need(ctx.invoice, 'invoice').id;
    const invoice = await payment.invoices.update(id, { metadata: { k: 'v' } });
    assert(invoice.id === id, `id ${invoice.id} === ${id}`);
    assert(invoice.metadata && invoice.metadata.k === 'v', `metadata.k === 'v' (got ${JSON.stringify(invoice.metadata)})`);
    const again = await payment.invoices.retrieve(id);
    assert(again.metadata && again.metadata.k === 'v', 'the change is kept');
  });
  await check('invoices.void', async () => {
    const open = await payment.invoices.list({ status: 'open', pageSize: 100 });
    assertPage(open, 'list({status:open})');
    assert(open.list.length > 0, 'the sandbox has open invoices');
    assert(open.list.every((i) => i.status === 'open'), 'every listed invoice is open');
    // The first open invoice's customer is kept for customers.overdueInvoices; void another when there is one.
    ctx.openCustomerId = open.list[0].customer_id;
    const target = open.list.find((i) => i.customer_id !== ctx.openCustomerId) || open.list[open.list.length - 1];
    const voided = await payment.invoices.void(target.id);
    assert(voided.id === target.id, `id ${voided.id} === ${target.id}`);
    assert(voided.status === 'void', `status is 'void', as payment-types declares (got ${voided.status})`);
    const again = await payment.invoices.retrieve(target.id);
    assert(again.status === voided.status, 'the change is kept');
  });
  await check('invoices.getReturnStake', async () => {
    const page = await payment.invoices.list({ include_staking: true, status: 'paid', pageSize: 100 });
    assertPage(page, 'list({include_staking, status:paid})');
    const stakes = page.list.filter((i) => i.billing_reason === 'stake' && !(i.metadata && i.metadata.kind === 'return_stake'));
    assert(stakes.length > 0, "there are paid invoices with billing_reason 'stake'");
    // Some seeded stakes have been returned already (return_amount 0): take the first that has not.
    for (const stake of stakes) {
      const info = await payment.invoices.getReturnStake(stake.id);
      assert(info && typeof info === 'object', 'answer is an object');
      assert(info.total !== undefined && info.return_amount !== undefined, `has total and return_amount (got ${JSON.stringify(info).slice(0, 200)})`);
      if (BigInt(info.return_amount) > 0n) {
        ctx.stake = stake;
        break;
      }
    }
    need(ctx.stake, `stake with something left to return (all ${stakes.length} returned already)`);
  });
  await check('invoices.returnStake', async () => {
    const stake = need(ctx.stake, 'stake invoice');
    const result = await payment.invoices.returnStake(stake.id);
    assert(result.success === true, `success === true (got ${JSON.stringify(result)})`);
    if (stake.subscription_id) assert(result.subscriptionId === stake.subscription_id, 'subscriptionId is the stake\'s subscription');
    const info = await payment.invoices.getReturnStake(stake.id);
    assert(BigInt(info.return_amount) === 0n, `nothing is left to return afterwards (got ${info.return_amount})`);
  });
}

async function webhookEndpoints() {
  await check('webhookEndpoints.create', async () => {
    const endpoint = await payment.webhookEndpoints.create({ url: 'https://example.com/hook', enabled_events: ['invoice.paid'] });
    assert(typeof endpoint.id === 'string', 'has an id');
    assert(endpoint.url === 'https://example.com/hook', 'url kept');
    assert(JSON.stringify(endpoint.enabled_events) === '["invoice.paid"]', 'enabled_events kept');
    assert(endpoint.status === 'enabled', `status enabled (got ${endpoint.status})`);
    ctx.endpoint = endpoint;
  });
  await check('webhookEndpoints.retrieve', async () => {
    const id = need(ctx.endpoint, 'endpoint').id;
    const endpoint = await payment.webhookEndpoints.retrieve(id);
    assert(endpoint.id === id, `id ${endpoint.id} === ${id}`);
    assert(endpoint.url === 'https://example.com/hook', 'url');
  });
  await check('webhookEndpoints.update', async () => {
    const id = need(ctx.endpoint, 'endpoint').id;
    const endpoint = await payment.webhookEndpoints.update(id, { description: 'changed', enabled_events: ['invoice.paid', 'invoice.voided'] });
    assert(endpoint.id === id, 'same id');
    assert(endpoint.description === 'changed', 'description changed');
    assert(endpoint.enabled_events.length === 2, 'enabled_events changed');
  });
  await check('webhookEndpoints.list', async () => {
    const id = need(ctx.endpoint, 'endpoint').id;
    const page = await payment.webhookEndpoints.list();
    assertPage(page, 'list');
    assert(page.list.some((e) => e.id === id), 'the new endpoint is listed');
  });
  await check('webhookEndpoints.del', async () => {
    const id = need(ctx.endpoint, 'endpoint').id;
    const deleted = await payment.webhookEndpoints.del(id);
    assert(deleted.id === id, 'answers the deleted endpoint');
    await expectStatus(404, () => payment.webhookEndpoints.retrieve(id), 'retrieve after del');
  });
}

async function customers() {
  await check('customers.list', async () => {
    const page = await payment.customers.list({ pageSize: 5 });
    assertPage(page, 'list', 5);
    assert(page.list.length >= 2, 'the sandbox has seeded customers');
    ctx.customer = page.list[0];
    ctx.namedCustomer = page.list.slice(1).find((c) => c.name && c.name.length >= 3) || page.list.find((c) => c.name && c.name.length >= 3);
  });
  await check('customers.retrieve(id)', async () => {
    const { id } = need(ctx.customer, 'customer');
    const customer = await payment.customers.retrieve(id);
    assert(customer.id === id, `id ${customer.id} === ${id}`);
    assert(customer.did === ctx.customer.did, 'same did');
  });
  await check('customers.retrieve(did)', async () => {
    const { id, did } = need(ctx.customer, 'customer');
    const customer = await payment.customers.retrieve(did);
    assert(customer.id === id, `the DID finds customer ${id} (got ${customer.id})`);
  });
  await check('customers.retrieve(newDid, {create:true})', async () => {
    const did = randomDid();
    const customer = await payment.customers.retrieve(did, { create: true });
    assert(typeof customer.id === 'string', 'has an id');
    assert(customer.did === did, `did ${customer.did} === ${did}`);
    const again = await payment.customers.retrieve(did);
    assert(again.id === customer.id, 'the new customer is kept');
  });
  await check('customers.update', async () => {
    const { id } = need(ctx.customer, 'customer');
    const customer = await payment.customers.update(id, { name: 'New Name', metadata: { a: '1' } });
    assert(customer.id === id, 'same id');
    assert(customer.name === 'New Name', `name changed (got ${customer.name})`);
    assert(customer.metadata && customer.metadata.a === '1', 'metadata.a === "1"');
  });
  await check('customers.search', async () => {
    const named = need(ctx.namedCustomer, 'customer with a name');
    const q = named.name.slice(0, Math.max(3, Math.ceil(named.name.length / 2)));
    const page = await payment.customers.search({ q, pageSize: 100 });
    assertPage(page, 'search');
    assert(page.list.some((c) => c.id === named.id), `search for '${q}' finds ${named.id}`);
  });
  await check('customers.overdueInvoices', async () => {
    const id = need(ctx.openCustomerId, "open invoice's customer");
    const answer = await payment.customers.overdueInvoices(id);
    assert(answer.customer && answer.customer.id === id, 'customer.id matches');
    assert(Array.isArray(answer.invoices), 'invoices is an array');
    assert(answer.invoices.every((i) => i.customer_id === id && i.status === 'open'), 'every invoice is the customer\'s and open');
    assert(answer.summary && typeof answer.summary === 'object', 'summary is an object');
  });
}

async function productsAndPrices() {
  await check('products.create', async () => {
    const product = await payment.products.create({
      name: 'Test Product', type: 'service', prices: [{ unit_amount: '1.88', type: 'one_time', lookup_key: 'check_key' }],
    });
    assert(typeof product.id === 'string', 'has an id');
    assert(product.name === 'Test Product' && product.type === 'service', 'name and type kept');
    assert(Array.isArray(product.prices) && product.prices.length === 1, 'one nested price');
    assert(product.prices[0].lookup_key === 'check_key', 'lookup_key kept');
    assert(product.default_price_id === product.prices[0].id, 'default_price_id is the price');
    ctx.product = product;
  });
  await check('products.retrieve', async () => {
    const { id } = need(ctx.product, 'product');
    const product = await payment.products.retrieve(id);
    assert(product.id === id, 'same id');
    assert(product.prices.length === 1, 'with its price');
  });
  await check('products.update', async () => {
    const { id } = need(ctx.product, 'product');
    const product = await payment.products.update(id, { name: 'Renamed' });
    assert(product.id === id && product.name === 'Renamed', `renamed (got ${product.name})`);
  });
  await check('products.list', async () => {
    const { id } = need(ctx.product, 'product');
    const page = await payment.products.list({ active: true, pageSize: 100 });
    assertPage(page, 'list');
    assert(page.list.every((p) => p.active === true), 'every product is active');
    assert(page.list.some((p) => p.id === id), 'the new product is listed');
    ctx.seededProducts = page.list.filter((p) => p.id !== id);
  });
  await check('products.search', async () => {
    const { id } = need(ctx.product, 'product');
    const page = await payment.products.search({ q: 'Renamed' });
    assertPage(page, 'search');
    assert(page.list.some((p) => p.id === id), 'finds the renamed product');
  });

  await check('prices.create', async () => {
    const productId = need(ctx.product, 'product').id;
    const price = await payment.prices.create({ product_id: productId, unit_amount: '0.01' });
    assert(typeof price.id === 'string', 'has an id');
    assert(price.product_id === productId, 'product_id kept');
    assert(typeof price.unit_amount === 'string' && BigInt(price.unit_amount) > 0n, `unit_amount is a positive amount string (got ${price.unit_amount})`);
    ctx.price = price;
  });
  await check('prices.retrieve(id)', async () => {
    const { id, product_id: productId } = need(ctx.price, 'price');
    const price = await payment.prices.retrieve(id);
    assert(price.id === id, 'same id');
    assert(price.product && price.product.id === productId, 'expanded with its product');
  });
  await check('prices.retrieve(lookup_key)', async () => {
    const product = need(ctx.product, 'product');
    const price = await payment.prices.retrieve('check_key');
    assert(price.lookup_key === 'check_key', 'lookup_key');
    assert(price.id === product.prices[0].id, 'the product\'s nested price');
  });
  await check('prices.update', async () => {
    const { id } = need(ctx.price, 'price');
    const price = await payment.prices.update(id, { nickname: 'n' });
    assert(price.id === id && price.nickname === 'n', `nickname set (got ${price.nickname})`);
  });
  await check('prices.list', async () => {
    const { id, product_id: productId } = need(ctx.price, 'price');
    const page = await payment.prices.list({ product_id: productId });
    assertPage(page, 'list');
    assert(page.list.every((p) => p.product_id === productId), 'every price is the product\'s');
    assert(page.list.some((p) => p.id === id) && page.count === 2, `both prices of the product (count ${page.count})`);
  });
  await check('prices.search', async () => {
    const { id } = need(ctx.price, 'price');
    const page = await payment.prices.search({ q: 'n', pageSize: 100 });
    assertPage(page, 'search');
    assert(page.list.some((p) => p.id === id), 'finds the price nicknamed n');
  });
  await check('prices.archive', async () => {
    const { id } = need(ctx.price, 'price');
    const price = await payment.prices.archive(id);
    assert(price.id === id && price.active === false, `archived (active ${price.active})`);
  });
  await check('prices.inventory', async () => {
    const { id } = need(ctx.price, 'price');
    const before = await payment.prices.retrieve(id);
    const price = await payment.prices.inventory(id, { quantity: 5, action: 'increment' });
    assert(price.id === id, 'same id');
    assert(price.quantity_available === before.quantity_available + 5, `quantity_available ${before.quantity_available} + 5 (got ${price.quantity_available})`);
  });
  await check('prices.del', async () => {
    const { id } = need(ctx.price, 'price');
    const price = await payment.prices.del(id);
    assert(price.id === id, 'answers the deleted price');
    await expectStatus(404, () => payment.prices.retrieve(id), 'retrieve after del');
  });

  await check('products.archive', async () => {
    const { id } = need(ctx.product, 'product');
    const product = await payment.products.archive(id);
    assert(product.id === id && product.active === false, `archived (active ${product.active})`);
  });
  await check('products.del', async () => {
    const { id } = need(ctx.product, 'product');
    const product = await payment.products.del(id);
    assert(product.id === id, 'answers the deleted product');
    await expectStatus(404, () => payment.products.retrieve(id), 'retrieve after del');
  });
  await check('products.del(billed seeded product)', async () => {
    const seeded = need(ctx.seededProducts, 'seeded products');
    const billed = new Set();
    const page = await payment.invoices.list({ pageSize: 100 });
    for (const invoice of page.list) for (const line of invoice.lines || []) if (line.price_id) billed.add(line.price_id);
    const product = need(seeded.find((p) => (p.prices || []).some((price) => billed.has(price.id))), 'seeded product with billed prices');
    ctx.seededPriceId = product.prices.find((price) => billed.has(price.id)).id;
    await expectStatus(400, () => payment.products.del(product.id), `del ${product.id}`);
    const again = await payment.products.retrieve(product.id);
    assert(again.id === product.id, 'the product is still there');
  });
}

async function paymentCurrencies() {
  await check('paymentCurrencies.list', async () => {
    const list = await payment.paymentCurrencies.list();
    assert(Array.isArray(list) && list.length > 0, 'a bare, non-empty array');
    assert(list.every((c) => typeof c.id === 'string' && typeof c.payment_method_id === 'string'), 'each has id and payment_method_id');
    ctx.currency = list[0];
  });
  await check('paymentCurrencies.retrieve', async () => {
    const { id } = need(ctx.currency, 'currency');
    const currency = await payment.paymentCurrencies.retrieve(id);
    assert(currency.id === id, 'same id');
    assert(currency.symbol === ctx.currency.symbol, 'same symbol');
  });
  await check('paymentCurrencies.update', async () => {
    const { id } = need(ctx.currency, 'currency');
    const currency = await payment.paymentCurrencies.update(id, { name: 'Renamed' });
    assert(currency.id === id && currency.name === 'Renamed', `renamed (got ${currency.name})`);
  });
  await check('paymentCurrencies.create', async () => {
    const methodId = need(ctx.currency, 'currency').payment_method_id;
    const currency = await payment.paymentCurrencies.create({ payment_method_id: methodId, name: 'Test', symbol: 'TST', decimal: 6 });
    assert(typeof currency.id === 'string' && currency.id !== ctx.currency.id, 'a new id');
    assert(currency.payment_method_id === methodId, 'payment_method_id kept');
    assert(currency.symbol === 'TST' && currency.decimal === 6, 'symbol and decimal kept');
  });
  await check('paymentCurrencies.updateRechargeConfig', async () => {
    const { id } = need(ctx.currency, 'currency');
    const priceId = need(ctx.seededPriceId, 'price id');
    const answer = await payment.paymentCurrencies.updateRechargeConfig(id, { base_price_id: priceId });
    assert(answer.id === id, 'answers the currency');
    assert(answer.recharge_config && answer.recharge_config.base_price_id === priceId, 'recharge_config.base_price_id set');
  });
  await check('paymentCurrencies.getRechargeConfig', async () => {
    const { id } = need(ctx.currency, 'currency');
    const priceId = need(ctx.seededPriceId, 'price id');
    const answer = await payment.paymentCurrencies.getRechargeConfig(id);
    const config = answer.recharge_config || answer;
    assert(config.base_price_id === priceId, `base_price_id kept (got ${JSON.stringify(answer).slice(0, 200)})`);
  });
  await check('paymentCurrencies.checkRecurringSupport', async () => {
    const { id } = need(ctx.currency, 'currency');
    const answer = await payment.paymentCurrencies.checkRecurringSupport({ currency_ids: [id] });
    assert(typeof answer.supported === 'boolean', 'supported is a boolean');
    assert(Array.isArray(answer.unsupported_currencies), 'unsupported_currencies is an array');
    assert(answer.supported === (answer.unsupported_currencies.length === 0), 'supported iff nothing is unsupported');
  });
}

async function paymentMethods() {
  await check('paymentMethods.list', async () => {
    const list = await payment.paymentMethods.list();
    assert(Array.isArray(list) && list.length > 0, 'a bare, non-empty array');
    assert(list.every((m) => typeof m.id === 'string' && typeof m.type === 'string'), 'each has id and type');
    ctx.method = list[0];
  });
  await check('paymentMethods.retrieve', async () => {
    const { id } = need(ctx.method, 'payment method');
    const method = await payment.paymentMethods.retrieve(id);
    assert(method.id === id && method.type === ctx.method.type, 'same id and type');
    assert(Array.isArray(method.payment_currencies), 'expanded with its currencies');
  });
  await check('paymentMethods.create', async () => {
    const method = await payment.paymentMethods.create({
      type: 'ethereum', name: 'Sepolia', settings: { ethereum: { api_host: 'https://rpc.example', explorer_host: 'https://x.example' } },
    });
    assert(typeof method.id === 'string', 'has an id');
    assert(method.type === 'ethereum' && method.name === 'Sepolia', 'type and name kept');
    assert(method.settings && method.settings.ethereum && method.settings.ethereum.api_host === 'https://rpc.example', 'settings kept');
    ctx.newMethod = method;
  });
  await check('paymentMethods.update', async () => {
    const { id } = need(ctx.newMethod, 'new payment method');
    const method = await payment.paymentMethods.update(id, { name: 'Renamed' });
    assert(method.id === id && method.name === 'Renamed', `renamed (got ${method.name})`);
  });
}

async function settings() {
  await check('settings.create', async () => {
    const setting = await payment.settings.create({ type: 'donate', mountLocation: '/blog', description: 'd', settings: { btnText: 'Give' } });
    assert(typeof setting.id === 'string', 'has an id');
    assert(setting.type === 'donate' && setting.mount_location === '/blog', `type and mount_location (got ${setting.type}, ${setting.mount_location})`);
    assert(setting.settings && setting.settings.btnText === 'Give', 'settings kept');
    ctx.setting = setting;
  });
  await check('settings.retrieve', async () => {
    const { id } = need(ctx.setting, 'setting');
    const setting = await payment.settings.retrieve(id);
    assert(setting.id === id && setting.mount_location === '/blog', 'same id and mount location');
  });
  await check('settings.update', async () => {
    const { id } = need(ctx.setting, 'setting');
    const setting = await payment.settings.update(id, { settings: { historyType: 'table' } });
    assert(setting.id === id, 'same id');
    assert(setting.settings && setting.settings.historyType === 'table', 'settings.historyType set');
  });
  await check('settings.del', async () => {
    const { id } = need(ctx.setting, 'setting');
    const answer = await payment.settings.del(id);
    assert(typeof answer.message === 'string', 'answers {message}');
    await expectStatus(404, () => payment.settings.retrieve(id), 'retrieve after del');
  });
}

(async () => {
  await invoices();
  await webhookEndpoints();
  await customers();
  await productsAndPrices();
  await paymentCurrencies();
  await paymentMethods();
  await settings();
  process.stdout.write(`${passed} ok, ${failed} failed\n`);
  process.exit(failed ? 1 : 0);
})().catch((error) => {
  process.stdout.write(`FAIL (script): ${describe(error)}\n`);
  process.exit(1);
});
