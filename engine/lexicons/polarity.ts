// Words that flip or weaken what a clause asserts.

/** Tokens (lowercased) that negate the verb group they stand in. */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'none', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without', 'noone']);

/** Verbs that negate the verb they govern: "refused to recognise", "failed to pay". */
export const NEGATING_VERBS = new Set(['refuse', 'resist', 'fail', 'decline', 'deny', 'reject', 'cease', 'stop', 'avoid', 'neglect', 'prevent', 'forbid', 'ban', 'block', 'oppose']);

/** Determiners and pronouns that state a zero quantity of their noun. */
export const ZERO_QUANTIFIERS = new Set(['no', 'nobody', 'none', 'nothing', 'noone', 'zero']);

/** Modal and stance words that make a clause about what should happen rather than what did. */
export const DEONTIC = new Set(['must', 'should', 'ought', 'shall', 'insist', 'demand', 'urge', 'require', 'call', 'need', 'want', 'seek', 'oppose', 'resist', 'refuse', 'prevent', 'forbid', 'allow', 'permit']);

/**
 * Hedges: words that mark a claim as uncertain or second-hand. The `hedges` lexicon is broad
 * (it lists "about", "always", "actually"); we keep the epistemic entries that news prose uses
 * to distance itself, and add the reporting phrases it lacks.
 */
export const EPISTEMIC_HEDGES = [
  'allegedly', 'alleged', 'reportedly', 'reported', 'apparently', 'apparent', 'supposedly', 'purportedly',
  'may', 'might', 'could', 'possibly', 'possible', 'perhaps', 'probably', 'likely', 'unlikely', 'presumably',
  'seemingly', 'seem', 'seems', 'appear', 'appears', 'suggest', 'suggests', 'suspected', 'unconfirmed',
  'unverified', 'rumoured', 'rumored', 'believed to', 'said to', 'thought to', 'could not verify',
  'could not be verified', 'could not independently verify', 'not independently verified', 'it is unclear',
  'unclear whether',
];
