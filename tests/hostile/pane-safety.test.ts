/** The pane renders workbook text as text and loads no script from outside its origin but Office.js. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PANE = join(__dirname, '..', '..', 'src', 'taskpane');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the task pane', () => {
  it('never injects HTML: no dangerouslySetInnerHTML, innerHTML or document.write', () => {
    const offenders = files(PANE)
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('has a Content-Security-Policy that allows scripts only from itself and Office.js', () => {
    const html = readFileSync(join(PANE, 'taskpane.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['__OFFICE_JS__', './index.tsx']);
  });

  it('fills __OFFICE_JS__ at build time only with a URL its CSP allows', () => {
    const html = readFileSync(join(PANE, 'taskpane.html'), 'utf8');
    const scriptSrc = /script-src ([^;"]+)/.exec(html)?.[1]?.split(/\s+/) ?? [];
    const vite = readFileSync(join(PANE, '..', '..', 'vite.config.ts'), 'utf8');
    const cdn = /const OFFICE_CDN = '([^']+)'/.exec(vite)?.[1] ?? '';
    const local = /const OFFICE_LOCAL = '([^']+)'/.exec(vite)?.[1] ?? '';
    expect(scriptSrc).toContain(new URL(cdn).origin);
    // The preview build serves Office.js from the pane's own origin ('self'), never from elsewhere.
    expect(local).not.toMatch(/^[a-z]+:|^\/\//i);
  });

  it('never evaluates strings as code', () => {
    const offenders = files(PANE)
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .filter((f) => /\beval\(|new Function\(|setTimeout\(\s*['"`]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
