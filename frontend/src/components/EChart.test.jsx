import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { EChart } from '@/components/EChart';
import { setViewport } from '@/test/setup';

function bars(names, title) {
  return {
    title: { text: title },
    xAxis: { type: 'category', data: names },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: title, data: names.map((_, i) => i + 1) }],
  };
}

describe('EChart', () => {
  it('draws its option as SVG in a labelled box of the given height', () => {
    render(<EChart option={bars(['a', 'b'], 'first')} label="Two bars" height={123} />);
    const box = screen.getByRole('img', { name: 'Two bars' });
    expect(box.style.height).toBe('123px');
    expect(box.querySelector('svg')).not.toBeNull();
  });

  it('replaces, not merges, the option it is given next', () => {
    const { rerender } = render(
      <EChart option={bars(['alpha', 'beta'], 'first')} label="Chart" />,
    );
    const box = screen.getByRole('img', { name: 'Chart' });
    expect(box.style.height).toBe('280px');
    expect(box.textContent).toContain('alpha');
    rerender(<EChart option={bars(['gamma'], 'second')} label="Chart" />);
    expect(box.textContent).toContain('gamma');
    expect(box.textContent).not.toContain('alpha');
  });

  it('is still drawn in its phone form on a phone', () => {
    setViewport('phone');
    render(<EChart option={bars(['a', 'b', 'c'], 'phone')} label="On a phone" />);
    expect(
      screen.getByRole('img', { name: 'On a phone' }).querySelector('svg'),
    ).not.toBeNull();
  });

  it('writes long bar names in full on a phone, with their values', () => {
    setViewport('phone');
    const names = ['No loan · cautious savers', 'Large deposits, few products'];
    render(<EChart option={bars(names, 'long')} label="Long names" />);
    const box = screen.getByRole('img', { name: 'Long names' });
    expect(box.textContent).toContain('No loan · cautious savers · 1');
    expect(box.textContent).toContain('Large deposits, few products · 2');
    expect(box.textContent).not.toContain('…');
  });
});
