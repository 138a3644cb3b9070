import { describe, expect, it } from 'vitest';
import { userCreateSchema, userUpdateSchema } from './user.js';

describe('user schemas', () => {
  it('leaves scopes out of an update that does not name them', () => {
    const parsed = userUpdateSchema.parse({ displayName: 'ชื่อใหม่' });
    expect(parsed).not.toHaveProperty('captureScope');
    expect(parsed).not.toHaveProperty('viewScope');
  });

  it('keeps an explicit empty scope in an update', () => {
    expect(userUpdateSchema.parse({ captureScope: [] }).captureScope).toEqual([]);
  });

  it('defaults scopes to empty when a user is created without them', () => {
    const parsed = userCreateSchema.parse({
      username: 'someone',
      displayName: 'ใครสักคน',
      password: 'long-enough-password',
      roles: ['provincial_planner'],
    });
    expect(parsed.captureScope).toEqual([]);
    expect(parsed.viewScope).toEqual([]);
  });
});
