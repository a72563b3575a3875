// Common nouns news writing uses interchangeably for the same kind of actor. WordNet keeps most
// of these apart ("company" and "firm" share no synset among their first senses), so a small
// general list bridges them. Never names of one case.
export const ACTOR_GROUPS: Record<string, string[]> = {
  business: ['company', 'firm', 'business', 'corporation', 'group', 'employer', 'manufacturer', 'management', 'operator', 'owner', 'maker', 'producer'],
  government: ['government', 'authority', 'authorities', 'administration', 'state', 'ministry', 'executive', 'cabinet', 'official', 'officials', 'regime'],
  military: ['army', 'military', 'troop', 'soldier', 'force', 'armed forces', 'artillery', 'unit', 'battalion'],
  insurgents: ['rebel', 'insurgent', 'militant', 'fighter', 'guerrilla', 'militia', 'movement'],
  police: ['police', 'officer', 'policeman', 'policewoman', 'constable', 'gendarme'],
  workers: ['worker', 'employee', 'staff', 'workforce', 'labourer', 'laborer'],
  residents: ['resident', 'inhabitant', 'local', 'villager', 'householder', 'neighbour', 'neighbor'],
  court: ['court', 'judge', 'tribunal', 'judiciary'],
  union: ['union', 'trade union', 'labor union', 'labour union'],
  observers: ['observer', 'monitor', 'inspector', 'mission'],
  lawmakers: ['parliament', 'legislature', 'lawmaker', 'legislator', 'senate', 'congress', 'assembly', 'deputy', 'mp'],
};

const GROUP_OF = new Map<string, string>();
for (const [group, words] of Object.entries(ACTOR_GROUPS)) for (const word of words) GROUP_OF.set(word, group);

export function actorGroup(lemma: string): string | null {
  return GROUP_OF.get(lemma) ?? null;
}
