import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHUNK_ROWS, EXHAUSTED, RangeBoard, RangeMap, WAIT } from '../../compiler/range-board.ts';

const root = join(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('range board', () => {
  it('hands out only the window ahead of the writer: the front to one side, the back to the other', () => {
    const board = RangeBoard.create(10, 4);
    expect(board.takeFront()).toBe(0);
    expect(board.takeBack()).toBe(3);
    expect(board.takeBack()).toBe(2);
    expect(board.takeFront()).toBe(1);
    expect([0, 1, 2, 3, 4].map((i) => board.taken(i))).toEqual([true, true, true, true, false]);
    // The window is taken: range 4 is beyond it until the writer moves on.
    expect(board.takeBack()).toBe(WAIT);
    expect(board.takeFront()).toBe(WAIT);
    board.advance(2);
    expect(board.takeBack()).toBe(5);
    expect(board.takeFront()).toBe(4);
    expect(board.takeFront()).toBe(WAIT);
    board.advance(6);
    expect([6, 7, 8, 9].map(() => board.takeBack())).toEqual([9, 8, 7, 6]);
    // The window reaches the last range and all of it is taken: nothing will ever be free again.
    expect(board.takeBack()).toBe(EXHAUSTED);
    expect(board.takeFront()).toBe(EXHAUSTED);
  });

  it('never gives one range to two takers sharing its memory, whatever the order', () => {
    const count = 200;
    const board = RangeBoard.create(count, 16);
    // Three views of one buffer, as the compiling thread and two workers hold it.
    const views = [board, new RangeBoard(board.buffer, count, 16), new RangeBoard(board.buffer, count, 16)];
    const taken: number[] = [];
    let head = 0;
    let step = 0;
    while (head < count) {
      const view = views[step++ % 3]!;
      const i = step % 2 === 0 ? view.takeFront() : view.takeBack();
      if (i >= 0) taken.push(i);
      // The writer writes what it can, in order.
      while (head < count && taken.includes(head)) head++;
      board.advance(head);
    }
    expect(taken.length).toBe(count);
    expect(new Set(taken).size).toBe(count);
  });

  it('wakes a waiting worker when stopped', () => {
    const board = RangeBoard.create(4, 2);
    board.stop();
    const started = Date.now();
    board.waitPast(board.head, 5_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(board.stopped).toBe(true);
  });

  it('numbers ranges across tables from their counts, empty tables holding none', () => {
    const map = new RangeMap([CHUNK_ROWS + 1, 0, 5]);
    expect(map.count).toBe(3);
    expect(map.at(0)).toEqual({ table: 0, from: 0, to: CHUNK_ROWS });
    expect(map.at(1)).toEqual({ table: 0, from: CHUNK_ROWS, to: CHUNK_ROWS + 1 });
    expect(map.at(2)).toEqual({ table: 2, from: 0, to: 5 });
  });
});

describe('workers taking ranges from the board', () => {
  it('a range that fails on a worker fails the compile with its diagnostic, and nothing is written', async () => {
    const dist = (await import(new URL('../../dist/compiler.js', import.meta.url).href)) as typeof import('../../compiler/index.ts');
    for (const callerRenders of [false, true]) {
      const outDir = mkdtempSync(join(tmpdir(), 'seedforge-board-'));
      temps.push(outDir);
      // posts fails at row 7,000, in its fourth range: with callerRenders false a worker renders it.
      const result = await dist.compile({ config: join(root, 'test/fixtures/streamed/fails-midway.config.ts'), outDir, workers: 2, callerRenders, sideThread: false });
      expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/posts\.title: the derive function threw at row 7000: no title for this row/);
      expect(result.scenarios).toEqual([]);
      expect(readdirSync(outDir)).toEqual([]);
    }
  }, 60_000);

  it('a worker that ends its thread fails the compile instead of leaving it waiting', async () => {
    const dist = (await import(new URL('../../dist/compiler.js', import.meta.url).href)) as typeof import('../../compiler/index.ts');
    const outDir = mkdtempSync(join(tmpdir(), 'seedforge-board-'));
    temps.push(outDir);
    const failure = await dist
      .compile({ config: join(root, 'test/fixtures/streamed/worker-exits.config.ts'), outDir, workers: 2, callerRenders: false, sideThread: false })
      .then(() => undefined, (error: unknown) => error);
    expect(String(failure)).toMatch(/compile worker stopped \(exit code 3\)/);
    expect(readdirSync(outDir)).toEqual([]);
  }, 60_000);
});
