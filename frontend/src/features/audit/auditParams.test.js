import { describe, expect, it } from 'vitest';

import { auditFilter, readParams, withChanges } from '@/features/audit/auditParams';

describe('audit params', () => {
  it('maps the address to the graph filter, leaving out empty values', () => {
    const params = readParams(
      new URLSearchParams('actor=%20li.na%20&action=&customer=Q3VzdG9tZXI6MQ'),
    );

    expect(auditFilter(params)).toEqual({
      actor: 'li.na',
      customerId: 'Q3VzdG9tZXI6MQ',
    });
  });

  it('removes a cleared filter and keeps the others', () => {
    const next = withChanges(new URLSearchParams('actor=li.na&action=pii.read'), {
      action: undefined,
      since: '2026-12-01T00:00:00.000Z',
    });

    expect(next.toString()).toBe('actor=li.na&since=2026-12-01T00%3A00%3A00.000Z');
  });
});
