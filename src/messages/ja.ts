/** Japanese messages for every outcome of the catalog: what is wrong and what to do, as the secretariat would write it. */
import { formatFiscalYear } from '../domain/fiscal-calendar';
import type { FailureCode } from '../domain/outcomes';
import { failureMessage, skipMessage, type MessageTable } from './message-table';

const PERIOD: Record<string, string> = { firstHalf: '上半期', secondHalf: '下半期', annual: '年度' };
const period = (p: unknown): string => PERIOD[String(p)] ?? String(p);
const FIELD: Record<string, string> = { committee: '部会名', working_group: 'WG名', fiscal_year: '年度' };

const skip = {
  empty: () => 'シートが空のため、状況把握表ではないと判断しました。',
  no_form: () => '「実行実績(DO)」の見出しも月（4月〜3月）の行も見つからないため、状況把握表ではないと判断しました。',
  no_month_rows: () => '「実行実績(DO)」の見出しはありますが、その左に月（4月〜3月）の見出しが見つからないため、状況把握表ではないと判断しました。',
  no_do_header: () => '月（4月〜3月）の行はありますが、「実行実績(DO)」の見出しが見つからないため、状況把握表ではないと判断しました。',
  few_month_labels: (p) => `月の見出しが ${p.months} か月分しかないため（状況把握表には4月〜3月の見出しがあります）、状況把握表ではないと判断しました。`,
} satisfies MessageTable['skip'];

/** The text, prefixed with the sheet it concerns when it concerns one. */
const at = (sheet: string | null, text: string): string => (sheet === null ? text : `シート「${sheet}」: ${text}`);

const failure = {
  not_xlsx: (p) => at(p.sheet, 'Excelブック（.xlsx）ではありません。Excelで開いて「Excel ブック (*.xlsx)」形式で保存し直してください。'),
  truncated: (p) => at(p.sheet, 'ファイルが壊れているか途中で切れています。提出元にもう一度送ってもらってください。'),
  encrypted: (p) => at(p.sheet, 'パスワードで保護されたブックは読み込めません。保護を解除して保存し直してから再度お試しください。'),
  legacy_xls: (p) => at(p.sheet, '古い形式（.xls）のブックです。Excelで開いて「Excel ブック (*.xlsx)」形式で保存し直してください。'),
  xlsb: (p) => at(p.sheet, 'バイナリ形式（.xlsb）のブックは読み込めません。Excelで開いて「名前を付けて保存」で「Excel ブック (*.xlsx)」形式を選んで保存し直してください。'),
  ods: (p) => at(p.sheet, 'OpenDocument 形式（.ods）のファイルは読み込めません。Excel か LibreOffice で開いて「名前を付けて保存」で「Excel ブック (*.xlsx)」形式を選んで保存し直してください。'),
  duplicate_entry: (p) => at(p.sheet, 'ファイルの中に同じ名前の部品が2つあり、壊れています（どちらが正しいか決められません）。Excelで開いて「Excel ブック (*.xlsx)」形式で保存し直すか、提出元にもう一度送ってもらってください。'),
  no_workbook: (p) => at(p.sheet, 'ブックの中身（ワークシート）が見つかりません。Excelで開いて保存し直してください。'),
  too_large: (p) => at(p.sheet, 'ファイルが大きすぎます（上限 20MB）。画像などを削除して保存し直してください。'),
  zip_bomb: (p) => at(p.sheet, '展開後のサイズが異常に大きいため読み込みを中止しました。提出元に確認してください。'),
  too_many_sheets: (p) => at(p.sheet, 'シートの数が多すぎます（上限 200）。状況把握表のシートだけを残して保存し直してください。'),
  too_many_cells: (p) => at(p.sheet, 'シートの使用範囲が大きすぎます（上限 10,000行 × 200列）。不要な行・列を削除して保存し直してください。'),
  malformed_xml: (p) => at(p.sheet, 'ブックの内容を読み取れませんでした。Excelで開いて保存し直してください。'),
  unavailable: (p) => at(p.sheet, '順番が来たときにファイルを読み込めませんでした（実行中に移動・削除されたか、読み取りの権限がありません）。ファイルを戻してもう一度実行してください。'),
  internal: (p) => at(p.sheet, `読み込み中に予期しないエラーが発生しました（${p.error}）。`),
} satisfies MessageTable['failure'];

/** A failure's text from its code, as another outcome names it. */
function failureText(code: FailureCode, sheet: string | null, error: string | null): string {
  return failureMessage(failure, code, sheet, error);
}

const fy = (year: number): string => formatFiscalYear(year, 'ja');
const span = (from: number, to: number): string => (from === to ? fy(from) : `${fy(from)}〜${fy(to)}`);

const CARRIED_JA = { plan_numbers: '計画番号', plan: '取り組み計画(PLAN)', philosophy: '活動理念', goal: '活動目標', annual_rate: '年度達成率', annual_comment: '年度総評', actions: '第3・第4四半期の改善(ACTION)' } as const;

export const ja = {
  issue: {
    missing_committee: () => '部会名が見つかりません。1行目に「〇〇部会」と入力してください。',
    missing_fiscal_year: () => '年度が見つかりません。表題に「令和4年度」のように年度を入力してください。',
    missing_plan: () => '取り組み計画（計画番号と内容）が見つかりません。計画を入力してください。',
    plan_without_number: () => '取り組み計画に計画番号（①など）がありません。番号を付けると集約で計画ごとに整理できます。',
    rate_not_number: (p) => `${period(p.period)}の達成率「${String(p.raw)}」を数値として読めません。0〜100%の数値で入力してください。`,
    rate_out_of_range: (p) => `${period(p.period)}の達成率が ${String(p.value)}% になっています。0〜100%の範囲で入力してください。`,
    rate_missing_after_half: (p) =>
      p.period === 'firstHalf'
        ? '9月までの上半期が終わっています。上半期の達成率（0〜100%）を入力してください。'
        : '3月までの下半期が終わっています。下半期の達成率（0〜100%）を入力してください。',
    annual_rate_missing: () => '年度が終わっています。年度総評の達成率（0〜100%）を入力してください。',
    check_without_do: (p) => `${String(p.month)}月に評価（CHECK）がありますが、実行実績（DO）がありません。実行実績を入力するか、評価を正しい月に移してください。`,
    action_without_do: (p) => `${String(p.month)}月に改善（ACTION）がありますが、実行実績（DO）がありません。実行実績を入力するか、改善を正しい月に移してください。`,
    date_in_other_month: (p) => `${String(p.month)}月の行に ${String(p.dateMonth)}月の日付（「${String(p.text)}」）があります。${String(p.dateMonth)}月の行に移すか、日付を確認してください。`,
    planned_in_past: (p) => `${String(p.month)}月は終わっていますが「(予定)」のままです。実施した内容に書き換えてください。`,
    text_after_as_of: (p) => `${String(p.month)}月はまだ始まっていません（${String(p.asOf)}時点）。入力した行が正しいか確認してください。`,
    unknown_plan_tag: (p) => `${String(p.month)}月の記載に計画番号${String(p.tag)}がありますが、このシートの計画は${String(p.plans)}です。番号を確認してください。`,
    plan_without_activity: (p) => `年度が終わりましたが、${p.plan ? `計画${String(p.plan)}の` : ''}実行実績（DO）が1件もありません。実施内容を入力してください。`,
    quarter_without_do: (p) => `第${String(p.quarter)}四半期が終わりましたが、実行実績（DO）がありません。活動があれば入力してください。`,
    duplicate_plan_number: (p) => `計画番号${String(p.plan)}がシート「${String(p.other)}」にもあります。どちらかの番号を直してください。`,
    cell_error_value: (p) => `セルがエラー値（${String(p.value)}）になっていて、入力された内容が読めません。数式や参照先を確認し、内容を入力し直してください。`,
    other_fiscal_year: (p) => `${String(p.year)}年度のシートです（集約の対象は${String(p.expected)}年度）。集約から除外しました。提出年度を確認してください。`,
    outside_years: (p) => `${fy(p.year)}のシートです（集約の対象は${span(p.from, p.to)}）。集約から除外しました。`,
    duplicate_submission: (p) => `同じ部会・計画のシートが重複して提出されています。新しい「${String(p.winnerFile)} / ${String(p.winnerSheet)}」を採用し、こちらは除外しました。`,
    unreadable_file: (p) => failureText(p.failure, p.failedSheet, p.error),
    not_a_status_sheet: (p) => `状況把握表ではないため対象外にしました（${skipMessage(skip, p.skip, p.months)}）。`,
    formula_without_value: (p) =>
      `数式の計算結果がファイルに保存されていないため、${Number(p.count) > 1 ? `このセルほか ${Number(p.count) - 1} セルの` : 'この'}値を読めません（空として扱いました）。Excelで開いて上書き保存すると計算結果が保存されます。`,
    text_truncated: (p) => `文字数が Excel の1セルの上限（${Number(p.limit).toLocaleString('en-US')} 文字）を超えているため、上限までで切り、末尾に「…［以下省略］」を付けて読み込みました。内容を分けるか短くしてください。`,
    hidden_sheet_skipped: (p) => `非表示のシートです。表示されている同じ計画のシート「${String(p.shownFile)} / ${String(p.shownSheet)}」を使い、このシートは集約の対象外です。古いシートであれば削除してください。`,
    hidden_sheet_used: () => '非表示のシートですが、同じ計画の表示されたシートがないため集約の対象にしています。使うシートであれば再表示してください。',
    form_unreadable: (p) =>
      `様式を読み取れない箇所があります（${String(p.cells)}）。` +
      [
        p.unheaded !== null && p.unheaded !== undefined ? `見出しのない列（${String(p.unheaded)}列）の文字は実行実績・評価・改善として読み取っていません` : null,
        p.checkAssumed !== null && p.checkAssumed !== undefined ? `評価(CHECK)の見出しがないため、実行実績の右の列（${String(p.checkAssumed)}列）を評価として読みました` : null,
        p.doDates !== null && p.doDates !== undefined ? '実行実績(DO)の列に日付しかありません。見出しの位置のとおりに読みました' : null,
        p.withoutDo !== null && p.withoutDo !== undefined ? `評価・改善があるのに実行実績がない月が多くあります（${String(p.withoutDo)}月）。見出しの位置のとおりに読みました` : null,
        p.headerTwice !== null && p.headerTwice !== undefined ? `同じ見出し（${String(p.headerTwice)}）が2つあります。表示されている列を読みました` : null,
        p.doOneValue !== null && p.doOneValue !== undefined ? `実行実績(DO)の列が同じ短い文字（「${String(p.doOneValue)}」）だけです。見出しの位置のとおりに読みました` : null,
        p.outsideMonth !== null && p.outsideMonth !== undefined ? 'どの月の行にも入っていない記載があります（月の見出しより上、または総評のすぐ後）。月に割り当てずに残しました' : null,
      ]
        .filter((x) => x !== null)
        .join('。') +
      '。見出し（実行実績(DO)・評価(CHECK)・改善(ACTION)）がそれぞれの列の上にあるか確認してください。このシートでは月ごとの実行実績の警告を出していません。',
    hidden_column_text: (p) => `非表示の列（${String(p.where)}列）に文字があります（${String(p.count)}か所）。非表示のまま読み取りました。内容が正しいか確認してください。`,
    hidden_row_text: (p) => `非表示の行（${String(p.where)}行目）に文字があります。非表示のまま読み取りました。内容が正しいか確認してください。`,
    identity_conflict: (p) =>
      `${FIELD[String(p.field)] ?? String(p.field)}が表題と項目欄で食い違っています（「${String(p.first)}」と「${String(p.second)}」）。「${String(p.first)}」として読みました。どちらが正しいか確認してください。`,
  },
  skip,
  failure,
  roster: {
    no_header: (p) => `${p.sheet}: 見出し行（部会 / WG / 計画番号）が見つかりません。1行目に「部会」「WG」「計画番号」の見出しを入れてください。`,
    bad_plans: (p) => `${p.sheet} ${p.row}行目: 計画番号「${p.text}」を読めません（例: ①・④・⑤）。`,
    unreadable: (p) => `${p.file}: ${failureText(p.failure, p.failedSheet, null)}`,
    no_sheet: (p) => `${p.file}: シートがありません。`,
  },
  themes: {
    no_header: (p) => `${p.row}行目: 見出し行（テーマ / キーワード）が見つかりません。1行目に「テーマ」「キーワード」の見出しを入れてください。`,
    missing_theme_name: (p) => `${p.row}行目: テーマ名が空です。「テーマ」の列に名前を入れるか、行を削除してください。`,
    no_keywords: (p) => `${p.row}行目: テーマ「${p.theme}」にキーワードがありません。「キーワード」の列に語を入れてください（複数は「、」で区切ります）。`,
    duplicate_theme: (p) => `${p.row}行目: テーマ「${p.theme}」は${p.firstRow}行目にもあります。1行にまとめてください。`,
    duplicate_id: (p) => `${p.row}行目: ID「${p.id}」は${p.firstRow}行目にもあります。別のIDにしてください。`,
    bad_pattern: (p) => `${p.row}行目: テーマ「${p.theme}」のパターン「${p.pattern}」は正規表現として読めません。書き方を直すか、ふつうのキーワードにしてください。`,
    bad_mode: (p) => `${p.row}行目: モード「${p.value}」は使えません。「置換」か「追加」にしてください。`,
    conflicting_mode: (p) => `${p.row}行目: モードが${p.firstRow}行目と違います（${p.first === 'replace' ? '置換' : '追加'}と${p.value === 'replace' ? '置換' : '追加'}）。すべての行で同じにしてください。`,
    no_themes: () => 'テーマが1行もありません。見出し行の下に1行1テーマで書いてください。',
    invalid_table: () => 'テーマ表として使えません（テーマごとにキーワードかパターンが必要で、IDは重複できません）。',
    short_keyword: (p) => `${p.row}行目: テーマ「${p.theme}」のキーワード「${p.keyword}」は1文字のため、多くの文に当てはまるおそれがあります。`,
  },
  submission: {
    other_year: (p) => `${p.year}年度のシート（集約対象は${p.expected}年度）`,
    outside_years: (p) => `${fy(p.year)}のシート（集約対象は${span(p.from, p.to)}）`,
    earlier_year: (p) => `${fy(p.year)}のシート: 集約_経年で${fy(p.latest)}と並べて比較します`,
    duplicate: (p) => `重複提出: 新しい「${p.winnerFile} / ${p.winnerSheet}」を採用`,
    missing: () => '未提出',
    unexpected: () => '名簿にない提出',
    unreadable: (p) => failureText(p.failure, p.failedSheet, p.error),
    no_sheet: () => '状況把握表のシートがありません',
  },
  job: {
    no_status_sheet: () => 'このブックには部会状況把握表のシートが見つかりませんでした。提出されたファイルが正しいか確認してください。',
    sheet_not_found: (p) => `シート「${p.sheet}」が見つかりません`,
    write_failed: (p) =>
      `Excel へのシートの書き込みに失敗しました（${p.code}: ${p.detail}）。` +
      (p.restored
        ? '途中まで作成したシートは削除し、ブックは実行前の状態に戻しました。もう一度お試しください。'
        : '途中まで作成したシートは削除しましたが、前回の集約シートは既に削除されていました。もう一度実行すると集約シートが作り直されます。'),
    hidden_sheets: (p) => `非表示のシート ${p.sheets.map((n) => `「${n}」`).join('')} は、表示されている同じ計画のシートがあればそちらを使います。`,
  },
  rollover: {
    no_committee: () => '部会名が読み取れないため、翌年度のシートを作成できません。シートの表題に部会名を記入してください。',
    duplicate_plan_sheet: (p) => `同じ部会・WG・計画番号のシートが「${p.keptFile} / ${p.keptSheet}」にもあるため、そちらから作成します。`,
    missing_carried: (p) => `引き継げなかった項目: ${p.fields.map((f) => CARRIED_JA[f]).join('、')}（新年度のシートでは空欄です）`,
    several_years: (p) => `複数の年度（${p.years.map(fy).join('・')}）のシートがあります。すべて${fy(p.toYear)}のシートとして作成します。年度ごとに分けて作成する場合は、年度ごとにファイルを指定してください。`,
  },
  trend: {
    missing_years: (p) => `${p.missing.map(fy).join('・')}には同じ部会・WG・計画番号のシートがありません。`,
    plans_changed: (p) => `${fy(p.year)}は計画番号が ${p.plans.join('、')} です（番号の変更・統合・分割）。推測で対応付けず、別の行にしています。`,
    no_plan_numbers: () => '計画番号がないため、部会・WGだけで対応付けました。',
  },
} satisfies MessageTable;
