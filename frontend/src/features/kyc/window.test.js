import { describe, expect, it } from 'vitest';

import { daysLeft, readWindow, windowVariables } from '@/features/kyc/window';

describe('follow-up windows', () => {
  it('reads a known window from the URL, else the 30 days', () => {
    expect(readWindow(new URLSearchParams('within=90'))).toBe('90');
    expect(readWindow(new URLSearchParams('within=expired'))).toBe('expired');
    expect(readWindow(new URLSearchParams('within=7'))).toBe('30');
    expect(readWindow(new URLSearchParams(''))).toBe('30');
  });

  it('asks for expired ones apart from those due within N days', () => {
    expect(windowVariables('expired')).toEqual({ withinDays: 0, expired: true });
    expect(windowVariables('60')).toEqual({ withinDays: 60, expired: false });
  });
});

describe('days left', () => {
  const today = new Date(2026, 2, 28, 23, 30); // late evening, local time

  it('counts calendar days, across a month end and a clock change', () => {
    expect(daysLeft('2026-03-28', today)).toBe(0);
    expect(daysLeft('2026-03-29', today)).toBe(1);
    expect(daysLeft('2026-04-27', today)).toBe(30);
    expect(daysLeft('2026-03-25', today)).toBe(-3);
  });

  it('has nothing to count without a date', () => {
    expect(daysLeft(null, today)).toBeNull();
  });
});
