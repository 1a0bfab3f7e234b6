/**
 * A stand-in of the size of the one-page overview (集約_概要) another branch adds: who submitted, the plans
 * behind the threshold, the top themes with a representative text, a rate per plan for the charts, and
 * three native charts (rates per plan with the threshold, per committee, theme counts). Built from a real
 * dashboard model with the real table renderer, so the Office write budget can be checked with it in.
 */
import type { Dashboard } from '../../src/consolidate/dashboard';
import { renderTableSheet } from '../../src/consolidate/table-sheet';
import type { ChartSpec, SheetSpec } from '../../src/domain/sheet-spec';

const group = (r: { committee: string; workingGroup: string | null }): string => (r.workingGroup ? `${r.committee} ${r.workingGroup}` : r.committee);

/** The overview-sized sheet of `d`, named 集約_概要. */
export function overviewLikeSheet(d: Dashboard): SheetSpec {
  const committees = [...new Set(d.rates.map((r) => r.committee))];
  const missing = d.submissions.filter((s) => s.status !== 'submitted');
  const behind = d.rates.filter((r) => r.flagged);
  const top = d.themes.summary.slice(0, 9).map((t) => ({ theme: t.theme, count: t.count, text: d.comments.find((c) => c.text.length > 0 && t.entries.some((e) => e.cell === c.cell && e.sheet === c.sheet && e.file === c.file))?.text ?? '' }));
  const spec = renderTableSheet('集約_概要', '令和4年度 部会状況把握表 集約 概要', `作成 ${d.generatedAt} ／ 集計 ${d.rates.length} シート`, [
    {
      caption: '提出状況',
      tableName: 'BukaiOverviewSubmissions',
      columns: [{ header: '提出', width: 10, kind: 'count' }, { header: '未提出', width: 10, kind: 'count' }, { header: '未提出の部会・WG', width: 60, kind: 'wrap' }],
      rows: [[d.submissions.length - missing.length, missing.length, missing.map((s) => `${group(s)} ${s.plans}`).join('、')]],
    },
    { caption: '目安に届かない計画', tableName: 'BukaiOverviewBehind', columns: [{ header: '部会・WG', width: 24, kind: 'wrap' }, { header: '計画', width: 10, kind: 'center' }, { header: '年間', width: 10, kind: 'rate' }], rows: behind.map((r) => [group(r), r.plans.join('・'), r.annual]) },
    { caption: '主な課題', tableName: 'BukaiOverviewThemes', columns: [{ header: 'テーマ', width: 24, kind: 'wrap' }, { header: '件数', width: 10, kind: 'count' }, { header: '代表的な記述', width: 60, kind: 'wrap' }], rows: top.map((t) => [t.theme, t.count, t.text]) },
    {
      caption: 'グラフのデータ',
      tableName: 'BukaiOverviewRates',
      columns: [{ header: '計画', width: 24, kind: 'text' }, { header: '上期', width: 10, kind: 'rate' }, { header: '下期', width: 10, kind: 'rate' }, { header: '年間', width: 10, kind: 'rate' }, { header: '目安', width: 10, kind: 'rate' }],
      rows: d.rates.map((r) => [`${group(r)} ${r.plans.join('・')}`, r.firstHalf, r.secondHalf, r.annual, d.threshold]),
    },
  ]);
  const dataTop = spec.tables[3]?.range.top ?? 0;
  const column = (col: number, rows = d.rates.length) => ({ range: { top: dataTop + 1, left: col, bottom: dataTop + Math.max(1, rows), right: col } });
  const charts: ChartSpec[] = [
    {
      type: 'bar',
      title: '計画別の達成率',
      anchor: { top: 3, left: 6, bottom: 22, right: 14 },
      categories: column(0),
      series: [1, 2, 3].map((col, i) => ({ name: ['上期', '下期', '年間'][i] ?? '', values: column(col) })),
      valueAxis: { min: 0, max: 100, numberFormat: '0"%"' },
      threshold: { label: `目安 ${d.threshold}%`, values: column(4) },
    },
    { type: 'bar', direction: 'bar', title: '部会別の達成率', anchor: { top: 23, left: 6, bottom: 38, right: 14 }, categories: column(0, committees.length), series: [{ name: '年間', values: column(3, committees.length) }] },
    { type: 'bar', direction: 'bar', title: 'テーマ別の件数', anchor: { top: 39, left: 6, bottom: 54, right: 14 }, categories: column(0, top.length), series: [{ name: '件数', values: column(1, top.length) }], showLegend: false },
  ];
  return { ...spec, charts };
}
