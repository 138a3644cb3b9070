import { describe, expect, it } from 'vitest';
import { boardOrderProblems, moveOnBoard, rankEntries, type BoardOrder } from './board-order.js';

const board = (order: Partial<BoardOrder>): BoardOrder => ({
  within: [],
  above: [],
  administration: [],
  noted: [],
  ...order,
});
const paths = (ids: string[], order: Partial<BoardOrder>) =>
  boardOrderProblems(ids, board(order)).map((problem) => problem.path);

describe('board order', () => {
  it('accepts every entry placed once, across columns', () => {
    expect(paths(['a', 'b', 'c', 'd'], { within: ['b', 'a'], above: ['c'], noted: ['d'] })).toEqual([]);
  });

  it('accepts an empty plan with an empty board', () => {
    expect(paths([], {})).toEqual([]);
  });

  it('refuses an id that is not in the plan', () => {
    expect(paths(['a'], { within: ['a', 'x'] })).toEqual(['within']);
  });

  it('refuses an entry placed twice, in one column or in two', () => {
    expect(paths(['a', 'b'], { within: ['a', 'a', 'b'] })).toEqual(['within']);
    expect(paths(['a', 'b'], { within: ['a', 'b'], above: ['a'] })).toEqual(['above']);
  });

  it('refuses an order that leaves an entry out, naming how many in both languages', () => {
    const problems = boardOrderProblems(['a', 'b', 'c'], board({ within: ['a'] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message.th).toContain('ขาด 2 รายการ');
    expect(problems[0]?.message.en).toContain('leaves out 2 entries');
  });

  it('ranks each column from 1, top first', () => {
    expect(rankEntries(board({ within: ['b', 'a'], above: ['c'], administration: ['d'] }))).toEqual([
      { id: 'b', entryClass: 'within', rank: 1 },
      { id: 'a', entryClass: 'within', rank: 2 },
      { id: 'c', entryClass: 'above', rank: 1 },
      { id: 'd', entryClass: 'administration', rank: 1 },
    ]);
  });
});

describe('moving on the board', () => {
  const start = board({ within: ['a', 'b', 'c'], above: ['d'] });

  it('moves an entry up within its column', () => {
    expect(moveOnBoard(start, 'c', 'within', 1).within).toEqual(['a', 'c', 'b']);
  });

  it('moves an entry to another column at the given place, leaving the old column closed up', () => {
    const moved = moveOnBoard(start, 'a', 'above', 0);
    expect(moved.within).toEqual(['b', 'c']);
    expect(moved.above).toEqual(['a', 'd']);
  });

  it('clamps a place beyond either end', () => {
    expect(moveOnBoard(start, 'a', 'within', 99).within).toEqual(['b', 'c', 'a']);
    expect(moveOnBoard(start, 'c', 'within', -3).within).toEqual(['c', 'a', 'b']);
  });

  it('keeps every entry exactly once', () => {
    const moved = moveOnBoard(start, 'd', 'administration', 0);
    expect(boardOrderProblems(['a', 'b', 'c', 'd'], moved)).toEqual([]);
  });
});
