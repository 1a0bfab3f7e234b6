/**
 * The manifest a city deploys: the development manifest.xml with every localhost URL moved under the
 * city's ADDIN_URL and the Version taken from package.json. One source, so the two cannot drift apart.
 */
import { DEV_ADDIN_URL } from './addin-url';

/** package.json's "1.2.3" as the manifest's four-part "1.2.3.0" (the XSD allows up to four numbers of 1–5 digits). */
export function toManifestVersion(packageVersion: string): string {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(packageVersion);
  if (!match) {
    throw new Error(`package.json version "${packageVersion}" cannot be an add-in manifest Version: use three numbers (e.g. 1.2.0); Office compares the four-part Version to offer updates.`);
  }
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every http(s) URL in attribute values and element text, namespace declarations left out. */
export function manifestUrls(xml: string): string[] {
  const withoutNamespaces = xml.replace(/\sxmlns(?::\w+)?="[^"]*"/g, '');
  return [...withoutNamespaces.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0]);
}

/** The production manifest: dev URLs rebased on `base` (from parseAddinUrl), Version from package.json. */
export function renderProductionManifest(devManifest: string, base: string, packageVersion: string): string {
  if (!/<Version>[^<]*<\/Version>/.test(devManifest)) throw new Error('manifest.xml has no <Version> element.');
  const xmlBase = escapeXml(base);
  const rebased = devManifest.split(DEV_ADDIN_URL).join(xmlBase);
  const out = rebased.replace(/<Version>[^<]*<\/Version>/, `<Version>${toManifestVersion(packageVersion)}</Version>`);
  // A URL the dev manifest names outside localhost:3000 would ship unnoticed: refuse it here.
  const stray = manifestUrls(out).filter((url) => !url.startsWith(xmlBase));
  if (stray.length > 0) throw new Error(`manifest.xml names URLs outside ${DEV_ADDIN_URL}, which the build cannot move to ADDIN_URL: ${stray.join(', ')}`);
  return out;
}
