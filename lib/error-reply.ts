import { EXTRACT_ERRORS } from './extract/reasons';
import { ExtractError } from './extract/types';

/**
 * An ExtractError's sentence for the reader, or the general one for anything the core did not
 * expect. Its own module so the small snapshot script can answer without loading the core.
 */
export function errorReply(error: unknown): { type: 'error'; message: string } {
  return { type: 'error', message: error instanceof ExtractError ? error.message : EXTRACT_ERRORS.unexpected };
}
