/** Number formats the workbook uses (Sheets patterns). */
export const FORMATS = {
  date: 'yyyy-mm-dd',
  timestamp: 'yyyy-mm-dd hh:mm:ss',
  month: 'mmm yyyy',
  amount: '#,##0',
  ratio: '0.00',
  percent: '0.0%',
  whole: '0',
  text: '@',
  /** For formula columns and checkboxes: numbers as whole numbers, text and booleans as they are. */
  plain: '0',
} as const;
