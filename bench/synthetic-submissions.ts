/**
 * Seeded synthetic submissions that look like real ones: 10 plan sheets per workbook in the legacy layout
 * of the FY2022 fixtures — merged quarter and month labels, several rows in some months, multi-line
 * Japanese DO / CHECK / ACTION texts in most months, rates as text or as 0% numbers.
 */
import ExcelJS from 'exceljs';
import { FISCAL_MONTHS } from '../src/domain/fiscal-calendar';
import { toCircled } from '../src/domain/plan-number';

const COMMITTEES = ['相談部会', 'くらし部会', '就労部会', 'こども部会', '権利擁護部会'];
const WGS = ['雇用啓発WG', '事業所連絡会WG', 'ヘルパー人材育成WG', '精神障がい地域包括ケアシステムWG', '医療的ケア児WG'];
const PHRASES = [
  '第{n}回WG ・WG長、副WG長の選任 ・今年度活動計画について目標設定、方向性の協議',
  'モデルケースの状況及び経過について意見交換を行った。賃貸業者側の意見を聞きたいとの意見あり。',
  '事業所別サービス利用者数一覧により高齢の介護者が倒れたときの支援方法が少ないことを確認できた。',
  '企業訪問カードにより障がい者の職務内容、雇用ニーズ、雇用における課題等の聞き取りを行った。',
  'マルシェ売上:369,360円 販売者数:500人以上 2日に分けて開催したことで集客状況など異なりが生じた。',
  '次回会議以降、賃貸業者からの意見聴取の方法等について検討を行う。',
  '研修のシミュレーションをオンラインで行い、当日滞りなく研修を実施することができた。',
  '相談支援専門員と介護支援専門員との連携を深め、支援を継続する。',
];

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same files. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function text(rand: () => number, month: number, lines: number): string {
  return Array.from({ length: lines }, (_, i) => {
    const phrase = PHRASES[Math.floor(rand() * PHRASES.length)] ?? '';
    return `${i === 0 ? `${month}/${1 + Math.floor(rand() * 28)} ` : '・'}${phrase.replace('{n}', String(i + 1))}`;
  }).join('\n');
}

function addPlanSheet(wb: ExcelJS.Workbook, rand: () => number, committee: string, wg: string, plan: string): void {
  const ws = wb.addWorksheet(plan);
  ws.columns = [{ width: 9 }, { width: 9 }, { width: 42 }, { width: 42 }, { width: 42 }];
  const rows: Array<Array<string | number | null>> = [
    [`${committee} 【${wg}】`],
    ['令和4年度 部会WG状況把握表'],
    ['活動理念', '各関係機関の連携により、サービスの質・量の向上の取り組みを行う。'],
    ['活動目標', '事業所間の相互援助体制の構築'],
    [plan, '取り組み計画(PLAN)'],
    [null, `・${PHRASES[Math.floor(rand() * PHRASES.length)] ?? ''}`],
    [null, null, '実行実績(DO)', '評価(CHECK)', '改善(ACTION)'],
  ];
  // [top, left, bottom, right], 1-based like ExcelJS.
  const merges: Array<[number, number, number, number]> = [[1, 1, 1, 5], [2, 1, 2, 5], [3, 2, 3, 5], [4, 2, 4, 5]];
  const rate = (): string | number => (rand() < 0.5 ? `達成率 ${10 * Math.ceil(rand() * 10)}%` : Math.ceil(rand() * 10) / 10);
  let quarterTop = 0;
  FISCAL_MONTHS.forEach((month, i) => {
    if (i % 3 === 0) quarterTop = rows.length + 1;
    const monthTop = rows.length + 1;
    const entries = rand() < 0.2 ? 2 + Math.floor(rand() * 2) : 1;
    const active = rand() < 0.75;
    for (let e = 0; e < entries; e++) {
      rows.push([
        e === 0 && i % 3 === 0 ? `第${i / 3 + 1} 四半期` : null,
        e === 0 ? `${month}月` : null,
        active ? text(rand, month, 1 + Math.floor(rand() * 3)) : null,
        active ? text(rand, month, 1 + Math.floor(rand() * 2)) : null,
        active && rand() < 0.6 ? text(rand, month, 1) : null,
      ]);
    }
    if (entries > 1) merges.push([monthTop, 2, rows.length, 2]);
    if (i % 3 === 2) merges.push([quarterTop, 1, rows.length, 1]);
    if (month === 9 || month === 3) {
      rows.push([month === 9 ? '総評 上半期' : '総評 下半期', rate(), null, text(rand, month, 1)]);
      if (month === 3) rows.push(['総年 評度', rate(), null, text(rand, month, 1)]);
    }
  });
  rows.forEach((values, r) =>
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = '0%';
      cell.alignment = { wrapText: true, vertical: 'top' };
    }),
  );
  for (const [top, left, bottom, right] of merges) ws.mergeCells(top, left, bottom, right);
}

/** `count` workbooks of 10 plan sheets each, as .xlsx bytes. */
export async function syntheticWorkbooks(count: number, seed = 2022): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  const rand = prng(seed);
  const out: Array<{ name: string; bytes: Uint8Array }> = [];
  for (let i = 0; i < count; i++) {
    const committee = COMMITTEES[i % COMMITTEES.length] ?? '相談部会';
    const wg = `${WGS[Math.floor(i / COMMITTEES.length) % WGS.length] ?? 'WG'}${i >= 25 ? i : ''}`.replace(/WG(\d+)$/, '$1WG');
    const wb = new ExcelJS.Workbook();
    for (let p = 1; p <= 10; p++) addPlanSheet(wb, rand, committee, wg, toCircled(p) ?? '①');
    out.push({ name: `${committee}_${wg}.xlsx`, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
  }
  return out;
}
