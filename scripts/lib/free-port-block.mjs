// Prints the first port P >= the given start such that P..P+count-1 are all free on loopback.
// Run as a child process by playwright.config.ts, whose configuration cannot wait for a promise.
import net from 'node:net';

const [start = '8190', count = '6'] = process.argv.slice(2);
const free = (port) =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

for (let port = Number(start); port < 65000; port += Number(count)) {
  const checks = await Promise.all(Array.from({ length: Number(count) }, (_, i) => free(port + i)));
  if (checks.every(Boolean)) {
    process.stdout.write(String(port));
    process.exit(0);
  }
}
process.exit(1);
