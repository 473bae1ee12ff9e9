// The HarborError that `fn` throws, checked to carry `code`; fails the test when nothing is thrown.
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
