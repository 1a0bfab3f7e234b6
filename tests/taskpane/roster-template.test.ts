/** The roster template a clerk downloads is read by the roster reader as it stands. */
import { readRosterFile } from '../../src/jobs/consolidate-files';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { rosterTemplateCsv, rosterTemplateName } from '../../src/taskpane/roster-template';

describe('the roster template', () => {
  it.each(['ja', 'en'] as const)('in %s reads back as three expected sheets without a problem', (locale) => {
    const bytes = new TextEncoder().encode(rosterTemplateCsv(locale));
    const { entries, problems } = readRosterFile({ name: rosterTemplateName(locale), bytes }, readXlsx);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { committee: '相談部会', workingGroup: null, plans: ['①', '②'] },
      { committee: 'くらし部会', workingGroup: 'ヘルパー人材育成WG', plans: ['②'] },
      { committee: '就労部会', workingGroup: '事業所連絡会WG', plans: ['①', '④', '⑤'] },
    ]);
  });

  it('starts with a BOM so that Japanese Excel opens it as UTF-8', () => {
    expect(rosterTemplateCsv('ja').startsWith('\uFEFF部会,WG,計画番号\r\n')).toBe(true);
  });
});
