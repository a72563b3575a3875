// One-line explanations for the epistemic hedges of engine/lexicons/polarity.ts, grouped by what
// they do to a statement. Keyed by the hedge as written, lowercase; a phrase falls back to its first word.

const GROUPS: [string, string[]][] = [
  ['presents this as something others say, without the writer vouching for it.', ['allegedly', 'alleged', 'reportedly', 'reported', 'supposedly', 'purportedly', 'rumoured', 'rumored', 'said', 'believed', 'thought']],
  ['says this is possible, not certain.', ['may', 'might', 'could', 'possibly', 'possible', 'perhaps', 'probably', 'likely', 'unlikely', 'presumably']],
  ['presents this as how things look, not as established fact.', ['apparently', 'apparent', 'seemingly', 'seem', 'seems', 'appear', 'appears', 'suggest', 'suggests']],
  ['says the facts have not been checked or are not known.', ['unconfirmed', 'unverified', 'suspected', 'could not verify', 'could not be verified', 'could not independently verify', 'not independently verified', 'it is unclear', 'unclear', 'unclear whether']],
];

const EXPLANATION = new Map<string, string>();
for (const [explanation, words] of GROUPS) for (const word of words) EXPLANATION.set(word, explanation);

export function hedgeExplanation(phrase: string): string {
  return EXPLANATION.get(phrase) ?? EXPLANATION.get(phrase.split(' ')[0]) ?? 'softens the statement, so the writer does not fully commit to it.';
}
