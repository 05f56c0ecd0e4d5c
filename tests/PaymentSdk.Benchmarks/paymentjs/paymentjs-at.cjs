// payment-js 1.27.2 pointed at a Payment Kit on 127.0.0.1:<port>, in test mode, signing every call as a Blocklet
// component with the Blocklet SDK's own test key (the one the SDK's signing vectors use; its public half is
// 0x3eeed88464b8f246f09464804909b60485a0a21dc2a9dcae84e2c4b17938936d). payment-js reads its environment when loaded,
// so this sets it first. The Blocklet SDK logs what does not concern these scripts (app metadata it cannot fetch,
// failed calls, connection-token refreshes): silenced; the scripts write their own lines with process.stdout.write.
module.exports = function paymentJsAt(port, componentDid) {
  process.env.BLOCKLET_MOUNT_POINTS = JSON.stringify([{
    did: 'z2qaCNvKMv5GjouKdcDWexv6WqtHbpNPQDnAk', name: 'payment-kit', title: 'Payment Kit', mountPoint: '/',
    port, webEndpoint: `http://127.0.0.1:${port}`, status: 6,
  }]);
  process.env.BLOCKLET_APP_SK = '0xd7b7b10a239e73fa886f454b8cdcc3647cbef9001c8f3e4932964fde3f3e83b23eeed88464b8f246f09464804909b60485a0a21dc2a9dcae84e2c4b17938936d';
  process.env.BLOCKLET_COMPONENT_DID = componentDid;
  process.env.PAYMENT_TEST_MODE = 'true';
  console.error = () => {};
  console.warn = () => {};
  console.log = () => {};
  return require('@blocklet/payment-js').default;
};
