// Opposites WordNet lacks or only links indirectly. Pairs of lemmas; both directions apply.
// General vocabulary of reports and disputes, never the words of one case.
export const CURATED_ANTONYMS: [string, string][] = [
  ['confirm', 'deny'], ['support', 'oppose'], ['accept', 'reject'], ['approve', 'reject'], ['welcome', 'condemn'],
  ['praise', 'condemn'], ['praise', 'criticise'], ['praise', 'criticize'], ['agree', 'refuse'], ['allow', 'ban'],
  ['allow', 'block'], ['allow', 'forbid'], ['allow', 'prevent'], ['permit', 'prevent'], ['grant', 'deny'], ['grant', 'refuse'],
  ['grant', 'block'], ['grant', 'prevent'], ['open', 'close'], ['open', 'shut'], ['win', 'lose'], ['victory', 'defeat'],
  ['succeed', 'fail'], ['success', 'failure'], ['profit', 'loss'], ['gain', 'loss'], ['increase', 'cut'], ['rise', 'fall'],
  ['rise', 'drop'], ['raise', 'lower'], ['grow', 'shrink'], ['expand', 'reduce'], ['arrest', 'release'], ['detain', 'release'],
  ['acquit', 'convict'], ['guilty', 'innocent'], ['voluntary', 'forced'], ['voluntary', 'compulsory'], ['peaceful', 'violent'],
  ['calm', 'violent'], ['orderly', 'chaotic'], ['calm', 'chaotic'], ['safe', 'dangerous'], ['safe', 'unsafe'], ['true', 'false'],
  ['genuine', 'fake'], ['real', 'fake'], ['genuine', 'staged'], ['spontaneous', 'organised'], ['spontaneous', 'organized'],
  ['spontaneous', 'planned'], ['deliberate', 'accidental'], ['intentional', 'accidental'], ['legitimate', 'illegitimate'],
  ['legal', 'illegal'], ['lawful', 'unlawful'], ['fair', 'unfair'], ['free', 'rigged'], ['fair', 'rigged'], ['justified', 'unjustified'],
  ['necessary', 'unnecessary'], ['adequate', 'inadequate'], ['sufficient', 'insufficient'], ['present', 'absent'], ['alive', 'dead'],
  ['north', 'south'], ['east', 'west'], ['full', 'empty'], ['clean', 'contaminated'], ['clean', 'polluted'],
  ['stable', 'unstable'], ['final', 'provisional'], ['permanent', 'temporary'], ['military', 'civilian'],
  ['attack', 'defend'], ['help', 'hinder'], ['help', 'obstruct'], ['cooperate', 'obstruct'], ['comply', 'violate'],
  ['respect', 'violate'], ['keep', 'break'], ['honour', 'breach'], ['honor', 'breach'], ['include', 'exclude'], ['hire', 'fire'],
  ['hire', 'dismiss'], ['hire', 'lay off'], ['employ', 'dismiss'], ['save', 'cut'], ['protect', 'endanger'], ['protect', 'harm'],
];

/** Words (as written, lowercase) that dismiss another account as untrue or as a manoeuvre. */
export const DISMISSAL_WORDS = new Set([
  'fabrication', 'fabrications', 'fabricated', 'baseless', 'unfounded', 'groundless', 'untrue', 'lie', 'lies', 'lied', 'liar', 'liars',
  'hoax', 'myth', 'propaganda', 'slander', 'slanderous', 'smear', 'smears', 'invented', 'invention', 'fake', 'nonsense', 'absurd',
  'ridiculous', 'smokescreen', 'pretext', 'staged', 'fiction', 'fictitious', 'distortion', 'distorted', 'misinformation',
  'disinformation', 'falsehood', 'falsehoods', 'falsified', 'concocted', 'ploy', 'fantasy', 'fantasies', 'hysteria', 'exaggeration',
  'exaggerated', 'unsubstantiated', 'misleading', 'manufactured', 'bogus', 'farce', 'sham', 'slur', 'libel', 'libellous',
  'defamatory', 'scaremongering', 'alarmist', 'fairy',
]);

/** Judgements that dismiss an account only when said of it ("the claims are false"), not before a noun ("a false alarm"). */
export const PREDICATIVE_DISMISSALS = new Set(['false', 'untrue', 'wrong', 'incorrect', 'inaccurate', 'erroneous', 'mistaken']);

/** Nouns that, denied ("without foundation", "no basis"), dismiss an account. */
export const DENIED_GROUNDS = new Set(['foundation', 'basis', 'merit', 'truth', 'substance']);

/** Purpose phrases that recast an account as a manoeuvre: "started by X to distract ...". */
export const DISMISSAL_PURPOSES = new Set(['distract', 'divert', 'discredit', 'deflect', 'mislead', 'cover', 'smear', 'undermine', 'deceive', 'manipulate']);
