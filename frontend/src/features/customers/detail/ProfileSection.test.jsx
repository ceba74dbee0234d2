import { describe, expect, it } from 'vitest';

import { birthDateText } from '@/features/customers/detail/ProfileSection';

describe('birth date on the profile', () => {
  it('shows the year alone when the date is withheld', () => {
    expect(birthDateText({ birthDate: null, birthYear: 1985 }, 'en')).toBe(
      '1985-**-**',
    );
  });

  it('shows the date in clear when it is given', () => {
    const text = birthDateText({ birthDate: '1985-03-12', birthYear: 1985 }, 'en');
    expect(text).toContain('1985');
    expect(text).not.toContain('*');
  });

  it('shows a dash when nothing is known', () => {
    expect(birthDateText({ birthDate: null, birthYear: null }, 'en')).toBe('—');
  });
});
