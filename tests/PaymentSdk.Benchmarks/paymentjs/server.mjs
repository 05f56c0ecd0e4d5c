// Answers every request with the same page of invoices, as fast as Node can: the server both clients share.
import http from 'node:http';
import fs from 'node:fs';

const page = fs.readFileSync(process.argv[2]);
const server = http.createServer((request, response) => {
  request.resume();
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': page.length });
  response.end(page);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
