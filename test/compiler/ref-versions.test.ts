import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.ts';

const fixtures = join(import.meta.dirname, '../fixtures/ref-versions');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Row = Record<string, number | null>;

async function compiled(config: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'seedforge-refs-'));
  temps.push(outDir);
  const result = await compile({ config: join(fixtures, config), outDir, formats: ['json'] });
  const dir = join(outDir, 'default');
  const read = (table: string): Row[] => JSON.parse(readFileSync(join(dir, 'json', `public.${table}.json`), 'utf8')) as Row[];
  return { result, dir, read, manifest: () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { generators: Record<string, string> } };
}

// comments (post_id, author_id, parent_id) and the first 40 posts.author_id as seedforge compiled them before ref@2
// existed (at c4e6b5e, where every reference was what ref@1 is now): what a committed artifact holds.
const BEFORE_REF_2 = {
  comments: [[38,27,null],[174,4,null],[100,5,1],[278,15,3],[124,1,1],[61,8,2],[273,41,null],[274,19,null],[123,7,8],[300,9,4],[23,41,9],[246,47,2],[297,23,1],[104,47,2],[201,29,1],[138,49,7],[266,45,1],[119,37,null],[116,25,15],[19,47,8],[8,2,6],[260,47,12],[213,34,7],[110,45,16],[287,1,21],[20,13,18],[16,24,3],[176,5,21],[245,3,7],[281,4,null],[185,38,24],[176,18,7],[5,40,29],[17,42,16],[234,37,17],[268,5,5],[136,30,7],[12,13,19],[55,32,26],[230,4,null]],
  postAuthors: [43,42,20,19,42,29,1,50,21,22,10,47,13,30,20,19,28,1,41,22,1,11,10,19,8,47,42,40,30,26,10,10,2,47,29,14,49,28,13,30],
};

describe('reference pick versions', () => {
  it('g.ref(...).atVersion(1) keeps the picks of the releases before ref@2, byte for byte', async () => {
    const { result, read, manifest } = await compiled('pinned.config.ts');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(read('comments').map((r) => [r.post_id, r.author_id, r.parent_id])).toEqual(BEFORE_REF_2.comments);
    expect(read('posts').slice(0, 40).map((r) => r.author_id)).toEqual(BEFORE_REF_2.postAuthors);
    expect(manifest().generators).toMatchObject({ 'comments.post_id': 'ref@1:public.posts', 'comments.parent_id': 'ref@1:public.comments', 'posts.author_id': 'ref@1:public.users' });
  });

  it('references without a version use ref@2: other parents from the same streams, in range, recorded in the manifest', async () => {
    const { result, read, manifest } = await compiled('current.config.ts');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const comments = read('comments');
    expect(manifest().generators).toMatchObject({ 'comments.post_id': 'ref@2:public.posts', 'comments.author_id': 'ref@2:public.users', 'comments.parent_id': 'ref@2:public.comments' });
    const picks = comments.map((r) => [r.post_id, r.author_id, r.parent_id]);
    const same = picks.filter((p, i) => p[0] === BEFORE_REF_2.comments[i]![0]).length;
    expect(same).toBeLessThan(5);
    for (const [i, row] of comments.entries()) {
      expect(row.post_id).toBeGreaterThanOrEqual(1);
      expect(row.post_id).toBeLessThanOrEqual(300);
      expect(row.author_id).toBeGreaterThanOrEqual(1);
      expect(row.author_id).toBeLessThanOrEqual(50);
      // Self-references pick an earlier row, so threads of comments have no loops.
      if (row.parent_id !== null) expect(row.parent_id).toBeLessThan(row.id!);
      if (i === 0) expect(row.parent_id).toBeNull();
    }
    // Spread over the parents, not stuck on a few.
    expect(new Set(read('posts').map((r) => r.author_id)).size).toBeGreaterThan(40);
  });

  it('refuses a ref version that does not exist, naming the column and the versions, and writes nothing', async () => {
    const { result, dir } = await compiled('unknown.config.ts');
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.message, d.hint])).toEqual([
      ['SEEDFORGE_UNKNOWN_GENERATOR_VERSION', 'comments.postId: generator ref has no version 3 (current: 2).', 'remove .atVersion(3) or use a version up to 2'],
    ]);
    expect(existsSync(dir)).toBe(false);
  });
});
