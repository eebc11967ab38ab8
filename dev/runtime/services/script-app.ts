/**
 * ScriptApp: its enums, and installable time-driven triggers ([doc] reference/script/script-app,
 * trigger-builder, clock-trigger-builder, trigger; guides/triggers/installable). Triggers are kept in the
 * project state (project.ts) and fire on the virtual clock (Runtime.clock.advance). Only clock triggers
 * are modelled: `forSpreadsheet`, `after`, `at`, `atDate`, `onMonthDay` and `everyMinutes` throw
 * `not implemented`.
 */
import type { Core } from '../core';
import { isValidZone } from '../dates';
import { scheduleFor, type ClockRequest } from '../clock-schedule';
import { WEEK_DAYS, type TriggerSpec, type WeekDay } from '../project';
import { Service, checkArgs, fail } from './base';
import { Spreadsheet } from './spreadsheet';

export const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';

/** "Triggers: 20 / user / script" [doc] guides/quotas-and-limits. */
export const MAX_TRIGGERS_PER_USER = 20;

/**
 * [observed] an automation log quoting the failed create (a project's notes, found by code search), and the
 * same text in other projects' Apps Script fakes.
 */
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/** The hours the trigger editor offers for an hourly timer [inference: the API doc gives no list]. */
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

const enumOf = <const T extends readonly string[]>(names: T): Readonly<Record<T[number], T[number]>> =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Readonly<Record<T[number], T[number]>>;

function wholeNumber(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

export class Trigger extends Service {
  readonly _className = 'Trigger';
  constructor(
    core: Core,
    readonly _spec: TriggerSpec,
  ) {
    super(core);
  }
  getUniqueId(): string {
    return this._spec.uid;
  }
  getHandlerFunction(): string {
    return this._spec.handlerFunction;
  }
  getEventType(): string {
    return this._spec.eventType;
  }
  getTriggerSource(): string {
    return this._spec.triggerSource;
  }
  /** "For clock events this returns null." [doc] reference/script/trigger */
  getTriggerSourceId(): string | null {
    return null;
  }
}

export class ClockTriggerBuilder extends Service {
  readonly _className = 'ClockTriggerBuilder';
  private _every: { unit: 'hours' | 'days' | 'weeks'; n: number }[] = [];
  private _weekDay: WeekDay | null = null;
  private _hour: number | null = null;
  private _minute: number | null = null;
  private _timeZone: string | null = null;
  constructor(
    core: Core,
    readonly _handler: string,
  ) {
    super(core);
  }
  private _count(
    method: string,
    unit: 'hours' | 'days' | 'weeks',
    n: number,
    ok: (n: number) => boolean,
  ): this {
    checkArgs(`ScriptApp.ClockTriggerBuilder.${method}`, [n], ['number']);
    if (!ok(n)) fail(`Invalid argument: ${unit}`);
    this._every.push({ unit, n });
    return this;
  }
  everyHours(n: number): this {
    return this._count('everyHours', 'hours', n, (x) => EVERY_HOURS.includes(x));
  }
  everyDays(n: number): this {
    return this._count('everyDays', 'days', n, (x) => wholeNumber(x, 1, 1000));
  }
  everyWeeks(n: number): this {
    return this._count('everyWeeks', 'weeks', n, (x) => wholeNumber(x, 1, 1000));
  }
  onWeekDay(day: string): this {
    if (!WEEK_DAYS.includes(day as WeekDay)) {
      checkArgs('ScriptApp.ClockTriggerBuilder.onWeekDay', [day], ['Weekday']);
    }
    this._weekDay = day as WeekDay;
    return this;
  }
  atHour(hour: number): this {
    checkArgs('ScriptApp.ClockTriggerBuilder.atHour', [hour], ['number']);
    if (!wholeNumber(hour, 0, 23)) fail('Invalid argument: hour');
    this._hour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    checkArgs('ScriptApp.ClockTriggerBuilder.nearMinute', [minute], ['number']);
    if (!wholeNumber(minute, 0, 59)) fail('Invalid argument: minute');
    this._minute = minute;
    return this;
  }
  inTimezone(timezone: string): this {
    checkArgs('ScriptApp.ClockTriggerBuilder.inTimezone', [timezone], ['String']);
    // "An invalid timezone string causes the script to throw an error." [doc]; the text is the runtime's
    if (!isValidZone(timezone)) fail(`Invalid argument: timezone (${timezone})`);
    this._timeZone = timezone;
    return this;
  }
  /** The recurrence the builder was given; the refusals' wording is the runtime's [unconfirmed]. */
  private _request(): ClockRequest {
    const every =
      this._every.length === 0 && this._weekDay !== null ? [{ unit: 'weeks' as const, n: 1 }] : this._every;
    if (every.length === 0) {
      fail(
        'Clock trigger needs a recurrence: call everyHours(), everyDays(), everyWeeks() or onWeekDay() first.',
      );
    }
    if (every.length > 1)
      fail(
        'Clock trigger has more than one recurrence: keep one of everyHours(), everyDays(), everyWeeks().',
      );
    const { unit, n } = every[0] as (typeof every)[number];
    // "Frequency is required if you are using atHour() or nearMinute()" [doc] clock-trigger-builder#atHour
    if (unit === 'hours' && (this._hour !== null || this._minute !== null)) {
      fail('atHour() and nearMinute() need everyDays() or everyWeeks().');
    }
    if (unit !== 'weeks' && this._weekDay !== null)
      fail('onWeekDay() needs a weekly trigger (everyWeeks()).');
    return { every: unit, n, weekDay: this._weekDay, hour: this._hour, nearMinute: this._minute };
  }
  create(): Trigger {
    const core = this._core;
    const request = this._request();
    const owner = core.opts.effectiveUser;
    const project = core.project;
    if (project.triggers.filter((t) => t.owner === owner).length >= MAX_TRIGGERS_PER_USER)
      fail(TOO_MANY_TRIGGERS);
    const timeZone = this._timeZone ?? core.opts.scriptTimeZone;
    const spec: TriggerSpec = {
      uid: `4${String(project.nextTriggerSeq).padStart(18, '0')}`,
      handlerFunction: this._handler,
      owner,
      eventType: 'CLOCK',
      triggerSource: 'CLOCK',
      timeZone,
      createdAt: core.nowMs,
      schedule: scheduleFor(request, core.nowMs, timeZone),
    };
    project.nextTriggerSeq++;
    project.triggers.push(spec);
    return new Trigger(core, spec);
  }
}

export class TriggerBuilder extends Service {
  readonly _className = 'TriggerBuilder';
  constructor(
    core: Core,
    readonly _handler: string,
  ) {
    super(core);
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this._core, this._handler);
  }
}

export class ScriptApp extends Service {
  readonly _className = 'ScriptApp';
  readonly AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
  readonly AuthorizationStatus = enumOf(['REQUIRED', 'NOT_REQUIRED'] as const);
  readonly EventType = enumOf([
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  ] as const);
  readonly TriggerSource = enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
  readonly WeekDay = enumOf(WEEK_DAYS);
  getScriptId(): string {
    return 'local-script';
  }
  newTrigger(functionName: string): TriggerBuilder {
    this._core.requireScope('ScriptApp.newTrigger', SCRIPTAPP_SCOPE);
    checkArgs('ScriptApp.newTrigger', [functionName], ['String']);
    return new TriggerBuilder(this._core, functionName);
  }
  /** "all installable triggers associated with the current project and current user" [doc] */
  getProjectTriggers(): Trigger[] {
    this._core.requireScope('ScriptApp.getProjectTriggers', SCRIPTAPP_SCOPE);
    const user = this._core.opts.effectiveUser;
    return this._core.project.triggers.filter((t) => t.owner === user).map((t) => new Trigger(this._core, t));
  }
  /**
   * This user's triggers "in the given spreadsheet" [doc]: those whose source is the spreadsheet (open, edit,
   * change, form submit). A clock trigger's source is the clock, so it is never among them [inference: the
   * doc does not say; the add-on must find its time-driven trigger with getProjectTriggers()].
   */
  getUserTriggers(spreadsheet: Spreadsheet): Trigger[] {
    this._core.requireScope('ScriptApp.getUserTriggers', SCRIPTAPP_SCOPE);
    if (!(spreadsheet instanceof Spreadsheet)) {
      checkArgs('ScriptApp.getUserTriggers', [spreadsheet], ['Spreadsheet']);
    }
    // only clock triggers are modelled, and none of them has the spreadsheet as its source
    return [];
  }
  deleteTrigger(trigger: Trigger): void {
    this._core.requireScope('ScriptApp.deleteTrigger', SCRIPTAPP_SCOPE);
    if (!(trigger instanceof Trigger)) checkArgs('ScriptApp.deleteTrigger', [trigger], ['Trigger']);
    const project = this._core.project;
    const at = project.triggers.findIndex(
      (t) => t.uid === trigger._spec.uid && t.owner === this._core.opts.effectiveUser,
    );
    // the runtime's wording [unconfirmed]: deleting a trigger twice is an error rather than a silent no-op
    if (at < 0) fail(`No trigger with the id ${trigger._spec.uid}: it was deleted already.`);
    project.triggers.splice(at, 1);
  }
}
