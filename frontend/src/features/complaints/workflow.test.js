import { describe, expect, it } from 'vitest';

import {
  actionsFor,
  applyChange,
  deadlineState,
  stepInput,
} from '@/features/complaints/workflow';

const complaint = {
  id: 'Q29tcGxhaW50OjE',
  version: 3,
  nextSteps: ['RESOLVED', 'ESCALATED'],
};

describe('complaint workflow helpers', () => {
  it('offers the steps the server allows', () => {
    expect(actionsFor(complaint)).toEqual(['RESOLVED', 'ESCALATED']);
    expect(actionsFor({ nextSteps: [] })).toEqual([]);
  });

  it('builds a resolution with redress only for monetary relief', () => {
    const values = {
      outcome: 'EXPLANATION',
      rootCause: ' fee in tariff ',
      redressAmount: '5',
    };
    expect(stepInput(complaint, 'RESOLVED', values)).toEqual({
      id: 'Q29tcGxhaW50OjE',
      version: 3,
      outcome: 'EXPLANATION',
      rootCause: 'fee in tariff',
    });
    expect(
      stepInput(complaint, 'RESOLVED', {
        ...values,
        outcome: 'MONETARY_RELIEF',
      }).redressAmount,
    ).toBe('5');
  });

  it('leaves out a blank reason', () => {
    expect(stepInput(complaint, 'ACKNOWLEDGED', { reason: '  ' })).toEqual({
      id: 'Q29tcGxhaW50OjE',
      version: 3,
    });
  });

  it('names the deadline state', () => {
    expect(deadlineState({ breached: true, atRisk: false, dueAt: 'x' })).toBe(
      'breached',
    );
    expect(deadlineState({ breached: false, atRisk: true, dueAt: 'x' })).toBe('atRisk');
    expect(deadlineState({ breached: false, atRisk: false, dueAt: null })).toBe('none');
  });

  it('applies a live change to a queue', () => {
    const a = { id: 'a', status: 'RECEIVED' };
    const b = { id: 'b', status: 'RECEIVED' };
    const changed = { id: 'a', status: 'ACKNOWLEDGED' };
    expect(applyChange([a, b], { complaint: changed, inQueue: true })).toEqual([
      changed,
      b,
    ]);
    expect(applyChange([a, b], { complaint: changed, inQueue: false })).toEqual([b]);
    expect(applyChange([b], { complaint: changed, inQueue: true })).toEqual([
      b,
      changed,
    ]);
  });
});
