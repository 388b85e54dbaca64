// Load generator, run as its own process so it never shares a CPU budget or event loop with the
// server it measures. Reads one JSON job from argv, prints one JSON result line.
//  - No think time: autocannon keeps every connection busy, which finds the page's throughput limit.
//  - With think time: each virtual user opens the page, reads it for a random while (exponential,
//    mean thinkSeconds) and opens it again, as people do; latency is what each of them waits.
import autocannon from 'autocannon';

const job = JSON.parse(process.argv[2]);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function saturate(durationSeconds, record) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(
      { url: job.url, connections: job.connections, duration: durationSeconds, headers: job.headers ?? {}, timeout: 10 },
      (error, result) =>
        error ? reject(error) : resolve({ requests: result.requests.total, failures: result.non2xx + result.errors + result.timeouts, latencies }),
    );
    if (record) instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function users(durationSeconds, record) {
  const latencies = [];
  let requests = 0;
  let failures = 0;
  const until = performance.now() + durationSeconds * 1000;
  const pause = () => new Promise((r) => setTimeout(r, -Math.log(1 - Math.random()) * job.thinkSeconds * 1000));
  const user = async () => {
    await pause(); // users arrive spread out, not all at once
    while (performance.now() < until) {
      const started = performance.now();
      try {
        const response = await fetch(job.url, { headers: job.headers ?? {}, signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (!response.ok) failures += 1;
      } catch {
        failures += 1;
      }
      requests += 1;
      if (record) latencies.push(performance.now() - started);
      await pause();
    }
  };
  await Promise.all(Array.from({ length: job.connections }, user));
  return { requests, failures, latencies };
}

const run = job.thinkSeconds ? users : saturate;
await run(job.warmupSeconds, false);
const { requests, failures, latencies } = await run(job.durationSeconds, true);
latencies.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    requests,
    rps: requests / job.durationSeconds,
    non2xx: failures,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  }),
);
