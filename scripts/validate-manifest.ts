/** `npm run validate`: manifest.xml against the add-in manifest XSDs, offline. */
import { join } from 'node:path';
import { validateManifest } from './manifest-schema';

void validateManifest(join(__dirname, '..', 'manifest.xml')).then(
  (errors) => {
    if (errors.length === 0) {
      process.stdout.write('manifest.xml is valid (OfficeApp 1.1 + VersionOverrides, offline XSD check).\n');
      return;
    }
    process.stderr.write(`manifest.xml is not valid:\n${errors.join('\n')}\n`);
    process.exit(1);
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(2);
  },
);
