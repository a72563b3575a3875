// Labelling words: nouns and modifiers that file a person, group or act under a loaded category.
// Written for Parallax (no third-party list). `polarity` is how the word colours whoever it is
// applied to, from -5 (damning) to +5 (glowing); 0 marks a label that is charged but not one-sided.
// General vocabulary of news and politics only, never the words of one case.

export interface LabelEntry {
  polarity: number;
  explanation: string;
}

export const LABELS: Record<string, LabelEntry> = {
  fugitive: { polarity: -2, explanation: 'Calls someone a person running from justice, which takes their guilt for granted.' },
  oligarch: { polarity: -2, explanation: 'Casts a rich businessperson as someone whose wealth comes from political connections.' },
  tycoon: { polarity: -1, explanation: 'Stresses someone\'s wealth and power rather than what they do.' },
  regime: { polarity: -2, explanation: 'Calls a government a "regime", which suggests it is illegitimate or authoritarian.' },
  junta: { polarity: -3, explanation: 'Calls a government a military clique that seized power.' },
  strongman: { polarity: -2, explanation: 'Presents a leader as ruling by force and personal power.' },
  dictator: { polarity: -4, explanation: 'Calls a leader someone who rules without limits or consent.' },
  despot: { polarity: -4, explanation: 'Calls a leader a cruel ruler with absolute power.' },
  tyrant: { polarity: -4, explanation: 'Calls a leader a cruel and unjust ruler.' },
  warlord: { polarity: -3, explanation: 'Presents someone as ruling through an armed group, outside the law.' },
  terrorist: { polarity: -4, explanation: 'Files people under the most condemning label for political violence; others may call them fighters or rebels.' },
  extremist: { polarity: -3, explanation: 'Places someone\'s views outside what is acceptable.' },
  radical: { polarity: -2, explanation: 'Presents a person or group as far from the mainstream, often as a warning.' },
  fanatic: { polarity: -3, explanation: 'Presents someone as driven by blind, unreasoning belief.' },
  zealot: { polarity: -2, explanation: 'Presents someone as fanatically committed to a cause.' },
  militant: { polarity: -2, explanation: 'Presents a person or group as combative or armed.' },
  insurgent: { polarity: -1, explanation: 'Calls fighters people rising against a government, without saying whether the cause is just.' },
  rebel: { polarity: -1, explanation: 'Calls people fighters against those in power; the same people may be called freedom fighters or terrorists.' },
  separatist: { polarity: -1, explanation: 'Defines a group by its wish to break away from a country.' },
  jihadist: { polarity: -3, explanation: 'Defines fighters by a religious war, a strongly condemning label.' },
  thug: { polarity: -3, explanation: 'Calls people violent brutes, denying them any political motive.' },
  mob: { polarity: -2, explanation: 'Presents a crowd as disorderly and dangerous rather than as people with a cause.' },
  rioter: { polarity: -2, explanation: 'Presents people in the street as lawless rather than as protesters.' },
  looter: { polarity: -3, explanation: 'Presents people as thieves taking advantage of disorder.' },
  agitator: { polarity: -2, explanation: 'Presents someone as stirring up trouble rather than voicing a grievance.' },
  provocateur: { polarity: -2, explanation: 'Suggests someone deliberately provokes trouble.' },
  criminal: { polarity: -3, explanation: 'Calls someone a criminal, a verdict only a court can give.' },
  crook: { polarity: -3, explanation: 'Calls someone dishonest, informally and without proof.' },
  fraudster: { polarity: -3, explanation: 'Calls someone a cheat, as if the fraud were proven.' },
  gangster: { polarity: -3, explanation: 'Presents someone as a member of organised crime.' },
  mobster: { polarity: -3, explanation: 'Presents someone as a member of organised crime.' },
  kingpin: { polarity: -2, explanation: 'Presents someone as the boss of a criminal network.' },
  henchman: { polarity: -3, explanation: 'Presents someone as a loyal enforcer of a powerful figure.' },
  crony: { polarity: -2, explanation: 'Presents people as favoured friends of the powerful rather than as qualified.' },
  stooge: { polarity: -3, explanation: 'Presents someone as a tool doing the bidding of others.' },
  puppet: { polarity: -3, explanation: 'Presents a person or government as controlled by someone else.' },
  propagandist: { polarity: -2, explanation: 'Dismisses someone\'s words as deliberate manipulation.' },
  hardliner: { polarity: -1, explanation: 'Presents someone as uncompromising.' },
  activist: { polarity: 0, explanation: 'Defines someone by their campaigning; it can lend authority or suggest bias.' },
  dissident: { polarity: 1, explanation: 'Presents someone as a principled opponent of those in power.' },
  opponent: { polarity: 0, explanation: 'Defines someone only by their opposition to another, which frames the story as a contest.' },
  critic: { polarity: 0, explanation: 'Defines someone by their criticism of another, which frames the story as a contest.' },
  whistleblower: { polarity: 1, explanation: 'Presents someone as exposing wrongdoing in the public interest.' },
  reformer: { polarity: 2, explanation: 'Presents someone as working to improve things.' },
  hero: { polarity: 3, explanation: 'Praises someone as admirable and brave, taking their side.' },
  martyr: { polarity: 2, explanation: 'Presents someone who suffered or died as a victim of a just cause.' },
  patriot: { polarity: 2, explanation: 'Presents someone as loyal to their country, a word of praise.' },
  'freedom fighter': { polarity: 2, explanation: 'Presents armed people as fighting for liberty, a sympathetic label.' },
  'political prisoner': { polarity: 1, explanation: 'Says someone is jailed for their views, not for a crime.' },
  crackdown: { polarity: -2, explanation: 'Describes official action as a harsh suppression.' },
  purge: { polarity: -3, explanation: 'Describes removals from office as a ruthless cleansing of opponents.' },
  'witch hunt': { polarity: -3, explanation: 'Dismisses an investigation as a persecution of innocent people.' },
  'show trial': { polarity: -3, explanation: 'Dismisses a trial as staged, with the verdict decided beforehand.' },
  'so-called': { polarity: -1, explanation: 'Signals that the writer doubts the name that follows.' },
  'self-styled': { polarity: -1, explanation: 'Suggests a title someone gave themselves and does not deserve.' },
  'self-proclaimed': { polarity: -1, explanation: 'Suggests a title someone gave themselves and does not deserve.' },
  notorious: { polarity: -2, explanation: 'Presents someone as famous for something bad.' },
  disgraced: { polarity: -2, explanation: 'Reminds the reader that someone has lost their good name.' },
};

/**
 * Words AFINN-165 rates negative that name a legal or official procedure rather than express a
 * feeling ("sentenced", "detained", "charges"): in news they report what happened, so they are
 * not counted as emotive. The crime and legality frames still see them.
 */
export const PROCEDURAL_WORDS = new Set([
  'sentence', 'sentenced', 'sentences', 'charge', 'charged', 'charges', 'prison', 'prisons', 'detain', 'detained',
  'detention', 'arrest', 'arrested', 'arrests', 'deport', 'deported', 'deportation', 'jail', 'jailed', 'convicted', 'prosecuted',
]);
