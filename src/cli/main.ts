/** The command-line entry: `template`, `validate`, `consolidate` over .xlsx files. */
import { runConsolidate, CONSOLIDATE_USAGE } from './commands/consolidate';
import { runTemplate, TEMPLATE_USAGE } from './commands/template';
import { runValidate, VALIDATE_USAGE } from './commands/validate';
import { CliError, EXIT } from './cli-io';

const USAGE = ['使い方 / usage:', `  ${TEMPLATE_USAGE}`, `  ${VALIDATE_USAGE}`, `  ${CONSOLIDATE_USAGE}`].join('\n');

/** Runs one command and returns its exit code; usage errors print a clear message, never a stack. */
export async function main(argv: readonly string[], print: (line: string) => void = (l) => process.stdout.write(`${l}\n`), printError: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'template':
        return await runTemplate(rest, print);
      case 'validate':
        return runValidate(rest, print);
      case 'consolidate':
        return await runConsolidate(rest, print);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        print(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        printError(`不明なコマンドです: ${command}\n${USAGE}`);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof CliError) {
      printError(error.message);
      return error.exitCode;
    }
    // parseArgs reports unknown options and missing values as TypeErrors with a code.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      printError(`${error.message}\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`予期しないエラー: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(3);
    },
  );
}
