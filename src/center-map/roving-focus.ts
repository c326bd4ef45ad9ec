// Keys that move the focus within a group of buttons with one tab stop (a roving tabindex).
const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The index `key` moves the focus to from `index` among `count` buttons, or undefined for other keys. */
export function nextIndex(key: string, index: number, count: number): number | undefined {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = STEPS[key];
  return step === undefined ? undefined : Math.max(0, Math.min(count - 1, index + step));
}
