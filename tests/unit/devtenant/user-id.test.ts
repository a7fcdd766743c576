import assert from 'node:assert/strict';
import { userIdFor, userIndexFromId } from '../../../devtenant/seed/user-id.js';

describe('userIdFor / userIndexFromId', () => {
  const tenant = '9c4b2a1d-7e3f-4a5b-8c6d-2b3c4d5e6f70';

  it('makes GUID-shaped ids that decode back to their index', () => {
    for (const index of [0, 1, 24, 99_999, 1_999_999]) {
      const id = userIdFor(tenant, index);
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(userIndexFromId(tenant, id), index);
    }
  });

  it('is deterministic and refuses ids of another tenant or tampered ids', () => {
    const id = userIdFor(tenant, 42);
    assert.equal(userIdFor(tenant, 42), id);
    assert.equal(userIndexFromId('2f6a8c0e-4b1d-4e3f-a5c7-3c4d5e6f7081', id), undefined);
    assert.equal(userIndexFromId(tenant, `${id.slice(0, 35)}${id.endsWith('0') ? '1' : '0'}`), undefined);
    assert.equal(userIndexFromId(tenant, 'not-a-guid'), undefined);
  });
});
