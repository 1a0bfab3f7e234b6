import { AddinUrlError, DEV_ADDIN_URL, parseAddinUrl } from '../../scripts/addin-url';

describe('parseAddinUrl', () => {
  it('uses the localhost development address when ADDIN_URL is unset or blank', () => {
    expect(parseAddinUrl(undefined)).toBe(DEV_ADDIN_URL);
    expect(parseAddinUrl('  ')).toBe('https://localhost:3000/');
  });

  it('keeps the address as given and adds the trailing slash once', () => {
    expect(parseAddinUrl('https://addins.city.example.jp/bukai')).toBe('https://addins.city.example.jp/bukai/');
    expect(parseAddinUrl('https://addins.city.example.jp/bukai/')).toBe('https://addins.city.example.jp/bukai/');
    expect(parseAddinUrl('https://addins.city.example.jp')).toBe('https://addins.city.example.jp/');
    expect(parseAddinUrl('https://addins.city.example.jp:8443/a/b')).toBe('https://addins.city.example.jp:8443/a/b/');
  });

  it('refuses plain http for a server, and says to use https', () => {
    expect(() => parseAddinUrl('http://addins.city.example.jp/bukai/')).toThrow(AddinUrlError);
    expect(() => parseAddinUrl('http://addins.city.example.jp/bukai/')).toThrow(/must start with https:\/\//);
  });

  it('allows plain http on this machine only', () => {
    expect(parseAddinUrl('http://localhost:3000')).toBe('http://localhost:3000/');
    expect(parseAddinUrl('http://127.0.0.1:8080/pane/')).toBe('http://127.0.0.1:8080/pane/');
  });

  it.each([
    ['addins.city.example.jp/bukai', /not an absolute URL/],
    ['ftp://addins.city.example.jp/', /must start with https:\/\//],
    ['https://user:secret@addins.city.example.jp/', /user name or password/],
    ['https://addins.city.example.jp/bukai/?v=2', /without \?query or #fragment/],
    ['https://addins.city.example.jp/bukai/taskpane.html', /names a file: give the folder .* https:\/\/addins\.city\.example\.jp\/bukai\//],
  ])('refuses %s with a message saying what to give', (raw, message) => {
    expect(() => parseAddinUrl(raw)).toThrow(message);
  });
});
