/**
 * A timer that runs `run` once `delayMs` have passed since the last `touch`. Typing touches it
 * on every change; instead of clearing and setting a browser timer each time, one timer stays
 * armed and, when it fires early, waits the rest of the delay (#6: off the keystroke's path).
 */
export function quietTimer(run: () => void, delayMs: number) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const rest = last + delayMs - Date.now();
    if (rest > 0) {
      timer = setTimeout(fire, rest);
      return;
    }
    timer = undefined;
    run();
  };
  return {
    touch() {
      last = Date.now();
      timer ??= setTimeout(fire, delayMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
