// A small closed-loop HTTP load generator: `concurrency` keep-alive connections each send
// the next request as soon as the previous answer arrives, for `seconds`. Reports
// throughput and latency percentiles. Loopback only.
import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
}

export async function load(options: {
  /** One URL, or several taken in turn. */
  url: string | string[];
  seconds: number;
  concurrency: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const targets = (Array.isArray(options.url) ? options.url : [options.url]).map((u) => new URL(u));
  for (const target of targets) {
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('benchmarks target loopback only');
  }
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;

  const one = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const target = targets[next++ % targets.length] as URL;
      const req = http.get(target, { agent, headers: options.headers }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) errors++;
          latencies.push(performance.now() - start);
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
    });

  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: pct(50),
    p99: pct(99),
    max: latencies.at(-1) ?? 0,
  };
}
