import { explainProtectedEdit, PROTECTED_EDIT_MESSAGE } from '../../src/server/promotions/protectedEdit';

/** Apps Script's text for a write to a protected range by someone who is not one of its editors. */
const APPS_SCRIPT_ERROR =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

describe('A recording refused by a sheet protection', () => {
  test('is reported with what the owner must do', () => {
    const explained = explainProtectedEdit(new Error(APPS_SCRIPT_ERROR)) as Error;
    expect(explained.message).toBe(PROTECTED_EDIT_MESSAGE);
    expect(explained.message).toContain('Data ▸ Protect sheets and ranges');
    expect(explained.message).toContain('Promotion Log and Team protections');
  });

  test('is recognised when Apps Script prefixes the text with "Exception:"', () => {
    const explained = explainProtectedEdit({ name: 'Exception', message: `Exception: ${APPS_SCRIPT_ERROR}` });
    expect((explained as Error).message).toBe(PROTECTED_EDIT_MESSAGE);
  });

  test('leaves any other error as it was', () => {
    const other = new Error('Team row 7 does not exist. Reload the team list.');
    expect(explainProtectedEdit(other)).toBe(other);
    expect(explainProtectedEdit('plain text')).toBe('plain text');
  });
});
