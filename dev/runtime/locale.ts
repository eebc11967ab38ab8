/**
 * What the spreadsheet's locale (File ▸ Settings, getSpreadsheetLocale) changes in the runtime: how typed
 * text and strings written by scripts are read as numbers and dates (contracts 2.6, 12.2), and the
 * separators and default date format of displayed values. Three locales are modelled; any other reads and
 * displays as en_US (a gap, not a guess).
 *
 * Sources: day-first input in a United Kingdom spreadsheet (25/12/2012 and 25-12-2012 are 25 December,
 * 2012-12-25 too) [observed] burnash/gspread#18; comma-decimal locales write 2,50 [observed] benlcollins.com
 * "Google Sheets location"; that the other reading of an ambiguous date is never tried (13/02/2026 stays
 * text in en_US), de_DE's `.` date separator and the default formats below [inference].
 */
export interface LocaleRules {
  /** the order of day, month and year in a numeric date */
  readonly dateOrder: 'MDY' | 'DMY';
  /** characters that may separate the parts of a numeric date (ISO yyyy-mm-dd is read in every locale) */
  readonly dateSeparators: string;
  readonly decimal: '.' | ',';
  readonly group: ',' | '.';
  /** the format a typed or written date gets when its cell has none */
  readonly dateFormat: string;
  readonly dateTimeFormat: string;
  /** "31 Jan 2024", "Jan 31, 2024" */
  readonly englishMonthNames: boolean;
  /** a leading currency symbol read as a number with a currency format, e.g. $2.99 */
  readonly currency: { readonly symbol: string; readonly format: string } | null;
}

const EN_US: LocaleRules = {
  dateOrder: 'MDY',
  dateSeparators: '/',
  decimal: '.',
  group: ',',
  dateFormat: 'M/d/yyyy',
  dateTimeFormat: 'M/d/yyyy H:mm:ss',
  englishMonthNames: true,
  currency: { symbol: '$', format: '$#,##0.00' },
};

const RULES: Readonly<Record<string, LocaleRules>> = {
  en_US: EN_US,
  en_GB: {
    ...EN_US,
    dateOrder: 'DMY',
    dateSeparators: '/-',
    dateFormat: 'dd/MM/yyyy',
    dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
    currency: null,
  },
  de_DE: {
    dateOrder: 'DMY',
    dateSeparators: '.',
    decimal: ',',
    group: '.',
    dateFormat: 'dd.MM.yyyy',
    dateTimeFormat: 'dd.MM.yyyy HH:mm:ss',
    englishMonthNames: false,
    currency: null,
  },
};

/** The locales whose input and display the runtime models. */
export const MODELLED_LOCALES: readonly string[] = Object.keys(RULES);

export function localeRules(locale: string | undefined): LocaleRules {
  return (locale !== undefined && RULES[locale]) || EN_US;
}
