import { OfficeWriteError } from '../../src/hosts/office/office-workbook-host';
import { errorText } from '../../src/taskpane/error-text';

describe('an error a pane job caught', () => {
  it('words a failed Excel write in the pane’s language, keeping its Japanese message for logs', () => {
    const error = new OfficeWriteError('InvalidArgument', 'bad range', true);
    expect(error.message).toBe('Excel へのシートの書き込みに失敗しました（InvalidArgument: bad range）。途中まで作成したシートは削除し、ブックは実行前の状態に戻しました。もう一度お試しください。');
    expect(errorText(error, 'ja')).toBe(error.message);
    expect(errorText(error, 'en')).toBe('Excel could not write the sheets (InvalidArgument: bad range). The sheets it had begun were removed and the workbook is as it was before. Try again.');
    expect(errorText(new OfficeWriteError('GeneralException', 'x', false), 'en')).toMatch(/previous dashboard sheets had already been deleted/);
  });

  it('shows any other error by its message', () => {
    expect(errorText(new Error('network down'), 'en')).toBe('network down');
    expect(errorText('plain', 'ja')).toBe('plain');
  });
});

describe('an error from the preview host', () => {
  it('words a sheet that is not there in the pane’s language', async () => {
    const { XlsxWorkbookHost } = await import('../../src/hosts/xlsx/xlsx-host');
    const host = await XlsxWorkbookHost.create();
    const error: unknown = await host.select('集約_提出状況', 'A1').catch((e: unknown) => e);
    expect(errorText(error, 'en')).toBe('The sheet "集約_提出状況" is not in the workbook');
    expect(errorText(error, 'ja')).toBe('シート「集約_提出状況」が見つかりません');
  });
});
