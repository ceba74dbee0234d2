import { describe, expect, it } from 'vitest';

import { mappingInput, withTarget } from '@/features/imports/mapping';

const ROWS = [
  { column: '姓名', target: 'full_name' },
  { column: '电话', target: 'mobile_phone' },
  { column: '备注', target: null },
];

describe('mapping', () => {
  it('sends only the columns that have a field', () => {
    expect(mappingInput(ROWS)).toEqual([
      { column: '姓名', target: 'full_name' },
      { column: '电话', target: 'mobile_phone' },
    ]);
  });

  it('moves a field taken by another column to the new one', () => {
    expect(withTarget(ROWS, '备注', 'mobile_phone')).toEqual([
      { column: '姓名', target: 'full_name' },
      { column: '电话', target: null },
      { column: '备注', target: 'mobile_phone' },
    ]);
  });

  it('clears a column', () => {
    expect(withTarget(ROWS, '姓名', undefined)[0]).toEqual({
      column: '姓名',
      target: null,
    });
  });
});
