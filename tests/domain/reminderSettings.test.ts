import {
  DEFAULT_REMINDER_SETTINGS,
  describeSchedule,
  reminderSettingsSchema,
} from '../../src/domain/reminderSettings';

const messages = (input: unknown) => {
  const parsed = reminderSettingsSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe('the review reminders’ settings', () => {
  test('are off by default, on Mondays at 08:00, looking 30 days ahead', () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({
      enabled: false,
      weekday: 'MONDAY',
      hour: 8,
      daysAhead: 30,
    });
    expect(describeSchedule(DEFAULT_REMINDER_SETTINGS)).toBe('Mondays at 08:00');
  });

  test('accept every weekday, hours 0–23 and 1–365 days ahead', () => {
    expect(messages({ enabled: true, weekday: 'SUNDAY', hour: 0, daysAhead: 1 })).toEqual([]);
    expect(messages({ enabled: true, weekday: 'FRIDAY', hour: 23, daysAhead: 365 })).toEqual([]);
  });

  test('refuse a weekday, hour or window out of range, saying what is accepted', () => {
    expect(messages({ enabled: true, weekday: 'Funday', hour: 24, daysAhead: 0 })).toEqual([
      'weekday "Funday" is not a day of the week (accepted: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)',
      'hour 24 is not accepted (accepted: a whole number 0–23)',
      'days ahead 0 is not accepted (accepted: a whole number 1–365)',
    ]);
    expect(messages({ enabled: true, weekday: 'MONDAY', hour: 7.5, daysAhead: 366 })).toEqual([
      'hour 7.5 is not accepted (accepted: a whole number 0–23)',
      'days ahead 366 is not accepted (accepted: a whole number 1–365)',
    ]);
  });

  test('refuse values of the wrong type, saying what is accepted', () => {
    expect(messages({ enabled: 'yes', weekday: 'MONDAY', hour: '8', daysAhead: 30 })).toEqual([
      'on/off "yes" must be true or false',
      'hour "8" is not a number (accepted: a whole number 0–23)',
    ]);
  });

  test('quote a long refused value cut short', () => {
    expect(messages({ enabled: true, weekday: 'X'.repeat(10_000), hour: 8, daysAhead: 30 })).toEqual([
      `weekday "${'X'.repeat(38)}… is not a day of the week (accepted: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)`,
    ]);
  });
});
