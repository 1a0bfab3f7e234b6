/**
 * Vite plugin: writes manifest.xml beside the built pane, for the address the pane will be served at,
 * and fails the build when that manifest does not validate against the add-in XSDs.
 */
import { readFileSync } from 'node:fs';
import type { Logger, Plugin } from 'vite';
import { validateManifestXml } from './manifest-schema';
import { renderProductionManifest, toManifestVersion } from './production-manifest';

/** Options: the served address (normalised by parseAddinUrl), the dev manifest to start from, the version. */
export interface ManifestPluginOptions {
  readonly base: string;
  readonly devManifestPath: string;
  readonly packageVersion: string;
}

/** Emits manifest.xml into the build output, checked offline against the XSDs. */
export function productionManifest(options: ManifestPluginOptions): Plugin {
  let logger: Logger | null = null;
  let outDir = 'dist';
  return {
    name: 'production-manifest',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
      outDir = config.build.outDir;
    },
    async generateBundle() {
      const xml = renderProductionManifest(readFileSync(options.devManifestPath, 'utf8'), options.base, options.packageVersion);
      const errors = await validateManifestXml(xml);
      if (errors.length > 0) this.error(`manifest.xml for ${options.base} does not validate against the add-in manifest XSDs:\n${errors.join('\n')}`);
      this.emitFile({ type: 'asset', fileName: 'manifest.xml', source: xml });
    },
    closeBundle() {
      // IT reads this line to check the address before rolling the manifest out.
      logger?.info(`\nmanifest: ${outDir}/manifest.xml → ${options.base}taskpane.html (Version ${toManifestVersion(options.packageVersion)}, valid against the add-in XSDs)`);
    },
  };
}
