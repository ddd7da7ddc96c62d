import { useCallback, useEffect, useState } from 'preact/hooks';
import { textSizeSetting } from '@/lib/settings';
import { clampTextSize, DEFAULT_TEXT_SIZE, stepTextSize } from '@/lib/text-size';

/**
 * The reader's text size: loaded from storage, changed by A+/A-/reset or the + - 0 keys, saved
 * at once, and followed when another Okur page changes it.
 */
export function useTextSize() {
  const [size, setSize] = useState(DEFAULT_TEXT_SIZE);

  useEffect(() => {
    textSizeSetting.getValue().then((v) => setSize(clampTextSize(v)));
    return textSizeSetting.watch((v) => setSize(clampTextSize(v)));
  }, []);

  const change = useCallback((next: (current: number) => number) => {
    setSize((current) => {
      const value = next(current);
      void textSizeSetting.setValue(value);
      return value;
    });
  }, []);

  const increase = useCallback(() => change((s) => stepTextSize(s, 1)), [change]);
  const decrease = useCallback(() => change((s) => stepTextSize(s, -1)), [change]);
  const reset = useCallback(() => change(() => DEFAULT_TEXT_SIZE), [change]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select, [contenteditable]')) return;
      if (e.key === '+' || e.key === '=') increase();
      else if (e.key === '-' || e.key === '_') decrease();
      else if (e.key === '0') reset();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [increase, decrease, reset]);

  return { size, increase, decrease, reset };
}
