/**
 * The address a city hosts the pane at (ADDIN_URL), checked and normalised once: every URL of the built
 * manifest is made under it, so a typo here would ship a manifest that opens nothing.
 */

/** The development address (office-addin-dev-certs serves https://localhost:3000/). */
export const DEV_ADDIN_URL = 'https://localhost:3000/';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Thrown for an ADDIN_URL the build refuses; the message says what to give instead. */
export class AddinUrlError extends Error {
  override readonly name = 'AddinUrlError';
}

/**
 * ADDIN_URL (or the development address when unset) as an absolute base ending in "/".
 * Office loads add-ins only over HTTPS, so plain http is refused except on this machine.
 */
export function parseAddinUrl(raw: string | undefined): string {
  const given = (raw ?? '').trim();
  if (given === '') return DEV_ADDIN_URL;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new AddinUrlError(`ADDIN_URL "${given}" is not an absolute URL. Give the address dist/ is served at, e.g. ADDIN_URL=https://addins.city.example.jp/bukai/`);
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new AddinUrlError(
      `ADDIN_URL "${given}" must start with https:// — Office opens add-ins only over HTTPS (plain http only for localhost). Serve dist/ over HTTPS and give that address.`,
    );
  }
  if (url.username !== '' || url.password !== '') throw new AddinUrlError(`ADDIN_URL "${given}" must not contain a user name or password.`);
  if (url.search !== '' || url.hash !== '') throw new AddinUrlError(`ADDIN_URL "${given}" must be the folder dist/ is served at, without ?query or #fragment.`);
  if (/\.[a-z0-9]+$/i.test(url.pathname)) throw new AddinUrlError(`ADDIN_URL "${given}" names a file: give the folder that holds taskpane.html, e.g. ${url.origin}${url.pathname.replace(/[^/]*$/, '')}`);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}
