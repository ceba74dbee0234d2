import '@testing-library/jest-dom/vitest';

import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

import { PHONE_MEDIA_QUERY } from '@/components/breakpoints';

// A bound on waiting for the page, not a speed check: a screen's lazily loaded
// route took more than the default second on a busy two-core machine.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lays nothing out, so the viewport is whatever a test says it is.
let phone = false;

export function setViewport(kind) {
  phone = kind === 'phone';
}

window.matchMedia = (query) => ({
  matches: query === PHONE_MEDIA_QUERY ? phone : false,
  media: query,
  onchange: null,
  addEventListener() {},
  removeEventListener() {},
  addListener() {},
  removeListener() {},
  dispatchEvent: () => false,
});

// jsdom does not implement styles of pseudo-elements; Ant Design asks for them.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element) => getComputedStyle(element);

window.scrollTo = () => {};
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView = () => {};

beforeEach(() => {
  phone = false;
  localStorage.clear();
});

afterEach(() => cleanup());
