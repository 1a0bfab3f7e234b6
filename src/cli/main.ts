/** The command-line entry: `template`, `validate`, `consolidate`, `rollover` over .xlsx files. */
import { version } from '../../package.json';
import { runConsolidate, CONSOLIDATE_USAGE } from './commands/consolidate';
import { runRollover, ROLLOVER_USAGE } from './commands/rollover';
import { runTemplate, TEMPLATE_USAGE } from './commands/template';
import { runValidate, VALIDATE_USAGE } from './commands/validate';
import { CliError, EXIT } from './cli-io';
import { CLI_MESSAGES, localeOf, type CliMessages } from './messages/cli-messages';

const USAGE_OF = { template: TEMPLATE_USAGE, validate: VALIDATE_USAGE, consolidate: CONSOLIDATE_USAGE, rollover: ROLLOVER_USAGE } as const;
type Command = keyof typeof USAGE_OF;
const isCommand = (name: string | undefined): name is Command => name !== undefined && Object.hasOwn(USAGE_OF, name);
const asksHelp = (args: readonly string[]): boolean => args.some((a) => a === '--help' || a === '-h');

/** Every command's usage under the heading. */
const usage = (m: CliMessages): string => [m.usageHeading, `  ${TEMPLATE_USAGE}`, `  ${VALIDATE_USAGE}`, `  ${CONSOLIDATE_USAGE}`, `  ${ROLLOVER_USAGE}`].join('\n');

/** Runs one command and returns its exit code; usage errors print a clear message, never a stack. */
export async function main(
  argv: readonly string[],
  print: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  printError: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  progress?: (line: string) => void,
): Promise<number> {
  const [command, ...rest] = argv;
  const m = CLI_MESSAGES[localeOf(argv)];
  // `--help` / `-h` asks for the usage, whatever else the line holds: printed on stdout, exit 0.
  if (isCommand(command) && asksHelp(rest)) {
    print(m.usage(USAGE_OF[command]));
    return EXIT.ok;
  }
  try {
    switch (command) {
      case 'template':
        return await runTemplate(rest, print, m);
      case 'validate':
        return runValidate(rest, print);
      case 'consolidate':
        return await runConsolidate(rest, print, new Date(), progress);
      case 'rollover':
        return await runRollover(rest, print);
      case '--version':
      case '-V':
        print(version);
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        print(usage(m));
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        printError(`${m.unknownCommand(command)}\n${usage(m)}`);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof CliError) {
      printError(error.message);
      return error.exitCode;
    }
    // parseArgs reports unknown options and missing values as TypeErrors with a code.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      printError(`${error.message}\n${isCommand(command) ? m.usage(USAGE_OF[command]) : usage(m)}`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Runs the command line of this process and exits with its code (the `bukai` command; see launch.ts). */
export function runAsProcess(): void {
  // Progress goes to stderr, and only on a terminal: a redirected or piped run stays as quiet as before.
  const progress = process.stderr.isTTY ? (line: string): void => void process.stderr.write(`\r${line}\u001b[K`) : undefined;
  main(process.argv.slice(2), undefined, undefined, progress).then(
    (code) => {
      if (progress) process.stderr.write('\r\u001b[K');
      process.exit(code);
    },
    (error: unknown) => {
      process.stderr.write(`${CLI_MESSAGES[localeOf(process.argv)].unexpected(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
      process.exit(3);
    },
  );
}

if (require.main === module) runAsProcess();
