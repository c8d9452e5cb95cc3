import { describe, expect, it } from 'vitest';
import { at } from '../../../data/testing/builders';
import { ackRoster } from './ackRoster';

const ack = (briefingId: string, version: number, userId: string, userName: string, minutes: number) => ({ briefingId, version, userId, userName, at: at(minutes) });
const v3 = { id: 'b3', version: 3, issuedBy: { id: 'u-elena', name: 'Elena Vasquez' } };

describe('ackRoster', () => {
  it('lists who acknowledged the current version, earliest first', () => {
    const roster = ackRoster([ack('b3', 3, 'u2', 'Lee Park', 30), ack('b3', 3, 'u1', 'Dana Whitfield', 10)], v3);
    expect(roster.acknowledged.map((p) => `${p.userName} ${p.at}`)).toEqual([`Dana Whitfield ${at(10)}`, `Lee Park ${at(30)}`]);
    expect(roster.notYet).toEqual([]);
  });

  it('lists who acknowledged only an earlier version, with the latest one they have (not the issuer)', () => {
    const roster = ackRoster([
      ack('b1', 1, 'u3', 'Chris Moreno', 0), ack('b2', 2, 'u3', 'Chris Moreno', 20),
      ack('b1', 1, 'u1', 'Dana Whitfield', 5), ack('b3', 3, 'u1', 'Dana Whitfield', 40),
      ack('b1', 1, 'u4', 'Ana Silva', 6), ack('b2', 2, 'u-elena', 'Elena Vasquez', 25),
    ], v3);
    expect(roster.acknowledged.map((p) => p.userName)).toEqual(['Dana Whitfield']);
    expect(roster.notYet).toEqual([
      { userId: 'u4', userName: 'Ana Silva', at: at(6), lastVersion: 1 },
      { userId: 'u3', userName: 'Chris Moreno', at: at(20), lastVersion: 2 },
    ]);
  });

  it('counts a person once and ignores acknowledgements of later versions', () => {
    const roster = ackRoster([ack('b3', 3, 'u1', 'Dana Whitfield', 50), ack('b3', 3, 'u1', 'Dana Whitfield', 45), ack('b4', 4, 'u2', 'Lee Park', 60)], v3);
    expect(roster.acknowledged).toEqual([{ userId: 'u1', userName: 'Dana Whitfield', at: at(45) }]);
    expect(roster.notYet).toEqual([]);
  });
});
