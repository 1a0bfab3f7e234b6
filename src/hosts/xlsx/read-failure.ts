/** Why a file could not be read, with a Japanese message that says what the user should do. */

export type ReadFailureCode =
  | 'not_xlsx'
  | 'truncated'
  | 'encrypted'
  | 'legacy_xls'
  | 'xlsb'
  | 'ods'
  | 'duplicate_entry'
  | 'no_workbook'
  | 'too_large'
  | 'zip_bomb'
  | 'too_many_sheets'
  | 'too_many_cells'
  | 'malformed_xml';

export interface ReadFailure {
  readonly code: ReadFailureCode;
  readonly message: string;
  readonly detail?: string;
  /** The worksheet the failure is about, when it is about one (its name is also in the message). */
  readonly sheet?: string;
}

const MESSAGES: Record<ReadFailureCode, string> = {
  not_xlsx: 'Excelブック（.xlsx）ではありません。Excelで開いて「Excel ブック (*.xlsx)」形式で保存し直してください。',
  truncated: 'ファイルが壊れているか途中で切れています。提出元にもう一度送ってもらってください。',
  encrypted: 'パスワードで保護されたブックは読み込めません。保護を解除して保存し直してから再度お試しください。',
  legacy_xls: '古い形式（.xls）のブックです。Excelで開いて「Excel ブック (*.xlsx)」形式で保存し直してください。',
  xlsb: 'バイナリ形式（.xlsb）のブックは読み込めません。Excelで開いて「名前を付けて保存」で「Excel ブック (*.xlsx)」形式を選んで保存し直してください。',
  ods: 'OpenDocument 形式（.ods）のファイルは読み込めません。Excel か LibreOffice で開いて「名前を付けて保存」で「Excel ブック (*.xlsx)」形式を選んで保存し直してください。',
  duplicate_entry: 'ファイルの中に同じ名前の部品が2つあり、壊れています（どちらが正しいか決められません）。Excelで開いて「Excel ブック (*.xlsx)」形式で保存し直すか、提出元にもう一度送ってもらってください。',
  no_workbook: 'ブックの中身（ワークシート）が見つかりません。Excelで開いて保存し直してください。',
  too_large: 'ファイルが大きすぎます（上限 20MB）。画像などを削除して保存し直してください。',
  zip_bomb: '展開後のサイズが異常に大きいため読み込みを中止しました。提出元に確認してください。',
  too_many_sheets: 'シートの数が多すぎます（上限 200）。状況把握表のシートだけを残して保存し直してください。',
  too_many_cells: 'シートの使用範囲が大きすぎます（上限 10,000行 × 200列）。不要な行・列を削除して保存し直してください。',
  malformed_xml: 'ブックの内容を読み取れませんでした。Excelで開いて保存し直してください。',
};

/** A failure of the given code, with its message, an optional technical detail and the sheet it concerns. */
export function failure(code: ReadFailureCode, detail?: string, sheet?: string): ReadFailure {
  const message = sheet === undefined ? MESSAGES[code] : `シート「${sheet}」: ${MESSAGES[code]}`;
  return { code, message, ...(detail === undefined ? {} : { detail }), ...(sheet === undefined ? {} : { sheet }) };
}
