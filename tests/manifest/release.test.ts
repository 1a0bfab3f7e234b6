import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toManifestVersion } from '../../scripts/production-manifest';

const ROOT = join(__dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('a release', () => {
  it('has a package version the manifest Version can be made from', () => {
    expect(toManifestVersion(version)).toMatch(/^\d+\.\d+\.\d+\.0$/);
  });

  it('has a CHANGELOG.md section for the package version', () => {
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });

  it('shows in docs/getting-started.md only screenshots that exist, each 350 px wide as the pane is', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'getting-started.md'), 'utf8');
    const shots = [...guide.matchAll(/!\[[^\]]*\]\((screenshots\/[^)]+\.png)\)/g)].map((m) => m[1] ?? '');
    expect(shots.length).toBeGreaterThanOrEqual(4);
    for (const shot of shots) {
      const path = join(ROOT, 'docs', shot);
      expect({ shot, exists: existsSync(path) }).toEqual({ shot, exists: true });
      expect({ shot, width: readFileSync(path).readUInt32BE(16) }).toEqual({ shot, width: 350 });
    }
  });
});
