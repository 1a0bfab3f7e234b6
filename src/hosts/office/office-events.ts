/** The two workbook facts the pane needs besides the host: the active sheet, and edits to react to. */

/** The name of the worksheet the user is on. */
export async function activeSheetName(): Promise<string | null> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    await context.sync();
    return sheet.name;
  });
}

/** Calls `handler` after any worksheet changes (ExcelApi 1.9); returns a function that unsubscribes. */
export async function onWorkbookChanged(handler: () => void): Promise<() => Promise<void>> {
  const registration = await Excel.run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(() => {
      handler();
      return Promise.resolve();
    });
    await context.sync();
    return result;
  });
  return () =>
    Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
}
