// The HarborError that a call throws or a promise rejects with, checked to be one (and to carry
// `code` where given); fails the test when nothing is thrown or the promise resolves.
import { expect } from 'vitest';
import { HarborError, type ErrorCode } from '../../src/errors.js';

export function harborError(code: ErrorCode, fn: () => unknown): HarborError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HarborError);
    expect((e as HarborError).code).toBe(code);
    return e as HarborError;
  }
  throw new Error(`expected a ${code} error`);
}

/** The HarborError `p` rejects with; `code`, when given, is checked too. */
export async function rejection(p: Promise<unknown>, code?: ErrorCode): Promise<HarborError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e, 'expected the promise to reject with a HarborError').toBeInstanceOf(HarborError);
  if (code !== undefined) expect((e as HarborError).code).toBe(code);
  return e as HarborError;
}
