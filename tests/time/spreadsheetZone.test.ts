import { spreadsheetTimeZone } from '../../src/time/spreadsheetZone';
import { stubAppsScript } from '../support/appsScriptGlobals';

describe('the spreadsheet time zone', () => {
  test('is the active spreadsheet’s zone, not the script’s', () => {
    stubAppsScript({ spreadsheetTimeZone: 'Pacific/Pago_Pago', scriptTimeZone: 'Pacific/Kiritimati' });
    expect(spreadsheetTimeZone()).toBe('Pacific/Pago_Pago');
  });

  test('is the script’s zone when no spreadsheet is active', () => {
    stubAppsScript({ spreadsheetTimeZone: null, scriptTimeZone: 'Australia/Lord_Howe' });
    expect(spreadsheetTimeZone()).toBe('Australia/Lord_Howe');
  });

  test('falls back to UTC when the zone is not one Intl knows', () => {
    stubAppsScript({ spreadsheetTimeZone: 'Mars/Olympus_Mons' });
    expect(spreadsheetTimeZone()).toBe('Etc/UTC');
  });
});
