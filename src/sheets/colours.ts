/** The workbook's status colours (Sheets' light palette), shared by every conditional format. */
export const COLOURS = {
  red: { background: '#f4c7c3' },
  amber: { background: '#fce8b2' },
  green: { background: '#b7e1cd' },
  blue: { background: '#c9daf8' },
  highlight: { background: '#fff2cc' },
} as const;

export const GRADIENT = { min: '#ffffff', max: '#57bb8a' } as const;
