import { useSyncExternalStore } from 'react';

import { PHONE_MEDIA_QUERY } from '@/components/breakpoints';

function subscribe(onChange) {
  const query = window.matchMedia(PHONE_MEDIA_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isPhoneNow() {
  return window.matchMedia(PHONE_MEDIA_QUERY).matches;
}

/** True while the viewport is narrower than the phone breakpoint. */
export function useIsPhone() {
  return useSyncExternalStore(subscribe, isPhoneNow, () => false);
}
