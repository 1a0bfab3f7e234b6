/**
 * The pane's 集約 of two builds, A and B, alternately in one browser, with the same work in Node between
 * them — to tell what one change bought on a machine whose load moves every number by ±30 %.
 * Usage: `node --expose-gc --import tsx bench/pane-ab.ts DIST_A [DIST_B] [rounds]` (a preview build each,
 * e.g. main's built with `vite build --mode preview`; B defaults to this tree's; after one `npm run bench`,
 * or the first run here writes the 100 workbooks).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPane, launch, serve } from '../tests/e2e/pane-harness';
import { nodeRunWithCpu, paneRun, settle } from './pane-vs-node';
import { syntheticWorkbooks } from './synthetic-submissions';
import { summarise } from './timing';

async function files(): Promise<string[]> {
  const dir = join(__dirname, 'out', 'synthetic');
  if (!existsSync(dir) || readdirSync(dir).length < 100) {
    mkdirSync(dir, { recursive: true });
    for (const [i, f] of (await syntheticWorkbooks(100)).entries()) writeFileSync(join(dir, `${String(i).padStart(3, '0')}_${f.name}`), f.bytes);
  }
  return readdirSync(dir).sort().map((name) => join(dir, name));
}

async function main(): Promise<void> {
  const [distA, distB, roundsArg] = process.argv.slice(2);
  if (!distA) throw new Error('usage: pane-ab.ts DIST_A [DIST_B] [rounds]');
  const rounds = Number(roundsArg ?? 5);
  const paths = await files();
  const servers = await Promise.all([serve(distA), serve(distB && distB !== '-' ? distB : await buildPane())]);
  const browser = await launch();
  const ms: Record<string, number[]> = {};
  const push = (key: string, v: number): void => void (ms[key] ??= []).push(v);
  try {
    for (let round = 0; round <= rounds; round++) {
      for (const size of [10, 100]) {
        const picked = paths.slice(0, size);
        for (const [i, { base }] of servers.entries()) {
          await settle();
          const p = await paneRun(browser, base, picked);
          if (round > 0) {
            push(`${'AB'[i]}${size}`, p.ms);
            push(`${'AB'[i]}${size}longest`, p.longestTaskMs);
            push(`${'AB'[i]}${size}cpu`, p.cpuMs);
          }
        }
        await settle();
        const n = await nodeRunWithCpu(picked);
        if (round > 0) {
          push(`node${size}`, n.ms);
          push(`node${size}cpu`, n.cpuMs);
        }
      }
    }
  } finally {
    await browser.close();
    for (const { server } of servers) await new Promise((resolve) => server.close(resolve));
  }
  for (const [key, values] of Object.entries(ms)) {
    const s = summarise(values);
    process.stdout.write(`${key.padEnd(14)} median ${s.medianMs} (${s.minMs}–${s.maxMs})  [${values.map((v) => Math.round(v)).join(' ')}]\n`);
  }
  for (const size of [10, 100]) {
    const node = summarise(ms[`node${size}`] ?? []).medianMs;
    const nodeCpu = summarise(ms[`node${size}cpu`] ?? []).medianMs;
    for (const ab of 'AB') {
      const wall = summarise(ms[`${ab}${size}`] ?? []).medianMs / node;
      const cpu = summarise(ms[`${ab}${size}cpu`] ?? []).medianMs / nodeCpu;
      process.stdout.write(`${ab} at ${size}: paneOverNode ${wall.toFixed(2)} (wall), CPU ÷ Node's CPU ${cpu.toFixed(2)}\n`);
    }
  }
}

void main();
