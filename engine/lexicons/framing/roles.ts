// Who a speaker is, from the nouns a text uses for them ("the interior minister", "a political
// scientist", "a resident"). Lemmas, lowercase. The first role whose words match wins, in this order.
import type { SpeakerRole } from '../../types';

export const ROLE_WORDS: [Exclude<SpeakerRole, 'source-itself' | 'other'>, string[]][] = [
  ['official', [
    'minister', 'ministry', 'president', 'government', 'official', 'authority', 'authorities', 'spokesman', 'spokeswoman',
    'spokesperson', 'ambassador', 'embassy', 'police', 'prosecutor', 'senate', 'parliament', 'mayor', 'governor', 'department',
    'agency', 'army', 'military', 'premier', 'chancellor', 'diplomat', 'council', 'commission', 'senator', 'lawmaker',
    'officer', 'administration', 'cabinet', 'court', 'judge', 'state', 'prime',
  ]],
  ['expert', [
    'expert', 'analyst', 'scientist', 'professor', 'researcher', 'economist', 'academic', 'scholar', 'specialist',
    'commentator', 'observer', 'historian', 'consultant', 'doctor', 'engineer', 'statistician',
  ]],
  ['advocate', [
    'activist', 'campaigner', 'advocate', 'organization', 'organisation', 'ngo', 'non-governmental', 'charity', 'watchdog',
    'union', 'association', 'foundation', 'movement', 'lawyer', 'attorney', 'right',
  ]],
  ['witness', [
    'witness', 'eyewitness', 'resident', 'neighbour', 'neighbor', 'villager', 'passenger', 'survivor', 'bystander', 'onlooker',
    'relative', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'local', 'worker', 'employee', 'student', 'parent',
  ]],
];

const ROLE_OF = new Map<string, SpeakerRole>();
for (const [role, words] of ROLE_WORDS) for (const word of words) if (!ROLE_OF.has(word)) ROLE_OF.set(word, role);
const ORDER: SpeakerRole[] = ROLE_WORDS.map(([role]) => role);

/** The role the lemmas of a speaker's phrases point to, or `other`. */
export function roleFromLemmas(lemmas: Iterable<string>): SpeakerRole {
  let best = ORDER.length;
  for (const lemma of lemmas) {
    const role = ROLE_OF.get(lemma);
    if (role) best = Math.min(best, ORDER.indexOf(role));
  }
  return best < ORDER.length ? ORDER[best] : 'other';
}
