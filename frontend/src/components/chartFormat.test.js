import { describe, expect, it } from 'vitest';

import { numberFormat, shareFormat } from '@/components/chartFormat';

describe('chart formats', () => {
  it('groups digits and rounds a raw float in each language', () => {
    expect(numberFormat('en')(12345.678901)).toBe('12,345.68');
    expect(numberFormat('zh')(12345.678901)).toBe('12,345.68');
    expect(numberFormat('en', { fractionDigits: 0 })(1234.5)).toBe('1,235');
  });

  it('shows a share as a percentage', () => {
    expect(shareFormat('en')(0.123456)).toBe('12.3%');
    expect(shareFormat('zh')(0.5)).toBe('50%');
  });

  it('shows a gap as a dash, not as zero', () => {
    expect(numberFormat('en')(null)).toBe('—');
    expect(shareFormat('zh')(undefined)).toBe('—');
    expect(numberFormat('en')(0)).toBe('0');
  });
});
