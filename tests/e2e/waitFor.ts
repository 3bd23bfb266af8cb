/**
 * Waiting assertions for playwright-core (which has no `expect`): each polls until the page
 * shows what is expected, and fails with what it last saw.
 */
import type { Locator } from 'playwright-core';

const TIMEOUT = 10_000;

/** Polls `read` until `check` accepts its value. */
export async function eventually<T>(
  what: string,
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeout = TIMEOUT,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `${what}: last seen ${JSON.stringify(last)}${lastError ? ` (${String(lastError)})` : ''}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The (first) element is visible. */
export async function shows(locator: Locator, timeout = TIMEOUT): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** No element matches any more. */
export async function gone(locator: Locator, timeout = TIMEOUT): Promise<void> {
  await eventually(
    `${String(locator)} is gone`,
    () => locator.count(),
    (n) => n === 0,
    timeout,
  );
}

/** The input's value. */
export async function hasValue(locator: Locator, value: string): Promise<void> {
  await eventually(
    `${String(locator)} has value ${value}`,
    () => locator.inputValue(),
    (v) => v === value,
  );
}

/** The element's text contains `text`. */
export async function hasText(locator: Locator, text: string): Promise<void> {
  await eventually(
    `${String(locator)} contains ${text}`,
    () => locator.first().innerText(),
    (t) => t.includes(text),
  );
}

/** An attribute's value. */
export async function hasAttribute(locator: Locator, name: string, value: string): Promise<void> {
  await eventually(
    `${String(locator)} [${name}=${value}]`,
    () => locator.getAttribute(name),
    (v) => v === value,
  );
}

/** The element has keyboard focus. */
export async function focused(locator: Locator): Promise<void> {
  await eventually(
    `${String(locator)} is focused`,
    () => locator.evaluate((element) => element === document.activeElement),
    Boolean,
  );
}
