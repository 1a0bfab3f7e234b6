/** The command line's own lines in Japanese: usage, progress, and what to fix about paths and options. */

/** Lists names for a message: five at most, then how many more. */
const list = (items: readonly string[]): string => (items.length > 5 ? `${items.slice(0, 5).join('、')} ほか ${items.length - 5} 件` : items.join('、'));

export const ja = {
  usageHeading: '使い方 / usage:',
  usage: (usage: string) => `使い方: ${usage}`,
  unknownCommand: (command: string) => `不明なコマンドです: ${command}`,
  unexpected: (error: string) => `予期しないエラー: ${error}`,
  io: {
    notAFile: 'ファイルではありません。',
    notFound: 'ファイルが見つかりません。パスを確認してください。',
    noReadPermission: 'ファイルを読む権限がありません。',
    cannotRead: (code: string) => `ファイルを読めません（${code}）。`,
    sameAsInput: (option: string, path: string) => `${option} ${path} は入力ファイルと同じです。提出されたブックは上書きしません。別の出力先を指定してください。`,
    sameOutputs: (option: string, path: string, other: string) => `${option} ${path} は ${other} と同じファイルです。別のファイル名を指定してください。`,
    atOutput: (option: string, path: string, why: string) => `${option} ${path}: ${why}`,
    cannotCheck: (code: string) => `出力先を確認できません（${code}）。別の出力先を指定してください。`,
    isFolder: 'フォルダです。出力するファイルの名前（例: 集約結果.xlsx）まで指定してください。',
    notRegular: '通常のファイルではありません（デバイスなど）。別の出力先を指定してください。',
    existingTooLarge: '既存のファイルが大きすぎます（上限 20MB）。上書きしません。別の出力先を指定してください。',
    existingNotXlsx: '既にあるファイルは Excel ブック（.xlsx）ではありません。上書きしません。別の出力先を指定してください。',
    existingNotJson: '既にあるファイルは JSON ではありません。上書きしません。別の出力先を指定してください。',
    readOnly: '書き込みが禁止されたファイルです。上書きしません。別の出力先を指定してください。',
    parentIsFile: (folder: string) => `「${folder}」はフォルダではなくファイルです。出力先のパスを確認してください。`,
    folderNotWritable: (folder: string) => `フォルダ「${folder}」に書き込む権限がありません。別の出力先を指定してください。`,
    writeErrors: {
      ENOSPC: 'ディスクの空き容量が足りません',
      EDQUOT: 'ディスクの使用量の上限に達しました',
      EFBIG: 'ファイルサイズの上限を超えました',
      EACCES: '書き込む権限がありません',
      EPERM: '書き込む権限がありません',
      EROFS: '読み取り専用の場所です',
      ENOTDIR: '途中にフォルダではなくファイルがあります',
      EISDIR: 'フォルダです',
    } as Readonly<Record<string, string>>,
    writeFailed: (code: string) => `書き込みに失敗しました（${code}）`,
    outputs: '出力',
    notWritten: (where: string, why: string) => `${where}: ${why}。以前の出力ファイルはそのまま残っています。出力先を確認してもう一度実行してください。`,
  },
  inputs: {
    csv: 'CSV ファイルは読み込みません。Excel ブック（.xlsx）で提出してもらってください。',
    notXlsx: (ext: string | null) => `Excel ブック（.xlsx）ではないため読み込んでいません（${ext ?? '拡張子なし'}）。`,
    subfolder: 'フォルダです。中のファイルは読み込んでいません。サブフォルダも読み込むには --recursive を付けてください。',
    folderUnreadable: (code: string) => `フォルダを読めません（${code}）。`,
    emptyFolders: (folders: readonly string[], job: 'validate' | 'consolidate') =>
      `フォルダ${folders.map((f) => `「${f}」`).join('、')}には${job === 'validate' ? '検証' : '集約'}できる Excel ブック（.xlsx）がありません。フォルダの場所を確認してください。`,
    nothingGiven: (job: 'validate' | 'consolidate', usage: string) => `${job === 'validate' ? '検証' : '集約'}するファイルを指定してください。\n使い方: ${usage}`,
    notRead: (path: string, reason: string) => `${path}: [対象外] ${reason}`,
    twice: (path: string, job: 'validate' | 'consolidate') => `${path}: 同じファイルが2回指定されています。1回だけ${job === 'validate' ? '検証' : '集約'}します。`,
  },
  template: {
    fiscalYear: (usage: string) => `--fiscal-year を 2022 または 令和4年度 の形で指定してください。\n使い方: ${usage}`,
    committee: (usage: string) => `--committee（部会名）を指定してください。\n使い方: ${usage}`,
    plans: '--plans を ①,② や ①・④・⑤,②・③ の形で指定してください（「,」でシートを分け、「・」で1枚のシートの計画番号をつなぎます）。',
    out: (usage: string) => `--out（作成するファイル）を指定してください。\n使い方: ${usage}`,
    exists: (out: string) => `${out} は既にあります。上書きしません。別の名前を指定するか --force を付けてください。`,
    rowsPerMonth: '--rows-per-month は 1〜10 の整数で指定してください。',
    created: (out: string, sheets: readonly string[]) => `${out} に ${sheets.length} 枚のシートを作成しました: ${sheets.join(', ')}`,
  },
  validate: {
    severity: { error: 'エラー', warning: '警告', info: '情報' },
    asOf: (text: string) => `--as-of は 2023-03-31 のような日付で指定してください（指定値: ${text}）。`,
    found: (file: string, sheets: number) => `${file}: ${sheets} 枚の状況把握表`,
    skipped: (sheet: string, reason: string) => `  ${sheet}: 対象外（${reason}）`,
    errors: (n: number) => (n > 0 ? `エラー ${n} 件。` : 'エラーはありません。'),
  },
  consolidate: {
    out: (usage: string) => `--out（集約結果のファイル）を指定してください。\n使い方: ${usage}`,
    threshold: '--threshold は 0〜100 の数値で指定してください。',
    fiscalYear: '--fiscal-year は 2022 または 令和4年度 の形で指定してください。',
    roster: (path: string, why: string) => `名簿 ${path}: ${why}`,
    rosterTooLarge: 'ファイルが大きすぎます（上限 20MB）。',
    rosterProblem: (problem: string) => `名簿: ${problem}`,
    themes: (path: string, why: string) => `テーマ表 ${path}: ${why}`,
    themesRefused: (path: string, errors: number) => `テーマ表 ${path} に誤りが ${errors} 件あるため、集約結果は作成していません。上の行を直してから再度実行してください。`,
    state: { read: '読込済', invalid: '対象シートなし', unreadable: '読込不可', notRead: '対象外' },
    counts: (sheets: number, errors: number, warnings: number) => `（${sheets} 枚、エラー ${errors}、警告 ${warnings}）`,
    nothing: '読み込めた状況把握表がありません。集約結果は作成していません。',
    notOverwritten: (out: string, why: string) => `--out ${out} は上書きしません: ${why}。別の新しいファイル名を指定してください（${out} は変更していません）。`,
    done: (sheets: number, out: string, names: readonly string[], json: string | null) => `${sheets} 枚のシートを集約しました → ${out}（${names.join(', ')}）${json ? ` / ${json}` : ''}`,
    progress: (done: number, total: number) => `読み込み中 ${done}/${total}`,
  },
  overwrite: {
    unreadable: (why: string) => `既存のファイルを集約ブックとして読めません（${why}）`,
    foreign: (sheets: readonly string[]) => `集約結果ではないシートがあります（${list(sheets)}）`,
    stale: (sheets: readonly string[]) => `今回の集約では作らないシートがあります（${list(sheets)}）`,
    other: (parts: readonly string[]) => `集約結果のほかに、コメント・図形・グラフなど残すべき内容があります（${list(parts)}）`,
  },
};

/** The shape both CLI tables have; en.ts is checked against it. */
export type CliMessages = typeof ja;
