/**
 * Vite plugin: writes manifest.xml beside the built pane, for the address the pane will be served at,
 * and fails the build when that manifest does not validate against the add-in XSDs.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { validateManifestXml } from './manifest-schema';
import { renderProductionManifest } from './production-manifest';

/** Options: the served address (normalised by parseAddinUrl), the dev manifest to start from, the version. */
export interface ManifestPluginOptions {
  readonly base: string;
  readonly devManifestPath: string;
  readonly packageVersion: string;
}

/** Emits manifest.xml into the build output, checked offline against the XSDs. */
export function productionManifest(options: ManifestPluginOptions): Plugin {
  return {
    name: 'production-manifest',
    apply: 'build',
    async generateBundle() {
      const xml = renderProductionManifest(readFileSync(options.devManifestPath, 'utf8'), options.base, options.packageVersion);
      const errors = await validateManifestXml(xml);
      if (errors.length > 0) this.error(`manifest.xml for ${options.base} does not validate against the add-in manifest XSDs:\n${errors.join('\n')}`);
      this.emitFile({ type: 'asset', fileName: 'manifest.xml', source: xml });
    },
  };
}
