import { BlsParseError } from '@/lib/bls/errors';

/** Runs a parse that must fail and returns its BlsParseError (any other outcome fails the test). */
export function errorOf(run: () => unknown): BlsParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof BlsParseError) return error;
    throw error;
  }
  throw new Error('expected a BlsParseError');
}
