import { PROTECTED_EDIT_MESSAGE } from '../../src/server/promotions/protectedEdit';
import { Refused, refusalOf } from '../../src/server/refusal';
import { TableError } from '../../src/tables/reader';

/** Apps Script's text for a write to a protected range by someone who is not one of its editors. */
const APPS_SCRIPT_ERROR =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

describe('A recording refused by a sheet protection', () => {
  test('is a "protected" refusal saying what the owner must do', () => {
    expect(refusalOf(new Error(APPS_SCRIPT_ERROR))).toEqual({
      outcome: 'protected',
      message: PROTECTED_EDIT_MESSAGE,
    });
    expect(PROTECTED_EDIT_MESSAGE).toContain('Data ▸ Protect sheets and ranges');
    expect(PROTECTED_EDIT_MESSAGE).toContain('Promotion Log and Team protections');
  });

  test('is recognised when Apps Script prefixes the text with "Exception:"', () => {
    expect(refusalOf({ name: 'Exception', message: `Exception: ${APPS_SCRIPT_ERROR}` })?.outcome).toBe(
      'protected',
    );
  });
});

describe('Errors at the sidebar boundary', () => {
  test('a refusal keeps its code and message', () => {
    expect(refusalOf(new Refused('not-set-up', 'Run Set up workbook.'))).toEqual({
      outcome: 'not-set-up',
      message: 'Run Set up workbook.',
    });
  });

  test('a table that cannot be read is "unreadable"', () => {
    expect(refusalOf(new TableError('Team row 4 (Ada): step is empty'))?.outcome).toBe('unreadable');
  });

  test('any other error is a fault, not a refusal', () => {
    expect(refusalOf(new Error('Team row 7 does not exist.'))).toBeUndefined();
    expect(refusalOf('plain text')).toBeUndefined();
  });
});
