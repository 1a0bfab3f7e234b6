import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifestXml } from '../../scripts/manifest-schema';
import { manifestUrls, renderProductionManifest, toManifestVersion } from '../../scripts/production-manifest';

const dev = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
const CITY = 'https://addins.city.example.jp/bukai/';

describe('renderProductionManifest', () => {
  it('moves every URL of the development manifest under the city’s address', () => {
    const urls = manifestUrls(renderProductionManifest(dev, CITY, '1.2.3'));
    expect(urls).toHaveLength(manifestUrls(dev).length);
    expect(urls.every((url) => url.startsWith(CITY))).toBe(true);
  });

  it('writes the package version as the four-part manifest Version', () => {
    expect(renderProductionManifest(dev, CITY, '1.2.3')).toContain('<Version>1.2.3.0</Version>');
  });

  it('stays valid against the XSDs for an address with a port and a deep path', async () => {
    await expect(validateManifestXml(renderProductionManifest(dev, 'https://www.city.example.lg.jp:8443/fukushi/addins/bukai/', '1.0.0'))).resolves.toEqual([]);
  });

  it('escapes an ampersand in the address so the XML stays well formed', async () => {
    const xml = renderProductionManifest(dev, 'https://addins.city.example.jp/a&b/', '1.0.0');
    expect(xml).toContain('https://addins.city.example.jp/a&amp;b/taskpane.html');
    await expect(validateManifestXml(xml)).resolves.toEqual([]);
  });

  it('refuses a development manifest that names a host the build cannot move', () => {
    const stray = dev.replace('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="https://support.example.com/"/>');
    expect(() => renderProductionManifest(stray, CITY, '1.0.0')).toThrow(/outside https:\/\/localhost:3000\/.*https:\/\/support\.example\.com\//);
  });
});

describe('toManifestVersion', () => {
  it('adds the fourth part', () => {
    expect(toManifestVersion('1.0.0')).toBe('1.0.0.0');
    expect(toManifestVersion('12.345.6')).toBe('12.345.6.0');
  });

  it.each(['1.0.0-beta.1', '1.0', '123456.0.0'])('refuses %s, which Office could not compare as a Version', (version) => {
    expect(() => toManifestVersion(version)).toThrow(/cannot be an add-in manifest Version/);
  });
});

describe('manifestUrls', () => {
  it('lists URLs in attributes and element text but not the namespace declarations', () => {
    const xml = '<a xmlns="http://schemas.microsoft.com/x" xmlns:bt="http://schemas.microsoft.com/y"><b v="https://h.example/1"/><c>https://h.example/2</c></a>';
    expect(manifestUrls(xml)).toEqual(['https://h.example/1', 'https://h.example/2']);
  });
});
