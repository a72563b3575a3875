// Verbs that introduce what someone said, with the stance the verb itself signals.
// Grouped by what they tell a reader about the reporter's distance from the words.

export type ReportingStance = 'neutral' | 'distancing' | 'endorsing' | 'denial' | 'demand';

const STANCES: Record<ReportingStance, string[]> = {
  neutral: ['say', 'tell', 'state', 'note', 'add', 'report', 'explain', 'write', 'announce', 'declare', 'remark', 'comment', 'observe', 'reply', 'respond', 'answer', 'mention', 'tweet', 'post', 'testify', 'recall', 'describe', 'estimate', 'predict', 'warn', 'believe', 'think', 'suggest', 'indicate', 'stress', 'emphasise', 'emphasize', 'underline', 'point', 'conclude', 'find', 'hold', 'rule'],
  distancing: ['claim', 'allege', 'insist', 'argue', 'contend', 'maintain', 'assert', 'purport', 'profess', 'accuse'],
  endorsing: ['confirm', 'acknowledge', 'admit', 'concede', 'reveal', 'show', 'prove', 'establish', 'demonstrate', 'verify'],
  denial: ['deny', 'reject', 'dismiss', 'refute', 'dispute', 'contradict', 'rebut', 'disavow'],
  demand: ['demand', 'urge', 'request', 'ask', 'propose', 'recommend'],
};

const STANCE_OF = new Map<string, ReportingStance>();
for (const [stance, verbs] of Object.entries(STANCES) as [ReportingStance, string[]][]) {
  for (const verb of verbs) STANCE_OF.set(verb, stance);
}

export function reportingStance(lemma: string): ReportingStance | null {
  return STANCE_OF.get(lemma) ?? null;
}

/** Verbs that need `that`, a quote or a colon after them before they count as reporting speech. */
export const NEEDS_COMPLEMENTISER = new Set(['find', 'hold', 'rule', 'show', 'prove', 'establish', 'demonstrate', 'point', 'reveal', 'hold', 'ask', 'propose', 'recommend', 'request', 'think', 'believe', 'deny', 'reject', 'dismiss', 'dispute', 'admit', 'confirm', 'acknowledge', 'insist', 'demand', 'urge', 'recall', 'estimate', 'describe', 'answer', 'accuse', 'warn']);
