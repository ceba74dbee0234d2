import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `delayMs`: one preview per pause. */
export function useSettledValue(value, delayMs) {
  const [settled, setSettled] = useState(value);

  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);

  return settled;
}
