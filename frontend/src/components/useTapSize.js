import { useIsPhone } from '@/components/useIsPhone';

/**
 * The size for a control a person taps: on a phone, Ant Design's large size
 * (40 px high, a finger's width); on a desk, the size asked for.
 */
export function useTapSize(deskSize) {
  return useIsPhone() ? 'large' : deskSize;
}
