import assert from 'node:assert/strict';
import { parseUserFilter } from '../../../devtenant/graph/user-filter.js';
import { generateUser } from '../../../devtenant/seed/generate-user.js';
import { CUSTOMER_TENANTS } from '../../../devtenant/seed/tenants.js';

describe('parseUserFilter', () => {
  const seed = CUSTOMER_TENANTS[0]!;
  const admin = generateUser(seed, 0);
  const megan = generateUser(seed, 1);

  it('supports startswith, eq, id in, and `and`', () => {
    assert.equal(parseUserFilter("startswith(displayName,'tailspin')").matches(admin), true);
    assert.equal(parseUserFilter("startswith(displayName,'tailspin')").matches(megan), false);
    assert.equal(parseUserFilter("accountEnabled eq true and startswith(userPrincipalName,'megan@')").matches(megan), true);
    assert.equal(parseUserFilter("userPrincipalName eq 'MEGAN@tailspintoys.onmicrosoft.com'").matches(megan), true);
    const f = parseUserFilter(`id in ('${admin.id}', '${megan.id}')`);
    assert.deepEqual(f.ids, [admin.id, megan.id]);
    assert.equal(parseUserFilter("displayName eq 'O''Brien'").matches(admin), false);
  });

  it('answers unsupported queries and syntax errors with Graph codes', () => {
    const code = (raw: string): string => {
      try {
        parseUserFilter(raw);
        return 'ok';
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    assert.equal(code("endswith(mail,'x')"), 'Request_UnsupportedQuery');
    assert.equal(code("accountEnabled eq true or accountEnabled eq false"), 'Request_UnsupportedQuery');
    assert.equal(code("city eq 'Sydney'"), 'Request_UnsupportedQuery');
    assert.equal(code("startswith(displayName,'x'"), 'BadRequest');
    assert.equal(code("displayName eq 'unterminated"), 'BadRequest');
  });
});
