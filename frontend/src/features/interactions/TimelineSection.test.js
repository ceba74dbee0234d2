import { describe, expect, it } from 'vitest';

import { entryWhen } from '@/features/interactions/TimelineSection';

const t = (key, values) => `${key} ${JSON.stringify(values ?? {})}`;

describe('when a timeline entry happened', () => {
  it('shows an account opened on a day as that day, whatever the browser zone', () => {
    // 2025-12-07 00:00 in Beijing is 2025-12-06 16:00 UTC (and earlier further west).
    const entry = {
      kind: 'ACCOUNT_OPENED',
      at: '2025-12-07T00:00:00+08:00',
      item: { __typename: 'Account', number: '6222', openedOn: '2025-12-07' },
    };
    expect(entryWhen(entry, t, 'en')).toBe('Dec 7, 2025');
    expect(entryWhen(entry, t, 'zh')).toBe('2025年12月7日');
  });

  it('shows a time for an event that has one', () => {
    const entry = {
      kind: 'INTERACTION',
      at: '2025-12-07T09:30:00Z',
      item: { __typename: 'Interaction', channel: 'PHONE', purpose: 'x', summary: '' },
    };
    expect(entryWhen(entry, t, 'en')).toMatch(/Dec 7, 2025, \d+:30/);
  });
});
