import { describe, expect, it } from 'vitest';

import {
  candidatesOf,
  defaultChoices,
  takeFromOther,
} from '@/features/records/merge/mergeFields';

const RECORDS = {
  a: {
    fullName: '王芳',
    gender: 'UNKNOWN',
    mobilePhone: '138****8000',
    email: null,
    occupation: '教师',
    birthDate: '1990-03-07',
  },
  b: {
    fullName: '王芳',
    gender: 'FEMALE',
    mobilePhone: '139****9000',
    email: 'w***@example.com',
    occupation: null,
    birthDate: '1990-03-07',
  },
};

describe('merge choices', () => {
  it('starts on the survivor, or on the other where the survivor is empty', () => {
    expect(defaultChoices(RECORDS, 'a')).toEqual({
      gender: 'b',
      mobilePhone: 'a',
      email: 'b',
      occupation: 'a',
    });
  });

  it('asks to take only the other side values that exist', () => {
    const choices = {
      ...defaultChoices(RECORDS, 'a'),
      mobilePhone: 'b',
      occupation: 'b',
    };

    expect(takeFromOther(RECORDS, 'a', choices)).toEqual([
      'gender',
      'mobilePhone',
      'email',
    ]);
  });

  it('works the same with the second record surviving', () => {
    const choices = defaultChoices(RECORDS, 'b');

    expect(choices).toEqual({
      gender: 'b',
      mobilePhone: 'b',
      email: 'b',
      occupation: 'a',
    });
    expect(takeFromOther(RECORDS, 'b', choices)).toEqual(['occupation']);
  });
});

describe('candidatesOf', () => {
  it('keeps the pairs with the customer, naming the other, and skips hidden ones', () => {
    const pairs = [
      {
        score: 0.95,
        reasons: ['SAME_ID_NUMBER'],
        first: { id: 'X' },
        second: { id: 'A' },
      },
      { score: 0.6, reasons: ['SAME_EMAIL'], first: { id: 'B' }, second: { id: 'C' } },
      { score: 0.6, reasons: ['SAME_EMAIL'], first: { id: 'A' }, second: null },
    ];

    expect(candidatesOf(pairs, 'A')).toEqual([
      { otherId: 'X', score: 0.95, reasons: ['SAME_ID_NUMBER'] },
    ]);
  });
});
