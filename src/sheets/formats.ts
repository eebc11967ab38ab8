/** Number formats the workbook uses (Sheets patterns). */
export const FORMATS = {
  date: 'yyyy-mm-dd',
  timestamp: 'yyyy-mm-dd hh:mm:ss',
  month: 'mmm yyyy',
  amount: '#,##0',
  ratio: '0.00',
  percent: '0.0%',
  whole: '0',
  /** Typed text stays text. Only for columns scripts never write user text into (see `general`). */
  text: '@',
  /**
   * Sheets' automatic format, for every column a script writes user text into: the text goes in with a
   * leading apostrophe, which forces text and is not part of the value (contracts 2.7); in '@' cells
   * whether the apostrophe is stored is unconfirmed (14.1).
   */
  general: 'General',
  /** For formula columns and checkboxes: numbers as whole numbers, text and booleans as they are. */
  plain: '0',
} as const;
