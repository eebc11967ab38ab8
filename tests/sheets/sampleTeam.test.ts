import { dueStatus, nextReview } from '../../src/domain/cadence';
import type { CalendarDate } from '../../src/domain/dates';
import { AXES, fluencyLevelOf } from '../../src/domain/fluency';
import { DEFAULT_LADDER, findPosition, isTechnologyLead, type Position } from '../../src/domain/ladder';
import { sampleTeam } from '../../src/sheets/sampleTeam';

const TODAYS: CalendarDate[] = [
  { year: 2025, month: 1, day: 15 },
  { year: 2024, month: 2, day: 29 },
  { year: 2026, month: 8, day: 31 },
  { year: 2027, month: 12, day: 31 },
];

describe.each(TODAYS.map((today) => [`${today.year}-${today.month}-${today.day}`, today] as const))(
  'The sample team on %s',
  (_, today) => {
    const { engineers, assessments } = sampleTeam(today);
    const position = (code: string) => findPosition(DEFAULT_LADDER, code) as Position;
    const statuses = engineers.flatMap((e) => [
      dueStatus(nextReview(position(e.position), e.lastStepReview, 'step'), today),
      dueStatus(nextReview(position(e.position), e.lastLevelReview, 'level'), today),
    ]);

    test('has about a dozen engineers on positions of the ladder, at valid steps', () => {
      expect(engineers.length).toBeGreaterThanOrEqual(10);
      expect(engineers.length).toBeLessThanOrEqual(16);
      for (const engineer of engineers) {
        expect(engineer.step).toBeLessThanOrEqual(position(engineer.position).steps);
      }
    });

    test('covers D1–D7 and EM4–EM7', () => {
      expect(new Set(engineers.map((e) => e.position))).toEqual(
        new Set(DEFAULT_LADDER.positions.map((p) => p.code)),
      );
    });

    test('has reviews overdue, due within 30 days and later', () => {
      expect(statuses).toContain('overdue');
      expect(statuses).toContain('due-soon');
      expect(statuses).toContain('later');
    });

    test('has a Technology Lead', () => {
      expect(engineers.some((e) => isTechnologyLead(position(e.position), e.techLead))).toBe(true);
    });

    test('dates no review after today', () => {
      const day = (date: CalendarDate) => Date.UTC(date.year, date.month - 1, date.day);
      for (const e of engineers) {
        for (const date of [e.inPositionSince, e.lastStepReview, e.lastLevelReview]) {
          expect(day(date)).toBeLessThanOrEqual(day(today));
        }
      }
    });

    test('assesses only team members, with a fluency name on every axis', () => {
      const names = new Set(engineers.map((e) => e.name));
      for (const assessment of assessments) {
        expect(names.has(assessment.engineer)).toBe(true);
        AXES.forEach((axis, i) =>
          expect(fluencyLevelOf(axis, assessment.fluencies[i] as string)).toBeDefined(),
        );
      }
    });
  },
);
