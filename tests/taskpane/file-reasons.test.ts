/**
 * Every reason the pane shows for a file or a roster comes from its locale tables: the jobs hand over a
 * code beside the Japanese text, and both tables word every code the hostile files produce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles } from '../../src/jobs/consolidate-files';
import { failureText } from '../../src/taskpane/components/FileList';
import { rosterProblemText } from '../../src/taskpane/components/ConsolidateResult';
import { en } from '../../src/taskpane/strings/en';
import { ja } from '../../src/taskpane/strings/ja';
import { HOSTILE_DIR } from '../hostile/build-hostile-fixtures';

const OPTIONS = { asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja' as const, generatedAt: '2023-05-01T00:00:00Z' };
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('the reasons the pane gives', () => {
  it('words every failing hostile file in both languages from its code, English without Japanese', async () => {
    const files = readdirSync(HOSTILE_DIR).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(HOSTILE_DIR, name))) }));
    const result = await consolidateFiles(files, { ...OPTIONS, roster: null }, readXlsx);
    const failed = result.files.filter((f) => f.state !== 'read');
    expect(failed.length).toBeGreaterThan(5);
    for (const f of failed) {
      expect(f.outcome).not.toBeNull();
      expect(failureText(f, en)).not.toMatch(JAPANESE);
      // In Japanese the pane shows the text the CLI and the dashboard show: the reader's own message.
      const read = readXlsx(new Uint8Array(readFileSync(join(HOSTILE_DIR, f.file))));
      if (!read.ok) expect(failureText(f, ja)).toBe(read.failure.message);
      else expect(failureText(f, ja)).toBe('このブックには部会状況把握表のシートが見つかりませんでした。提出されたファイルが正しいか確認してください。');
    }
  });

  it('words roster problems from their codes, in both languages', async () => {
    const roster = new TextEncoder().encode('部会,WG,計画番号\r\n相談部会,,計画A\r\n');
    const result = await consolidateFiles([], { ...OPTIONS, roster: { name: 'roster.csv', bytes: roster } }, readXlsx);
    expect(result.rosterProblems).toEqual([{ kind: 'roster', code: 'bad_plans', params: { sheet: 'roster.csv', row: 2, text: '計画A' } }]);
    const [problem] = result.rosterProblems;
    if (!problem) throw new Error('no roster problem');
    expect(rosterProblemText(problem, ja)).toBe('roster.csv 2行目: 計画番号「計画A」を読めません（例: ①・④・⑤）。');
    expect(rosterProblemText(problem, en)).toBe('roster.csv row 2: cannot read the plan numbers "計画A" (e.g. ①・④・⑤).');
    const headless = await consolidateFiles([], { ...OPTIONS, roster: { name: 'roster.csv', bytes: new TextEncoder().encode('a,b\r\n1,2\r\n') } }, readXlsx);
    expect(headless.rosterProblems.map((d) => d.code)).toEqual(['no_header']);
    const [headerless] = headless.rosterProblems;
    if (!headerless) throw new Error('no roster problem');
    expect(rosterProblemText(headerless, ja)).toBe('roster.csv: 見出し行（部会 / WG / 計画番号）が見つかりません。1行目に「部会」「WG」「計画番号」の見出しを入れてください。');
    expect(rosterProblemText(headerless, en)).not.toMatch(JAPANESE);
  });
});
