/** `npm run validate`: manifest.xml (and dist/manifest.xml when built) against the add-in manifest XSDs, offline. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest } from './manifest-schema';

const ROOT = join(__dirname, '..');
const manifests = ['manifest.xml', join('dist', 'manifest.xml')].filter((path) => existsSync(join(ROOT, path)));

void Promise.all(manifests.map(async (path) => ({ path, errors: await validateManifest(join(ROOT, path)) }))).then(
  (results) => {
    let failed = false;
    for (const { path, errors } of results) {
      if (errors.length === 0) {
        process.stdout.write(`${path} is valid (OfficeApp 1.1 + VersionOverrides, offline XSD check).\n`);
      } else {
        failed = true;
        process.stderr.write(`${path} is not valid:\n${errors.join('\n')}\n`);
      }
    }
    if (failed) process.exit(1);
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(2);
  },
);
