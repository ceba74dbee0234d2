import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';

import { describe, expect, it } from 'vitest';

import { me, ROLES } from '@/test/fixtures';

/** role -> permissions, read from the README's roles table. */
function readmeRoles() {
  const readme = readFileSync(resolve(process.cwd(), '../README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| Permission |'));
  const rows = table
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const roles = rows[0].slice(2).map((label) => label.toLowerCase().replace(' ', '_'));
  const granted = Object.fromEntries(roles.map((role) => [role, []]));
  for (const [permission, , ...marks] of rows.slice(2)) {
    marks.forEach((mark, n) => {
      if (mark) granted[roles[n]].push(permission.replaceAll('`', ''));
    });
  }
  return granted;
}

describe('the demo users of the tests', () => {
  it('hold exactly the permissions the README gives their roles', () => {
    const readme = readmeRoles();

    expect(ROLES).toEqual(Object.keys(readme));
    for (const role of ROLES) {
      expect([...me(role).permissions].sort()).toEqual(readme[role].sort());
    }
  });
});
