// Frame dimensions and the lemmas that signal them. The ten dimensions follow the Policy Frames
// Codebook (Boydstun, Card, Gross, Resnik and Smith, 2014); the word lists are our own, written
// for Parallax from general news vocabulary (the Media Frames Corpus itself is GPL and not used).
// A lemma belongs to one frame only, so every hit has one plain reason. Method: engine/framing/README.md.
import type { FrameDimension } from '../../types';

export const FRAME_LEMMAS: Record<FrameDimension, string[]> = {
  legality: [
    'law', 'legal', 'illegal', 'lawful', 'unlawful', 'legally', 'illegally', 'court', 'judge', 'trial', 'verdict', 'appeal',
    'lawyer', 'attorney', 'constitution', 'constitutional', 'legislation', 'statute', 'regulation', 'treaty', 'extradition',
    'extradite', 'deport', 'deportation', 'expel', 'expulsion', 'procedure', 'protocol', 'irregularity', 'irregular',
    'jurisdiction', 'tribunal', 'judicial', 'judiciary', 'lawsuit', 'sue', 'ruling', 'legitimate', 'illegitimate', 'warrant',
    'hearing', 'litigation', 'injunction', 'contempt',
  ],
  crime: [
    'crime', 'criminal', 'fraud', 'embezzlement', 'embezzle', 'corruption', 'corrupt', 'bribe', 'bribery', 'theft', 'steal',
    'launder', 'laundering', 'arrest', 'detain', 'detention', 'prison', 'imprison', 'imprisonment', 'jail', 'sentence',
    'convict', 'conviction', 'charge', 'guilty', 'police', 'investigation', 'investigate', 'prosecutor', 'prosecute',
    'prosecution', 'suspect', 'punish', 'punishment', 'penalty', 'offence', 'offense', 'raid', 'murder', 'smuggle',
    'smuggling', 'fugitive', 'custody', 'inmate', 'culprit', 'accomplice', 'racketeering', 'extortion',
  ],
  fairness: [
    'right', 'torture', 'persecution', 'persecute', 'discrimination', 'discriminate', 'equality', 'inequality', 'equal',
    'fair', 'unfair', 'fairness', 'injustice', 'unjust', 'abuse', 'ill-treatment', 'mistreatment', 'dignity', 'freedom',
    'liberty', 'humane', 'inhumane', 'asylum', 'refugee', 'oppression', 'oppress', 'repression', 'repress', 'victim',
    'vulnerable', 'protection', 'safeguard', 'impartial', 'bias', 'biased', 'censorship', 'dissent', 'dissident',
  ],
  security: [
    'security', 'threat', 'threaten', 'terror', 'terrorism', 'terrorist', 'attack', 'military', 'army', 'defence', 'defense',
    'weapon', 'border', 'riot', 'violence', 'violent', 'unrest', 'intelligence', 'war', 'conflict', 'armed', 'soldier',
    'troop', 'militant', 'insurgent', 'rebel', 'bomb', 'explosion', 'shooting', 'gunfire', 'clash', 'stability', 'instability',
    'extremism', 'extremist', 'radical', 'surveillance', 'espionage', 'spy',
  ],
  economy: [
    'economy', 'economic', 'bank', 'banker', 'banking', 'money', 'fund', 'funding', 'finance', 'financial', 'investment',
    'invest', 'investor', 'market', 'price', 'cost', 'tax', 'budget', 'job', 'unemployment', 'business', 'company', 'trade',
    'debt', 'loan', 'asset', 'profit', 'billion', 'million', 'dollar', 'euro', 'wage', 'salary', 'industry', 'wealth', 'wealthy',
    'oligarch', 'tycoon', 'commercial', 'revenue', 'shareholder', 'bankrupt', 'bankruptcy', 'creditor', 'subsidy', 'inflation',
  ],
  politics: [
    'government', 'minister', 'president', 'parliament', 'senate', 'election', 'vote', 'party', 'opposition', 'political',
    'politically', 'politician', 'campaign', 'cabinet', 'coalition', 'no-confidence', 'confidence', 'resign', 'resignation',
    'premier', 'democracy', 'democratic', 'authoritarian', 'regime', 'policy', 'ballot', 'referendum', 'legislature',
    'lawmaker', 'reform', 'administration', 'leader', 'leadership', 'opponent', 'power', 'motion', 'mandate',
    'official', 'senator', 'mp', 'dictator', 'junta',
  ],
  international: [
    'international', 'foreign', 'diplomat', 'diplomatic', 'diplomacy', 'ambassador', 'embassy', 'bilateral', 'relation',
    'sanction', 'abroad', 'overseas', 'cooperation', 'summit', 'alliance', 'ally', 'western', 'global', 'worldwide',
    'consulate', 'envoy', 'sovereignty', 'multilateral',
  ],
  health: [
    'health', 'hospital', 'disease', 'illness', 'medical', 'doctor', 'injury', 'injure', 'wound', 'death', 'die', 'dead',
    'kill', 'safety', 'safe', 'unsafe', 'danger', 'dangerous', 'risk', 'hazard', 'accident', 'emergency', 'casualty', 'patient',
    'pollution', 'toxic', 'contamination', 'epidemic', 'outbreak', 'treatment', 'care', 'welfare', 'starvation', 'famine',
  ],
  morality: [
    'moral', 'immoral', 'morally', 'ethical', 'unethical', 'ethics', 'duty', 'conscience', 'shame', 'shameful', 'disgrace',
    'disgraceful', 'evil', 'sin', 'honour', 'honor', 'honest', 'dishonest', 'decent', 'decency', 'inexcusable', 'unacceptable',
    'outrageous', 'wrong', 'virtue', 'responsibility', 'betray', 'betrayal', 'integrity', 'principle', 'deserve',
    'faith', 'religious', 'god', 'cruel', 'cruelty', 'innocent', 'innocence', 'blame', 'excuse', 'hero',
  ],
  'public-opinion': [
    'public', 'opinion', 'poll', 'survey', 'citizen', 'protest', 'protester', 'demonstration', 'demonstrator', 'rally', 'uproar',
    'scandal', 'media', 'press', 'popular', 'popularity', 'society', 'image', 'reputation', 'perception', 'attention',
    'backlash', 'criticism', 'controversy', 'outcry', 'outrage', 'headline', 'newspaper', 'journalist', 'audience', 'voter',
    'petition', 'viral',
  ],
};

/** What each frame means, in one line, for the report and the UI. */
export const FRAME_DESCRIPTIONS: Record<FrameDimension, string> = {
  legality: 'Legality: laws, courts, procedures and what is or is not allowed.',
  crime: 'Crime and punishment: offences, arrests, charges and sentences.',
  fairness: 'Human rights and fairness: rights, equal treatment and abuse.',
  security: 'Security: threats, violence, defence and order.',
  economy: 'Economy: money, business, jobs and costs.',
  politics: 'Politics: governments, parties, elections and power.',
  international: 'International relations: countries, diplomacy and reputation abroad.',
  health: 'Health and safety: injury, death, risk and care.',
  morality: 'Morality: right and wrong, duty, honour and blame.',
  'public-opinion': 'Public opinion: the public, the media, protest and scandal.',
};

/** Lemmas that signal their frame only as nouns ("the rights of", not "right now"; "a fund", not "to fund" is kept). */
export const NOUN_ONLY_FRAME_LEMMAS = new Set(['right', 'charge', 'sentence', 'power', 'party', 'press', 'care', 'official', 'appeal', 'trial']);
