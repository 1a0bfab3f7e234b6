/**
 * Renders seed content into a status-sheet form laid out one of the many ways committees lay theirs out:
 * offsets, a date line above the title, title or labelled identity cells, year writings, with or without
 * a 四半期 column, month labels merged across / down, 担当 / 開催日 between month and DO, 備考 / 達成率(％) at
 * the right, a hidden headerless column, one- or two-row headers, header spellings, DO / CHECK / ACTION
 * merged over two columns, summaries between the quarters or as a block at the bottom, rate writings.
 * The renderer records what it wrote where, so the expected reading is what was rendered, not what a
 * reader said. Used by the property tests (as grids) and the corpus builder (as workbooks by openpyxl / LibreOffice).
 */
import { toA1 } from '../../src/domain/cell-ref';
import { canonicalCommittee } from '../../src/domain/committee-names';
import type { FormContent } from './form-content';

export interface FormOptions {
  readonly top: number;
  readonly left: number;
  readonly aboveTitle: 'none' | 'submitted' | 'logo';
  readonly identity: 'title' | 'labelled' | 'inline';
  readonly wgBrackets: 'tight' | 'spaced' | 'fullwidth';
  readonly year: 0 | 1 | 2 | 3 | 4;
  readonly quarter: 'none' | 'each' | 'merged';
  readonly monthWidth: 1 | 2;
  readonly monthWriting: 'plain' | 'fullwidth' | 'spaced' | 'bun';
  readonly monthMerged: boolean;
  readonly before: null | '担当' | '開催日';
  /** false: the 担当 / 開催日 column has no header of its own (then the reader must doubt, not guess). */
  readonly beforeHeader?: boolean;
  readonly after: null | '備考' | '達成率(％)';
  readonly hiddenNotes: boolean;
  readonly header: 'one-row' | 'caption-row' | 'split-row';
  readonly spelling: 0 | 1 | 2 | 3;
  readonly entryWidth: 1 | 2;
  readonly summaries: 'inline' | 'bottom';
  /** 'below': 「達成率」 with the rate on the line below (the label merged over both lines). */
  readonly rate: 'percent-number' | 'text' | 'fullwidth-text' | 'in-label' | 'plain-number' | 'below';
  /** false: no 「改善(ACTION)」 header although the rows have three texts (the 相談部会 sheet). */
  readonly actionHeader?: boolean;
  /** The plan numbers share the plan text's cell: 「①・④・⑤ 目に見える…」. */
  readonly planInline?: boolean;
  /** The caption over DO:ACTION in a caption-row header: a known word or one the vocabulary does not list. */
  readonly caption?: '活動の記録' | '実施した内容とふりかえり';
  /** The first row holding an entry is hidden (read as its values, and reported). */
  readonly hiddenRow?: boolean;
  /** Summary labels as typed, or scrambled by a vertical merge (「総 上 半 期 評 価」, 「下半 期 総 評」, 「総年評度」). */
  readonly summaryLabels?: 'plain' | 'scrambled';
  /** The DO / CHECK / ACTION headers stand this many columns off their texts (a column inserted below the header only). */
  readonly headerShift?: -1 | 0 | 1;
}

/** One written cell: a text, or a number (shown as a percentage when `pct`). */
export interface FormCell {
  readonly r: number;
  readonly c: number;
  readonly v: string | number;
  readonly pct?: boolean;
}

export interface ExpectedEntry {
  readonly month: number;
  readonly kind: 'do' | 'check' | 'action';
  readonly text: string;
  readonly cell: string;
}

export interface ExpectedReading {
  readonly committee: string;
  readonly committeeCanonical: string;
  readonly workingGroup: string | null;
  readonly fiscalYear: number;
  readonly plans: readonly string[];
  readonly rates: readonly [number | null, number | null, number | null];
  readonly activeMonths: readonly number[];
  readonly entries: readonly ExpectedEntry[];
  /** Whether the reader must report a doubt (a hidden headerless column holding notes). */
  readonly doubt: boolean;
  /** Whether a hidden column holds text (the reader must say so). */
  readonly hiddenText: boolean;
}

export interface RenderedForm {
  readonly name: string;
  readonly cells: readonly FormCell[];
  /** Merged areas as A1 ranges. */
  readonly merges: readonly string[];
  readonly hiddenColumns: readonly number[];
  readonly hiddenRows: readonly number[];
  /** Column widths in characters, as a clerk sizes them (narrow labels, wide texts). */
  readonly widths: readonly number[];
  readonly expected: ExpectedReading;
}

const YEAR_WRITINGS: ReadonlyArray<(fy: number) => string> = [
  (fy) => `令和${fy - 2018}年度`,
  (fy) => `令和${toFullWidth(String(fy - 2018))}年度`,
  (fy) => `R${fy - 2018}年度`,
  (fy) => `${fy}年度`,
  (fy) => `${fy}（令和${fy - 2018}）年度`,
];

const SPELLINGS: ReadonlyArray<readonly [string, string, string]> = [
  ['実行実績(DO)', '評価(CHECK)', '改善(ACTION)'],
  ['実行実績（DO）', '評価（CHECK）', '改善（ACTION）'],
  ['実行実績 (DO)', '評価 (CHECK)', '改善 (ACTION)'],
  ['実行実績', '評価', '改善'],
];

const SUMMARY_LABELS = {
  plain: { firstHalf: '上半期 総評', secondHalf: '下半期 総評', annual: '年度 総評' },
  scrambled: { firstHalf: '総 上 半 期 評 価', secondHalf: '下半 期 総 評', annual: '総年評度' },
} as const;
const BLOCK_LABELS = { firstHalf: '上半期', secondHalf: '下半期', annual: '年度' } as const;

/** ASCII digits and % as their full-width forms (「８０％」). */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

function monthLabel(month: number, writing: FormOptions['monthWriting']): string {
  if (writing === 'fullwidth') return `${toFullWidth(String(month))}月`;
  if (writing === 'spaced') return `${month} 月`;
  if (writing === 'bun') return `${month}月分`;
  return `${month}月`;
}

/** Lays the content out by the options; the expected reading is what was written where. */
export function renderForm(content: FormContent, o: FormOptions, name = content.sheetName): RenderedForm {
  const cells: FormCell[] = [];
  const merges: string[] = [];
  const put = (r: number, c: number, v: string | number, pct = false): void => {
    cells.push(pct ? { r, c, v, pct } : { r, c, v });
  };
  const merge = (top: number, left: number, bottom: number, right: number): void => {
    if (bottom > top || right > left) merges.push(`${toA1(top, left)}:${toA1(bottom, right)}`);
  };
  // Columns, left to right: quarter, month (1–2 wide), hidden notes, before, DO, CHECK, ACTION, after.
  const L = o.left;
  let col = L;
  const quarterCol = o.quarter === 'none' ? null : col++;
  const monthCol = col;
  col += o.monthWidth;
  const hiddenCol = o.hiddenNotes ? col++ : null;
  const beforeCol = o.before ? col++ : null;
  const doCol = col;
  const checkCol = doCol + o.entryWidth;
  const actionCol = checkCol + o.entryWidth;
  const lastEntryCol = actionCol + o.entryWidth - 1;
  const afterCol = o.after ? lastEntryCol + 1 : null;
  const right = afterCol ?? lastEntryCol;
  const widths: number[] = Array.from({ length: right + 1 }, (_, c) => {
    if (c < L) return 3;
    if (c >= doCol && c <= lastEntryCol) return 40 / o.entryWidth;
    if (c === quarterCol) return 10;
    return c >= monthCol && c < monthCol + o.monthWidth ? 8 / o.monthWidth + 2 : 10;
  });

  let r = o.top;
  if (o.aboveTitle === 'submitted') put(r++, right - 1, '提出日：令和5年4月14日');
  if (o.aboveTitle === 'logo') {
    put(r, L, '伊賀市 障がい福祉課');
    put(r++, right, 'R5.1.30 作成');
  }
  const yearText = (YEAR_WRITINGS[o.year] ?? ((fy: number): string => `令和${fy - 2018}年度`))(content.fiscalYear);
  const wg = content.workingGroup;
  const bracket = (w: string): string => (o.wgBrackets === 'spaced' ? `【 ${w} 】` : o.wgBrackets === 'fullwidth' ? `［${w}］` : `【${w}】`);
  if (o.identity === 'title') {
    put(r, L, wg ? `${content.committee} ${bracket(wg)}` : content.committee);
    merge(r, L, r, right);
    r++;
    put(r, L, `${yearText} ${wg ? '部会WG状況把握表' : '部会状況把握表'}`);
    merge(r, L, r, right);
    r++;
  } else if (o.identity === 'inline') {
    // 「年度：令和4年度」 and its siblings, label and value in one cell.
    put(r, L, wg ? '部会WG状況把握表' : '部会状況把握表');
    merge(r, L, r, right);
    r++;
    put(r++, L, `年度：${yearText}`);
    put(r++, L, `部会名：${content.committee}`);
    if (wg) put(r++, L, `WG名：${wg}`);
  } else {
    put(r, L, wg ? '部会WG状況把握表' : '部会状況把握表');
    merge(r, L, r, right);
    r++;
    put(r, L, '年度');
    put(r++, L + 1, yearText);
    put(r, L, '部会名');
    put(r++, L + 1, content.committee);
    if (wg) {
      put(r, L, 'WG名');
      put(r++, L + 1, wg);
    }
  }
  put(r, L, '活動理念');
  put(r, L + 1, content.philosophy);
  merge(r, L + 1, r, right);
  r++;
  put(r, L, '活動目標');
  put(r, L + 1, content.goal);
  merge(r, L + 1, r, right);
  r++;
  if (content.plans.length > 0 && !o.planInline) put(r, L, content.plans.join('・'));
  put(r++, L + 1, '取り組み計画(PLAN)');
  put(r, L + 1, o.planInline && content.plans.length > 0 ? `${content.plans.join('・')} ${content.planText}` : content.planText);
  merge(r, L + 1, r, right);
  r++;

  // The header: one row, a caption row above (「活動の記録」 over DO:ACTION), or 「実行実績」 over 「(DO)」.
  const spelling: readonly [string, string, string] = SPELLINGS[o.spelling] ?? ['実行実績(DO)', '評価(CHECK)', '改善(ACTION)'];
  const twoRows = o.header !== 'one-row';
  const headerRow = o.header === 'caption-row' ? r + 1 : r;
  const sideHeader = (c: number | null, text: string, width = 1): void => {
    if (c === null) return;
    put(r, c, text);
    merge(r, c, twoRows ? r + 1 : r, c + width - 1);
  };
  sideHeader(quarterCol, '四半期');
  sideHeader(monthCol, '月', o.monthWidth);
  if (o.beforeHeader !== false) sideHeader(beforeCol, o.before ?? '');
  sideHeader(afterCol, o.after ?? '');
  if (o.header === 'caption-row') {
    put(r, doCol, o.caption ?? '活動の記録');
    merge(r, doCol, r, lastEntryCol);
  }
  [doCol, checkCol, actionCol].forEach((textCol, i) => {
    if (i === 2 && o.actionHeader === false) return;
    const c = textCol + (o.headerShift ?? 0);
    if (o.header === 'split-row') {
      put(r, c, ['実行実績', '評価', '改善'][i] as string);
      put(r + 1, c, ['(DO)', '(CHECK)', '(ACTION)'][i] as string);
      merge(r, c, r, c + o.entryWidth - 1);
      merge(r + 1, c, r + 1, c + o.entryWidth - 1);
    } else {
      put(headerRow, c, spelling[i] as string);
      merge(headerRow, c, headerRow, c + o.entryWidth - 1);
    }
  });
  r += twoRows ? 2 : 1;

  const entries: ExpectedEntry[] = [];
  const hiddenRows: number[] = [];
  const writeRate = (row: number, c: number, rate: number): void => {
    if (o.rate === 'percent-number') put(row, c, rate / 100, true);
    else if (o.rate === 'plain-number') put(row, c, rate);
    else if (o.rate === 'fullwidth-text') put(row, c, toFullWidth(`${rate}%`));
    else put(row, c, `${rate}%`);
  };
  const inlineSummary = (kind: 'firstHalf' | 'secondHalf' | 'annual'): void => {
    const rate = content.rates[kind];
    const comment = content.comments[kind];
    if (rate === null && comment === null) return;
    put(r, quarterCol ?? monthCol, SUMMARY_LABELS[o.summaryLabels ?? 'plain'][kind]);
    const below = o.rate === 'below' && !(afterCol !== null && o.after === '達成率(％)');
    if (!below) merge(r, quarterCol ?? monthCol, r, monthCol + o.monthWidth - 1);
    if (afterCol !== null && o.after === '達成率(％)') {
      // The rate in its own column at the right, under 「達成率(％)」.
      if (rate !== null) writeRate(r, afterCol, rate);
      if (comment !== null) put(r, doCol, comment);
    } else if (o.rate === 'below') {
      put(r, doCol, '達成率');
      merge(r, quarterCol ?? monthCol, r + 1, monthCol + o.monthWidth - 1);
      r++;
      if (rate !== null) writeRate(r, doCol, rate);
      if (comment !== null) put(r, checkCol, comment);
    } else if (o.rate === 'in-label') {
      put(r, doCol, rate === null ? '達成率' : `達成率 ${rate}%`);
      if (comment !== null) put(r, checkCol, comment);
    } else {
      put(r, doCol, '達成率');
      if (rate !== null) writeRate(r, checkCol, rate);
      if (comment !== null) put(r, actionCol, comment);
    }
    r++;
  };

  content.months.forEach((m, index) => {
    const height = Math.max(1, m.rows.length);
    if (quarterCol !== null && index % 3 === 0) {
      put(r, quarterCol, `第${index / 3 + 1}四半期`);
      if (o.quarter === 'merged') {
        const quarterRows = content.months.slice(index, index + 3).reduce((n, x) => n + Math.max(1, x.rows.length), 0);
        merge(r, quarterCol, r + quarterRows - 1, quarterCol);
      }
    }
    put(r, monthCol, monthLabel(m.month, o.monthWriting));
    merge(r, monthCol, o.monthMerged ? r + height - 1 : r, monthCol + o.monthWidth - 1);
    for (let i = 0; i < height; i++) {
      const row = m.rows[i];
      if (hiddenCol !== null && i === 0) put(r, hiddenCol, '旧様式メモ');
      if (row && beforeCol !== null && row.do !== null) put(r, beforeCol, o.before === '開催日' ? `${m.month}/${10 + i}` : '事務局');
      if (row && afterCol !== null && o.after === '備考' && row.check !== null) put(r, afterCol, '済');
      for (const [kind, c] of [['do', doCol], ['check', checkCol], ['action', actionCol]] as const) {
        const text = row?.[kind] ?? null;
        if (text === null) continue;
        put(r, c, text);
        merge(r, c, r, c + o.entryWidth - 1);
        entries.push({ month: m.month, kind, text, cell: toA1(r, c) });
        if (o.hiddenRow && hiddenRows.length === 0) hiddenRows.push(r);
      }
      r++;
    }
    // Summaries between the quarters would break a quarter label merged down: they follow 9月 only when inline.
    if (o.summaries === 'inline' && m.month === 9) inlineSummary('firstHalf');
  });
  if (o.summaries === 'inline') {
    inlineSummary('secondHalf');
    inlineSummary('annual');
  } else {
    put(r++, L, '総評');
    put(r, L, '区分');
    put(r, doCol, '達成率');
    put(r, checkCol, '総評');
    merge(r, checkCol, r, lastEntryCol);
    r++;
    for (const kind of ['firstHalf', 'secondHalf', 'annual'] as const) {
      const rate = content.rates[kind];
      const comment = content.comments[kind];
      if (rate === null && comment === null) continue;
      put(r, L, BLOCK_LABELS[kind]);
      if (rate !== null) writeRate(r, doCol, rate);
      if (comment !== null) put(r, checkCol, comment);
      merge(r, checkCol, r, lastEntryCol);
      r++;
    }
  }

  const withRate = (k: 'firstHalf' | 'secondHalf' | 'annual'): number | null => content.rates[k];
  return {
    name,
    cells,
    merges,
    hiddenColumns: hiddenCol === null ? [] : [hiddenCol],
    hiddenRows,
    widths,
    expected: {
      committee: content.committee,
      committeeCanonical: canonicalCommittee(content.committee),
      workingGroup: content.workingGroup,
      fiscalYear: content.fiscalYear,
      plans: content.plans,
      rates: [withRate('firstHalf'), withRate('secondHalf'), withRate('annual')],
      activeMonths: content.months.filter((m) => m.rows.some((x) => x.do !== null && x.do.trim() !== '')).map((m) => m.month),
      entries,
      doubt: o.hiddenNotes || (beforeCol !== null && o.beforeHeader === false && content.months.some((m) => m.rows.some((x) => x.do !== null))),
      hiddenText: o.hiddenNotes || hiddenRows.length > 0,
    },
  };
}
