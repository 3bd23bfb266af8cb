import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietTimer } from './quietTimer.ts';

describe('quietTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, the delay after the last touch, however many touches came before', () => {
    const run = vi.fn();
    const timer = quietTimer(run, 120);
    // A keystroke every 40 ms for 400 ms: nothing runs while typing goes on.
    for (let i = 0; i < 10; i++) {
      timer.touch();
      vi.advanceTimersByTime(40);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(79);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps a single browser timer armed while touched', () => {
    const timer = quietTimer(() => {}, 120);
    timer.touch();
    timer.touch();
    timer.touch();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('runs again after a later touch, and not at all once cancelled', () => {
    const run = vi.fn();
    const timer = quietTimer(run, 100);
    timer.touch();
    vi.advanceTimersByTime(100);
    timer.touch();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(2);
    timer.touch();
    timer.cancel();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});
