/**
 * After `vite build`: the gzip size of the pane's initial JavaScript (what Excel downloads every time it
 * opens the pane) and of the lazy chunks (the .xlsx reader, loaded only when files are picked; the
 * in-memory workbook with our writer, only for the browser preview). Prints a table and writes dist/build-report.json.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(__dirname, '..', 'dist');
const ASSETS = join(DIST, 'assets');

const gzipKb = (file: string): number => Math.round((gzipSync(readFileSync(join(ASSETS, file)), { level: 9 }).length / 1024) * 10) / 10;

/** Chunks a chunk imports statically (its `import … from "./x.js"` and bare `import "./x.js"`). */
function staticImports(file: string): string[] {
  const code = readFileSync(join(ASSETS, file), 'utf8');
  return [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1] ?? '');
}

/** A chunk and everything it imports statically. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...staticImports(file));
  }
  return seen;
}

const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
const entries = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
const initial = new Set(entries.flatMap((e) => [...closure(e)]));
const files = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
const lazy = (pattern: RegExp): string[] => files.filter((f) => pattern.test(f)).flatMap((f) => [...closure(f)]).filter((f, i, all) => !initial.has(f) && all.indexOf(f) === i);
const sum = (list: Iterable<string>): number => Math.round([...list].reduce((n, f) => n + gzipKb(f), 0) * 10) / 10;

const report = {
  initialGzipKb: sum(initial),
  readerLazyGzipKb: sum(lazy(/^read-xlsx/)),
  workbookLazyGzipKb: sum(lazy(/^xlsx-host/)),
  officeHostLazyGzipKb: sum(lazy(/^office-/)),
  initialFiles: [...initial],
};
writeFileSync(join(DIST, 'build-report.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(
  [
    '',
    'pane JavaScript (gzip):',
    `  initial (every time the pane opens)   ${report.initialGzipKb} KB   (target ≤ 250)`,
    `  lazy: .xlsx reader (files picked)      ${report.readerLazyGzipKb} KB   (target ≤ 40)`,
    `  lazy: in-memory workbook (preview)    ${report.workbookLazyGzipKb} KB`,
    `  lazy: Office host (inside Excel)       ${report.officeHostLazyGzipKb} KB`,
    '',
  ].join('\n'),
);
