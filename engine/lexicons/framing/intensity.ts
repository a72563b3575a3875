// Intensifiers and boosters, written for Parallax. Intensifiers turn a word up ("severely
// damaged"); boosters present a whole statement as beyond doubt ("clearly", "in fact"). Hedges
// (the opposite of boosters) live in engine/lexicons/polarity.ts and are shared with the claims.

/** Adverbs and phrases that turn up the word they modify. */
export const INTENSIFIERS = [
  'very', 'extremely', 'highly', 'deeply', 'severely', 'gravely', 'seriously', 'utterly', 'totally', 'completely',
  'absolutely', 'entirely', 'hugely', 'enormously', 'incredibly', 'massively', 'terribly', 'awfully', 'exceedingly',
  'immensely', 'tremendously', 'vastly', 'profoundly', 'fiercely', 'bitterly', 'sharply', 'greatly', 'extraordinarily',
  'exceptionally', 'dramatically', 'drastically', 'desperately', 'overwhelmingly', 'wildly', 'at all costs',
  'at any cost', 'by far',
];

/** Words and phrases that present a statement as certain. Lowercase, as written. */
export const BOOSTERS = [
  'clearly', 'undoubtedly', 'certainly', 'definitely', 'obviously', 'evidently', 'indeed', 'surely', 'plainly',
  'undeniably', 'unquestionably', 'indisputably', 'doubtless', 'manifestly', 'truly', 'in fact', 'of course',
  'no doubt', 'without doubt', 'beyond doubt', 'without question', 'it is clear', 'it is obvious',
];

export const INTENSIFIER_EXPLANATION = 'turns up the strength of the word it goes with, so the reader feels it more.';
export const BOOSTER_EXPLANATION = 'presents the statement as certain, leaving no room for doubt.';
