import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateManifest } from '../../scripts/manifest-schema';

const ROOT = join(__dirname, '..', '..');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('validates against the add-in manifest XSDs, offline', async () => {
    await expect(validateManifest(join(ROOT, 'manifest.xml'))).resolves.toEqual([]);
  });

  it('is caught by the schema when elements are out of order (the check can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const broken = manifest.replace(/(\s*<Requirements>[\s\S]*?<\/Requirements>)([\s\S]*?<\/DefaultSettings>)/, '$2$1');
    writeFileSync(join(dir, 'manifest.xml'), broken);
    const errors = await validateManifest(join(dir, 'manifest.xml'));
    rmSync(dir, { recursive: true, force: true });
    expect(errors.length).toBeGreaterThan(0);
  });

  it('asks for ReadWriteDocument and ExcelApi 1.13, nothing more', () => {
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.13"\/>/);
    expect(manifest).not.toMatch(/<AppDomain>/);
  });

  it('puts a 「部会状況」 button on the Home tab that opens the pane', () => {
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain('<bt:String id="Button.Label" DefaultValue="部会状況">');
    expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
    expect(manifest).toContain('https://localhost:3000/taskpane.html');
  });

  it.each([16, 32, 64, 80])('ships a %i px PNG icon', (size) => {
    const png = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});
