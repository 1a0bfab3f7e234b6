/** Entry: inside Excel the pane works on the open workbook; in a plain browser on an in-memory one. */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { OfficeLoadError } from './OfficeLoadError';
import { officeScriptUrl, whenOfficeReady } from './office-load-guard';
import { createBrowserServices, createExcelServices } from './pane-services';

const root = createRoot(document.getElementById('root') as HTMLElement);

// Office.onReady resolves with host null outside Office: that is the switch to the browser preview.
whenOfficeReady(
  20_000,
  (host) => {
    const services = host === Office.HostType.Excel ? createExcelServices() : createBrowserServices();
    root.render(<App services={services} />);
  },
  (failure) => root.render(<OfficeLoadError failure={failure} scriptUrl={officeScriptUrl(document)} />),
);
