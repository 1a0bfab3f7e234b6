/** The CLI's tables by language, and the language a command line asks for. */
import { en } from './en';
import { ja, type CliMessages } from './ja';

export type CliLocale = 'ja' | 'en';
export type { CliMessages };

export const CLI_MESSAGES: Readonly<Record<CliLocale, CliMessages>> = { ja, en };

/** The language of a command line: `--lang en` or `--lang=en` anywhere, else Japanese. */
export function localeOf(argv: readonly string[]): CliLocale {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return 'ja';
  const value = argv[at]?.includes('=') ? argv[at]?.slice('--lang='.length) : argv[at + 1];
  return value === 'en' ? 'en' : 'ja';
}
