import { EXPECTED_FLUENCY, FLUENCY_GAP, FLUENCY_LEVEL } from '../../src/functions/fluency';
import { ladderTable } from '../support/ladderTables';

const AXIS_HEADER = [['Technology', 'System', 'People', 'Process', 'Influence']];
const LADDER_TABLE = ladderTable({
  code: 'SRE3',
  track: 'SRE',
  level: 3,
  Technology: 'Evangelizes',
  System: 'Owns',
  People: 'Supports',
  Process: 'Enforces',
  Influence: 'Team',
});

describe('EXPECTED_FLUENCY', () => {
  test('names the fluency a position expects on an axis', () => {
    expect(EXPECTED_FLUENCY('D4', 'System')).toBe('Owns');
    expect(EXPECTED_FLUENCY(' em5 ', 'people')).toBe('Manages');
    expect(EXPECTED_FLUENCY('D7', 'Influence')).toBe('Community');
  });

  test('positions down and axes across give the whole expectation table', () => {
    expect(EXPECTED_FLUENCY([['D1'], [''], ['EM4']], AXIS_HEADER)).toEqual([
      ['Adopts', 'Enhances', 'Learns', 'Follows', 'Subsystem'],
      ['', '', '', '', ''],
      ['Evangelizes', 'Owns', 'Coordinates', 'Challenges', 'Team'],
    ]);
  });

  test('reads a customised ladder from the ladder table', () => {
    expect(EXPECTED_FLUENCY('SRE3', 'Technology', LADDER_TABLE)).toBe('Evangelizes');
  });
});

describe('FLUENCY_LEVEL', () => {
  test('gives the level number of a fluency name, and keeps a level number as it is', () => {
    expect(FLUENCY_LEVEL('Influence', 'multiple teams')).toBe(3);
    expect(FLUENCY_LEVEL('Process', 4)).toBe(4);
  });

  test('an axis header row turns a block of assessments into numbers', () => {
    const assessments = [
      ['Masters', 'Owns', 'Mentors', 'Adjusts', 'Company'],
      ['', '', '', '', ''],
    ];
    expect(FLUENCY_LEVEL(AXIS_HEADER, assessments)).toEqual([
      [4, 3, 3, 4, 4],
      ['', '', '', '', ''],
    ]);
  });
});

describe('FLUENCY_GAP', () => {
  test('one position against its assessment row gives five gaps, assessed minus expected', () => {
    expect(FLUENCY_GAP('D4', [['Masters', 'Designs', 3, 'Challenges', 'Team']])).toEqual([[1, -1, 0, 0, 0]]);
  });

  test('a column of positions against an N×5 assessment gives N×5 gaps', () => {
    const assessments = [
      [1, 1, 1, 1, 1],
      ['', '', '', '', ''],
      [3, 3, 5, 5, 2],
    ];
    expect(FLUENCY_GAP([['D1'], [''], ['EM6']], assessments)).toEqual([
      [0, 0, 0, 0, 0],
      ['', '', '', '', ''],
      [0, -1, 0, 0, 0],
    ]);
  });

  test('an axis not yet assessed stays blank and a bad cell shows its message alone', () => {
    expect(FLUENCY_GAP('D2', [['Adopts', '', 'Mentors', 'Owns', 1]])).toEqual([
      [
        0,
        '',
        1,
        'FLUENCY_GAP: Process fluency "Owns" is unknown (accepted: Follows, Enforces, Challenges, Adjusts, Defines, or 1–5)',
        0,
      ],
    ]);
  });

  test('reads a customised ladder from the ladder table', () => {
    expect(FLUENCY_GAP('SRE3', [[3, 3, 3, 3, 3]], LADDER_TABLE)).toEqual([[0, 0, 1, 1, 1]]);
  });
});
