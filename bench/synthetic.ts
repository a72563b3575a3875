// Deterministic synthetic cases for the benchmark: several sources reporting one invented news
// story. Sources share a pool of facts and word them differently (synonyms, voice, attribution),
// some change a number, negate or deny a fact, hedge it, or add facts of their own, so that the
// alignment has real candidate pairs and real contests to judge, as with genuine coverage.
import type { CaseInput, SourceInput } from '../engine/types';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const chance = (rand: Rand, p: number): boolean => rand() < p;
const int = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

const FIRST = ['Anna', 'Tomas', 'Ruth', 'Karl', 'Leyla', 'Omar', 'Ines', 'Pavel', 'Mira', 'Jonas', 'Selma', 'Dario', 'Hana', 'Viktor', 'Elif', 'Marek', 'Nadia', 'Felix', 'Irena', 'Samir', 'Greta', 'Luca', 'Amira', 'Bruno', 'Talia', 'Oskar', 'Yara', 'Emil', 'Sofia', 'Rafael'];
const LAST = ['Helgren', 'Engel', 'Varden', 'Okafor', 'Novak', 'Haddad', 'Lindqvist', 'Moreau', 'Petrov', 'Castell', 'Brandt', 'Kowalski', 'Aziz', 'Ferreira', 'Dahl', 'Marin', 'Sato', 'Keller', 'Rossi', 'Yilmaz', 'Costa', 'Berger', 'Ivanova', 'Nilsen', 'Duarte', 'Sorensen', 'Vidal', 'Kaya', 'Horvat', 'Lund'];
const TOWNS = ['Lisselby', 'Dravik', 'Northfield', 'Orvalle', 'Kestrel Bay', 'Maradon', 'Tessaly', 'Brennmoor', 'Caldera', 'Vostrow', 'Ennisford', 'Saltmarsh', 'Highgate', 'Ravensholm', 'Arbor Falls', 'Quillon'];
const ROLES = ['minister', 'spokesperson', 'mayor', 'chief executive', 'union leader', 'police chief', 'prosecutor', 'senior official', 'local councillor', 'hospital director', 'army commander', 'regional governor'];
const ORGS = ['the interior ministry', 'the regional council', 'the national police', 'the water authority', 'the electoral commission', 'the health ministry', 'the metalworkers union', 'the opposition party', 'the army', 'the port authority', 'the energy company', 'the district court', 'the teachers federation', 'the rail operator', 'the observers mission'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Acts with ways of saying them: [past, past participle] per synonym, and the things they apply to. */
/** `tail` follows an active clause, `clause` stands on its own; {n} is the number with its unit. */
const ACTS: { forms: [string, string][]; base: string[]; objects: string[]; counted: string[]; tail: string; clause: string }[] = [
  { forms: [['arrested', 'arrested'], ['detained', 'detained'], ['held', 'held']], base: ['arrest', 'detain', 'hold'], objects: ['protesters', 'students', 'journalists', 'strikers', 'opposition activists', 'football supporters', 'border guards', 'two bloggers'], counted: ['protesters', 'people', 'students'], tail: 'taking {n} into custody', clause: '{n} were taken to police stations' },
  { forms: [['closed', 'closed'], ['shut', 'shut'], ['shut down', 'shut down']], base: ['close', 'shut', 'shut down'], objects: ['the foundry', 'the border crossing', 'the main bridge', 'the polling stations', 'the factory', 'the port', 'the copper mine', 'the night market', 'the airport terminal'], counted: ['jobs', 'workers', 'families'], tail: 'putting {n} at risk', clause: '{n} are affected by the closure' },
  { forms: [['bought', 'bought'], ['purchased', 'purchased'], ['acquired', 'acquired']], base: ['buy', 'purchase', 'acquire'], objects: ['the steel plant', 'the grain terminal', 'the newspaper', 'the land', 'the shipyard', 'the vineyard', 'the football club', 'the sawmill'], counted: ['million euros', 'hectares', 'shares'], tail: 'for {n}', clause: 'the deal was worth {n}' },
  { forms: [['evacuated', 'evacuated'], ['moved', 'moved'], ['relocated', 'relocated']], base: ['evacuate', 'move', 'relocate'], objects: ['residents', 'patients', 'families', 'villagers', 'pupils', 'prisoners', 'tourists', 'the elderly'], counted: ['residents', 'homes', 'families', 'people'], tail: 'moving {n} to emergency shelters', clause: '{n} had to leave' },
  { forms: [['shelled', 'shelled'], ['bombed', 'bombed'], ['attacked', 'attacked']], base: ['shell', 'bomb', 'attack'], objects: ['the market', 'the hospital', 'the supply convoy', 'the checkpoint', 'the power station', 'the bakery', 'the radio mast', 'the refinery'], counted: ['civilians', 'people', 'buildings'], tail: 'killing or wounding {n}', clause: '{n} were hit' },
  { forms: [['approved', 'approved'], ['passed', 'passed'], ['adopted', 'adopted']], base: ['approve', 'pass', 'adopt'], objects: ['the budget', 'the emergency law', 'the rescue plan', 'the new constitution', 'the wage agreement', 'the pension reform', 'the fishing quota', 'the mining licence'], counted: ['votes', 'members', 'million euros'], tail: 'with {n}', clause: 'the measure received {n}' },
  { forms: [['injured', 'injured'], ['wounded', 'wounded'], ['hurt', 'hurt']], base: ['injure', 'wound', 'hurt'], objects: ['bystanders', 'officers', 'demonstrators', 'workers', 'children', 'miners', 'a cameraman', 'two firefighters'], counted: ['people', 'officers', 'civilians'], tail: 'in clashes that involved {n}', clause: '{n} were treated in hospital' },
  { forms: [['flooded', 'flooded'], ['inundated', 'inundated'], ['swamped', 'swamped']], base: ['flood', 'inundate', 'swamp'], objects: ['the lower town', 'the farmland', 'the railway station', 'the old quarter', 'the river valley', 'the cemetery', 'the tunnel', 'the paper mill'], counted: ['homes', 'hectares', 'streets'], tail: 'damaging {n}', clause: '{n} were under water' },
  { forms: [['dismissed', 'dismissed'], ['fired', 'fired'], ['sacked', 'sacked']], base: ['dismiss', 'fire', 'sack'], objects: ['the director', 'the board', 'the inspectors', 'the whole night shift', 'the police commander', 'the auditor', 'the head teacher', 'the chief surgeon'], counted: ['workers', 'employees', 'staff'], tail: 'along with {n}', clause: '{n} lost their posts' },
  { forms: [['announced', 'announced'], ['declared', 'declared'], ['confirmed', 'confirmed']], base: ['announce', 'declare', 'confirm'], objects: ['the results', 'a state of emergency', 'the closure', 'a curfew', 'new elections', 'a recount', 'a price freeze', 'a day of mourning'], counted: ['percent', 'districts', 'days'], tail: 'covering {n}', clause: 'the decision covers {n}' },
  { forms: [['paid', 'paid'], ['compensated', 'compensated'], ['reimbursed', 'reimbursed']], base: ['pay', 'compensate', 'reimburse'], objects: ['the farmers', 'the victims', 'the suppliers', 'the displaced families', 'the dismissed workers', 'the fishermen', 'the landlords', 'the contractors'], counted: ['million euros', 'euros', 'families'], tail: 'with {n}', clause: 'the payments came to {n}' },
  { forms: [['blocked', 'blocked'], ['barricaded', 'barricaded'], ['obstructed', 'obstructed']], base: ['block', 'barricade', 'obstruct'], objects: ['the motorway', 'the ministry entrance', 'the harbour road', 'the town square', 'the rail line', 'the mountain pass', 'the ferry terminal', 'the customs post'], counted: ['people', 'vehicles', 'hours'], tail: 'stopping {n}', clause: '{n} were stuck' },
];

const PLACES = [
  'in {town}', 'near {town}', 'on the outskirts of {town}', 'in the centre of {town}', 'north of {town}', 'south of {town}', 'in the harbour district of {town}',
  'along the road to {town}', 'in the industrial zone of {town}', 'in the hills above {town}', 'close to the {town} bus station', 'in the old town of {town}',
];
const SAY = ['said', 'stated', 'told reporters', 'claimed', 'insisted', 'confirmed', 'argued', 'noted'];
const DENY = ['denies', 'rejects the claim', 'disputes the report', 'rejects reports'];
const HEDGES = ['reportedly', 'apparently', 'allegedly'];
const CAUSES = [
  'after weeks of tension', 'following a dispute over wages', 'amid heavy rain', 'during the night', 'despite repeated warnings', 'as talks collapsed',
  'before the deadline expired', 'under pressure from the capital', 'after a court ruling', 'in a surprise move', 'without consulting the unions',
  'citing safety concerns', 'after an anonymous tip', 'amid rumours of corruption', 'once the storm had passed', 'in response to the blockade',
  'to the anger of local farmers', 'shortly after midnight', 'on orders from the governor', 'after the bank withdrew its loan',
  'while negotiators were still meeting', 'in breach of the ceasefire', 'against the advice of engineers', 'after the auditors raised questions',
  'as the river kept rising', 'amid a fuel shortage', 'following the collapse of the coalition', 'after inspectors found cracks in the dam',
]
const COMMENT_SUBJECTS = [
  'Local shopkeepers', 'Residents of the old quarter', 'Several economists', 'Independent observers', 'Teachers at the primary school', 'Farmers in the valley',
  'Opposition deputies', 'Human rights groups', 'Parents', 'Taxi drivers', 'Pensioners', 'Fishermen in the harbour', 'Nurses at the district clinic',
  'Student unions', 'Church leaders', 'Small business owners', 'Lawyers for the families', 'Veterans of the 1990s strikes', 'Young volunteers', 'Bakers and grocers',
];
const COMMENT_VERBS = ['fear', 'worry', 'warn', 'expect', 'complain', 'hope', 'suspect', 'believe', 'predict', 'doubt', 'insist', 'suggest'];
const COMMENT_TAILS = [
  'that prices will rise again before the winter', 'that the town will lose its last major employer', 'that nobody will be held responsible for the damage',
  'that the compensation will arrive too late', 'that the roads will stay closed for weeks', 'that the decision was taken long before the vote',
  'that the figures have been inflated for political reasons', 'that schools may not reopen this month', 'that the river will rise again after the next storm',
  'that the investigation will be quietly dropped', 'that rents in the centre will double within a year', 'that the new bridge was badly designed',
  'that young people will emigrate to the coast', 'that the harvest is already lost', 'that the clinic cannot cope with more patients',
  'that tourists will stay away this summer', 'that the ceasefire will not survive the weekend', 'that the insurance companies will refuse to pay',
  'that the archive of the town hall was destroyed', 'that the mine will reopen under a foreign owner', 'that water rationing will return in August',
  'that the ballot papers were printed twice', 'that the timber trade depends on illegal logging', 'that the ferry service will be cut',
];
const DETAIL_SUBJECTS = [
  'Witnesses', 'A photographer', 'Firefighters', 'Neighbours', 'Volunteers from the Red Cross', 'A local priest', 'Two journalists', 'Passers-by', 'Drivers on the motorway',
  'Engineers', 'Paramedics', 'A group of pensioners', 'Fishermen', 'Shop assistants', 'Cyclists', 'Hotel staff', 'Railway workers', 'Schoolchildren',
];
const DETAIL_VERBS = ['saw', 'described', 'photographed', 'reported', 'filmed', 'heard', 'noticed', 'counted', 'found', 'recalled'];
const DETAIL_OBJECTS = [
  'broken windows along Station Street', 'thick smoke rising behind the old cinema', 'queues of lorries at the customs post', 'abandoned cars in the flooded underpass',
  'a crowd of several hundred outside the courthouse', 'armoured vehicles parked near the cathedral', 'empty shelves in the supermarkets', 'burning tyres on the ring road',
  'sandbags piled against the library doors', 'a helicopter circling over the stadium', 'shattered glass in the pharmacy', 'mud covering the football pitch',
  'riot police with shields and batons', 'long lines at the only open petrol station', 'a collapsed wall behind the brewery', 'posters of the candidates torn from walls',
  'cracks in the concrete of the dam', 'dead fish floating in the canal', 'tents pitched in the municipal park', 'tractors blocking the entrance to the dairy',
  'soldiers searching the orchards', 'a fire in the warehouse of the cooperative', 'water pouring through the roof of the gymnasium', 'ambulances waiting at the checkpoint',
  'flags hanging from balconies', 'a van loaded with ballot boxes', 'children sleeping in the church hall', 'gunfire near the grain silos', 'a fallen crane at the shipyard',
];
const DETAIL_TIMES = ['shortly before dawn', 'around noon', 'late in the evening', 'for most of the afternoon', 'throughout the weekend', 'at about nine o\'clock', 'in the early hours', 'two days later'];
const BACKGROUND = [
  'The {org} was founded in {year} and has been criticised many times since.',
  '{town} has a population of about {pop} and depends heavily on a single industry.',
  'Tensions in {town} have been growing since the elections of {year}.',
  'The last comparable crisis in the region, in {year}, lasted almost {n} days.',
  'Unemployment in the district stands at {p} percent, well above the national average.',
  'A similar dispute in {town} ended in {year} with a negotiated settlement.',
  'The {org} has promised a full inquiry into the events of {day}.',
  'The railway from {town} to the capital was electrified in {year}.',
  'Average wages in {town} are {p} percent lower than in the capital.',
  'The textile mills of {town} employed {pop} people at their peak in {year}.',
  'A dam upstream of {town} was completed in {year} and has needed repairs ever since.',
  'Voter turnout in the province fell to {p} percent at the last election.',
  'The regional hospital in {town} has {n} beds and a single ambulance crew at night.',
  'The port of {town} handled {pop} containers last year, a fall of {p} percent.',
  'The {org} has changed its leadership {n} times since {year}.',
  'Most families in {town} own a plot of land outside the town.',
]

interface Person {
  name: string;
  role: string;
}

interface Fact {
  act: number;
  agent: string;
  object: string;
  town: string;
  day: string;
  date: string;
  count: number;
  unit: string;
  cause: string;
}

function person(rand: Rand): Person {
  return { name: `${pick(rand, FIRST)} ${pick(rand, LAST)}`, role: pick(rand, ROLES) };
}

function makeFact(rand: Rand): Fact {
  const act = int(rand, 0, ACTS.length - 1);
  const a = ACTS[act];
  const magnitude = pick(rand, [12, 40, 150, 300, 1200, 4500]);
  return {
    act,
    agent: chance(rand, 0.7) ? pick(rand, ORGS) : `${pick(rand, ROLES)} ${pick(rand, FIRST)} ${pick(rand, LAST)}`,
    object: pick(rand, a.objects),
    town: pick(rand, TOWNS),
    day: pick(rand, WEEKDAYS),
    date: `${int(rand, 1, 28)} ${pick(rand, MONTHS)}`,
    count: Math.max(2, Math.round(magnitude * (0.5 + rand()))),
    unit: pick(rand, a.counted),
    cause: pick(rand, CAUSES),
  };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function formatNumber(n: number, rand: Rand): string {
  if (n < 10 && chance(rand, 0.5)) return ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n];
  return n >= 1000 ? n.toLocaleString('en-US') : String(n);
}

/** One source's wording of a fact: synonyms, voice, hedges, attribution, and sometimes a different story. */
function renderFact(fact: Fact, rand: Rand, voice: { speakers: Person[]; skeptical: boolean; numberBias: number }): string {
  const act = ACTS[fact.act];
  const form = pick(rand, act.forms);
  let count = fact.count;
  let qualifier = pick(rand, ['', '', 'about ', 'at least ', 'more than ', 'nearly ']);
  if (chance(rand, 0.2)) {
    count = Math.max(2, Math.round(count * voice.numberBias));
    qualifier = pick(rand, ['only ', 'fewer than ', 'as many as ', '']);
  }
  const number = `${qualifier}${formatNumber(count, rand)} ${fact.unit}`;
  const when = pick(rand, [`on ${fact.day}`, `on ${fact.date}`, `late on ${fact.day}`, `early on ${fact.date}`]);
  const place = pick(rand, PLACES).replace('{town}', fact.town);
  const hedge = chance(rand, 0.12) ? `${pick(rand, HEDGES)} ` : '';
  const negated = voice.skeptical && chance(rand, 0.15);

  let core: string;
  switch (int(rand, 0, 3)) {
    case 0:
      core = negated
        ? `${capital(fact.agent)} did not ${pick(rand, act.base)} ${fact.object} ${place} ${when}`
        : `${capital(fact.agent)} ${hedge}${form[0]} ${fact.object} ${place} ${when}, ${act.tail.replace('{n}', number)}`;
      break;
    case 1:
      core = negated
        ? `${capital(fact.object)} ${be(fact.object)} not ${form[1]} by ${fact.agent} ${when}`
        : `${capital(fact.object)} ${be(fact.object)} ${hedge}${form[1]} by ${fact.agent} ${place} ${fact.cause}`;
      break;
    case 2:
      core = `${capital(when)}, ${fact.agent} ${hedge}${form[0]} ${fact.object} ${place} ${fact.cause}; ${act.clause.replace('{n}', number)}`;
      break;
    default:
      core = `${capital(fact.cause)}, ${fact.agent} ${negated ? 'never ' : hedge}${form[0]} ${fact.object} ${place}`;
  }

  const speaker = pick(rand, voice.speakers);
  switch (int(rand, 0, 5)) {
    case 0:
      return `${core}, ${speaker.role} ${speaker.name} ${pick(rand, SAY)}.`;
    case 1:
      return `According to ${speaker.role} ${speaker.name}, ${lowerFirst(core)}.`;
    case 2:
      return voice.skeptical && chance(rand, 0.5)
        ? `${speaker.name} ${pick(rand, DENY)} that ${fact.agent} ${form[0]} ${fact.object} ${place}.`
        : `"${core}," ${speaker.name} ${pick(rand, SAY)}.`;
    default:
      return `${core}.`;
  }
}

function be(noun: string): string {
  return /[^s]s$/.test(noun) ? 'were' : 'was';
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) && !FIRST.some((f) => s.startsWith(f)) && !/^(On|In|After|Following|Amid|During|Despite|As|Before|Under)\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function renderComment(rand: Rand, speakers: Person[]): string {
  const subject = pick(rand, COMMENT_SUBJECTS);
  const tail = pick(rand, COMMENT_TAILS);
  const verb = pick(rand, COMMENT_VERBS);
  if (chance(rand, 0.3)) {
    const s = pick(rand, speakers);
    return `"We ${verb} ${tail}," said ${s.name}, a ${pick(rand, ['resident', 'shop owner', 'nurse', 'driver', 'teacher', 'farmer'])} from ${pick(rand, TOWNS)}.`;
  }
  return `${subject} ${verb} ${tail}.`;
}

function renderDetail(rand: Rand, fact: Fact): string {
  const where = chance(rand, 0.5) ? ` ${pick(rand, PLACES).replace('{town}', fact.town)}` : '';
  return `${pick(rand, DETAIL_SUBJECTS)} ${pick(rand, DETAIL_VERBS)} ${pick(rand, DETAIL_OBJECTS)}${where} ${pick(rand, DETAIL_TIMES)}.`;
}

function renderBackground(rand: Rand, fact: Fact): string {
  return pick(rand, BACKGROUND)
    .replace('{org}', pick(rand, ORGS).replace(/^the /, ''))
    .replace('{town}', fact.town)
    .replace('{year}', String(int(rand, 1950, 2020)))
    .replace('{n}', formatNumber(int(rand, 3, 90), rand))
    .replace('{pop}', formatNumber(int(rand, 3, 90) * 1000, rand))
    .replace('{p}', String(int(rand, 4, 31)))
    .replace('{day}', fact.day);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** Where a synthetic source states one of the case's shared facts: a sentence and the fact's number. */
export interface FactSpan {
  source: string;
  start: number;
  end: number;
  fact: number;
}

/** `sources` sources of about `wordsPerSource` words each; same arguments, same case, byte for byte. */
export function syntheticCase(sources: number, wordsPerSource: number, seed = 2013): CaseInput {
  return syntheticCaseWithFacts(sources, wordsPerSource, seed).input;
}

/**
 * The case of `syntheticCase` and, as its answer key, the sentences that state a shared fact
 * (wording, voice, numbers and negation may differ): two claims from different sources that
 * render the same fact are one point. Comments, details and background are nobody's fact.
 */
export function syntheticCaseWithFacts(sources: number, wordsPerSource: number, seed = 2013): { input: CaseInput; facts: FactSpan[] } {
  const rand = prng(seed * 7919 + sources * 131 + wordsPerSource);
  // About one shared fact per 40 words of one source: each source tells a part of the story.
  const facts = Array.from({ length: Math.max(8, Math.round(wordsPerSource / 40)) }, () => makeFact(rand));
  const inputs: SourceInput[] = [];
  const spans: FactSpan[] = [];
  for (let s = 0; s < sources; s++) {
    const r = prng(seed + s * 104729 + wordsPerSource);
    const voice = {
      speakers: Array.from({ length: 6 }, () => person(r)),
      skeptical: s % 3 === 1,
      numberBias: pick(r, [0.2, 0.4, 2.5, 4]),
    };
    const id = `s${s + 1}`;
    const outlet = `${pick(r, ['The', 'Radio', 'Daily', 'Free'])} ${pick(r, TOWNS)} ${pick(r, ['Courier', 'Herald', 'Monitor', 'Voice', 'Observer', 'Bulletin'])}`;
    const first = pick(r, facts);
    const lines: string[] = [`# ${capital(first.agent)} ${ACTS[first.act].forms[0][0]} ${first.object} in ${first.town}`, ''];
    let words = countWords(lines[0]);
    // Where the next line starts in the source text (lines are joined with one line break).
    let offset = lines.join('\n').length + 1;
    let paragraph: string[] = [];
    let paragraphLength = 0;
    while (words < wordsPerSource) {
      const roll = r();
      let fact = -1;
      let sentence: string;
      if (roll < 0.55) {
        fact = Math.floor(r() * facts.length);
        sentence = renderFact(facts[fact], r, voice);
      } else sentence = roll < 0.7 ? renderComment(r, voice.speakers) : roll < 0.85 ? renderDetail(r, pick(r, facts)) : renderBackground(r, pick(r, facts));
      const start = offset + paragraphLength + (paragraph.length ? 1 : 0);
      if (fact >= 0) spans.push({ source: id, start, end: start + sentence.length, fact });
      paragraphLength = start + sentence.length - offset;
      paragraph.push(sentence);
      words += countWords(sentence);
      if (paragraph.length >= int(r, 3, 6)) {
        lines.push(paragraph.join(' '), '');
        offset += paragraphLength + 2;
        paragraph = [];
        paragraphLength = 0;
      }
    }
    if (paragraph.length) lines.push(paragraph.join(' '), '');
    inputs.push({ id, name: outlet, text: lines.join('\n') });
  }
  return { input: { title: `Synthetic case: ${sources} sources x ${wordsPerSource} words`, sources: inputs }, facts: spans };
}
