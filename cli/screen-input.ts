// Checks on a case before the engine sees it: the number of sources the app also allows, and a
// note on stderr for sources that are not in English (the analysis is tuned for English).
import type { CaseInput } from '../engine/types';
import { MAX_SOURCES } from '../shared/case-file';
import { languageNotice } from '../shared/language';
import { UserError } from './errors';

export function screenInput(input: CaseInput, note: (message: string) => void): void {
  if (input.sources.length > MAX_SOURCES) {
    throw new UserError(`${input.sources.length} sources given; a case compares at most ${MAX_SOURCES} (as in the app). Split them into smaller cases.`);
  }
  const notice = languageNotice(input.sources);
  if (notice) note(`note: ${notice}`);
}
