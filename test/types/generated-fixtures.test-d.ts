import { describe, expectTypeOf, it } from 'vitest';
import { blog } from '../../generated/fixtures.js';
import { fixtures } from '../../generated/blog/fixtures.js';
import type { blog as blogTypes } from '../../generated/types.js';

describe('the committed blog artifacts carry typed fixtures', () => {
  it('fixture ids and values are literal types known at compile time', () => {
    expectTypeOf(fixtures.users.admin.id).toEqualTypeOf<1>();
    expectTypeOf(fixtures.users.admin.email).toEqualTypeOf<'admin@blog.example'>();
    expectTypeOf(fixtures.posts.welcome.authorId).toEqualTypeOf<1>();
    expectTypeOf(fixtures.posts.welcome.publishedAt).toEqualTypeOf<Date>();
    expectTypeOf(blog).toEqualTypeOf(fixtures);
    // @ts-expect-error: only declared fixtures exist
    void fixtures.users.nobody;
  });

  it('row types describe rows as Drizzle returns them', () => {
    expectTypeOf<blogTypes.Users['role']>().toEqualTypeOf<blogTypes.UserRole>();
    expectTypeOf<blogTypes.Users['bio']>().toEqualTypeOf<string | null>();
    expectTypeOf<blogTypes.Tables['postTags']>().toEqualTypeOf<blogTypes.PostTags>();
    expectTypeOf(fixtures.users.author).toMatchTypeOf<Omit<blogTypes.Users, 'createdAt'>>();
  });
});
