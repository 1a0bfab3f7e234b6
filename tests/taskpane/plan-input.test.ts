/** The plan numbers of 作成: each number on one sheet only, the repeat named. */
import { readPlanInput } from '../../src/taskpane/plan-input';

describe('reading the plan numbers of 作成', () => {
  it('splits sheets at commas and joins numbers with ・', () => {
    expect(readPlanInput('①・④・⑤,②・③')).toEqual({ ok: true, planSheets: [['①', '④', '⑤'], ['②', '③']] });
    expect(readPlanInput('1,2')).toEqual({ ok: true, planSheets: [['①'], ['②']] });
  });

  it('refuses a number given twice, across sheets or on one sheet, and names it', () => {
    expect(readPlanInput('①,①')).toEqual({ ok: false, problem: 'duplicate', plan: '①' });
    expect(readPlanInput('②・②')).toEqual({ ok: false, problem: 'duplicate', plan: '②' });
    expect(readPlanInput('①③,③')).toEqual({ ok: false, problem: 'duplicate', plan: '③' });
    expect(readPlanInput('1,①')).toEqual({ ok: false, problem: 'duplicate', plan: '①' });
  });

  it('refuses what is not plan numbers', () => {
    expect(readPlanInput('')).toEqual({ ok: false, problem: 'invalid' });
    expect(readPlanInput('①,')).toEqual({ ok: false, problem: 'invalid' });
    expect(readPlanInput('計画A')).toEqual({ ok: false, problem: 'invalid' });
  });
});
