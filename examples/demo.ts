/**
 * The quick-start demo: a RAM mount and a local-disk mount side by side, driven
 * with plain bash through the SDK. Run with `npm run demo` after `npm ci`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskResource, RAMResource, Workspace } from '../src/index.js';

const logs = mkdtempSync(join(tmpdir(), 'mirage-demo-'));
writeFileSync(join(logs, 'api.log'), 'INFO start\nERROR db timeout\nINFO ok\nERROR db timeout\n');
writeFileSync(join(logs, 'web.log'), 'INFO start\nERROR 502 upstream\nINFO ok\n');

const ws = new Workspace({ '/data': new RAMResource(), '/logs': new DiskResource({ root: logs }) });

const commands = [
  'ls /',
  'for f in /logs/*.log; do echo "$(basename "$f"): $(grep -c ERROR "$f")"; done | sort -t: -k2 -n',
  'grep -h ERROR /logs/*.log | sort | uniq -c | sort -rn > /data/errors.txt && cat /data/errors.txt',
  'cp /data/errors.txt /logs/summary.txt && wc -l /logs/summary.txt',
  'cat /logs/nope.log; echo "exit status: $?"',
];
try {
  for (const cmd of commands) {
    const r = await ws.execute(cmd);
    process.stdout.write(`$ ${cmd}\n${r.stdoutText}${r.stderrText}`);
  }
  process.stdout.write(`\n$ explain 'cat /data/errors.txt | grep db | head -c 20'\n`);
  process.stdout.write(await ws.explain('cat /data/errors.txt | grep db | head -c 20'));
  process.stdout.write(`$ explain 'head -c 100 /logs/api.log'\n${await ws.explain('head -c 100 /logs/api.log')}`);
} finally {
  await ws.close();
  rmSync(logs, { recursive: true, force: true });
}
