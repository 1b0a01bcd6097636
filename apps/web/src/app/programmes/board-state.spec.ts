import { describe, expect, it } from '@jest/globals';
import { CohortStartup, MembershipStatus } from '@kohorte/contracts';
import { boardColumns, loadPercent, moveTargets, withMember, withStatus } from './board-state';

function member(id: string, status: MembershipStatus): CohortStartup {
  return {
    startup: { id, name: `Startup ${id}`, stage: null, city: null },
    status,
    mentors: [],
    joinedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const names = (cards: CohortStartup[]) => cards.map((card) => card.startup.id);

describe('board state', () => {
  const members = [member('a', 'applied'), member('b', 'active'), member('c', 'applied')];

  it('has one column per membership status, in order, with its cards', () => {
    const columns = boardColumns(members);
    expect(columns.map((column) => column.status)).toEqual([
      'applied',
      'accepted',
      'active',
      'alumni',
      'dropped',
    ]);
    expect(names(columns[0].cards)).toEqual(['a', 'c']);
    expect(names(columns[2].cards)).toEqual(['b']);
  });

  it('moves one card to another column and back without touching the others', () => {
    const moved = withStatus(members, 'a', 'accepted');
    const columns = boardColumns(moved);
    expect(names(columns[0].cards)).toEqual(['c']);
    expect(names(columns[1].cards)).toEqual(['a']);
    expect(moved[1]).toBe(members[1]);
    expect(members[0].status).toBe('applied');

    const back = withStatus(moved, 'a', 'applied');
    expect(boardColumns(back).map((c) => names(c.cards))).toEqual(
      boardColumns(members).map((c) => names(c.cards)),
    );
    expect(withStatus(members, 'unknown', 'active')).toEqual(members);
  });

  it('takes the API’s version of a card', () => {
    const fromApi = {
      ...member('b', 'alumni'),
      mentors: [{ id: 'm', fullName: 'Ada', mentorshipId: 'ms' }],
    };
    const updated = withMember(members, fromApi);
    expect(updated[1]).toBe(fromApi);
    expect(names(boardColumns(updated)[3].cards)).toEqual(['b']);
  });

  it('offers every other status as a move target', () => {
    expect(moveTargets('active')).toEqual(['applied', 'accepted', 'alumni', 'dropped']);
  });

  it('shows a mentor’s load as a share of their capacity', () => {
    expect(loadPercent(1, 4)).toBe(25);
    expect(loadPercent(5, 4)).toBe(100);
    expect(loadPercent(0, 0)).toBe(0);
    expect(loadPercent(1, 0)).toBe(100);
  });
});
