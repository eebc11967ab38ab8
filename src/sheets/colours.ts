/** The workbook's status colours (Sheets' light palette), shared by every conditional format. */
export const COLOURS = {
  red: { background: '#f4c7c3', fontColor: '#a50e0e' },
  amber: { background: '#fce8b2', fontColor: '#7f4f00' },
  green: { background: '#b7e1cd', fontColor: '#0d652d' },
  blue: { background: '#c9daf8', fontColor: '#174ea6' },
  highlight: { background: '#fff2cc' },
  muted: { background: '#f3f3f3', fontColor: '#999999' },
} as const;

export const GRADIENT = { min: '#ffffff', max: '#57bb8a' } as const;
