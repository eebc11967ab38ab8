import { AXES, FLUENCY_NAMES, type Axis } from '../domain/fluency';
import { MAX_CADENCE_MONTHS, MAX_STEPS, MIN_CADENCE_MONTHS } from '../domain/ladder';
import type { ValidationSpec } from './spec';
import { MAX_LEVEL } from '../tables/ladder';
import { SHEET_NAMES, sheetRef } from '../tables/layout';

/** Data-validation rules shared by several sheets; each is built once per set-up. */
export const AXIS_VALIDATIONS = Object.fromEntries(
  AXES.map((axis) => {
    const names = FLUENCY_NAMES[axis];
    const rule: ValidationSpec = {
      kind: 'list',
      values: names,
      help: `Choose a ${axis} fluency from the list: ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}.`,
    };
    return [axis, rule];
  }),
) as Record<Axis, ValidationSpec>;

export const DATE_VALIDATION: ValidationSpec = {
  kind: 'date',
  help: 'Enter a date, e.g. 2025-03-31.',
};

export const AMOUNT_VALIDATION: ValidationSpec = {
  kind: 'numberBetween',
  min: 1,
  max: 100_000_000,
  help: 'Enter an amount above 0, without a currency sign (e.g. 85000).',
};

export const PERCENT_VALIDATION: ValidationSpec = {
  kind: 'numberBetween',
  min: 0,
  max: 1,
  help: 'Enter a percentage from 0% to 100% (e.g. 4%).',
};

export const EMAIL_VALIDATION: ValidationSpec = {
  kind: 'email',
  help: 'Enter an email address, e.g. ana.souza@example.com (or leave it empty).',
};

export const ENGINEER_VALIDATION: ValidationSpec = {
  kind: 'listFromRange',
  a1: sheetRef(SHEET_NAMES.team, 'A2:A'),
  help: 'Choose an engineer listed in the Name column of the Team sheet.',
};

export const POSITION_VALIDATION: ValidationSpec = {
  kind: 'listFromRange',
  a1: sheetRef(SHEET_NAMES.ladder, 'A2:A'),
  help: 'Choose a position listed on the Ladder sheet (e.g. D3 or EM4).',
};

export const LEVEL_VALIDATION: ValidationSpec = {
  kind: 'numberBetween',
  min: 1,
  max: MAX_LEVEL,
  help: `Enter the level as a whole number from 1 to ${MAX_LEVEL}.`,
};

export const STEPS_VALIDATION: ValidationSpec = {
  kind: 'numberBetween',
  min: 1,
  max: MAX_STEPS,
  help: `Enter how many steps the level has: a whole number from 1 to ${MAX_STEPS}.`,
};

export const CADENCE_VALIDATION: ValidationSpec = {
  kind: 'numberBetween',
  min: MIN_CADENCE_MONTHS,
  max: MAX_CADENCE_MONTHS,
  help: `Enter the months between reviews: a whole number from ${MIN_CADENCE_MONTHS} to ${MAX_CADENCE_MONTHS}.`,
};

export const CHECKBOX_VALIDATION: ValidationSpec = {
  kind: 'checkbox',
  help: 'Tick the box (or type TRUE / FALSE).',
};
