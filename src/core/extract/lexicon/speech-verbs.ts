// Verbs that introduce or attribute speech, in every inflection a news story uses.

const LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  speak: ['speak', 'speaks', 'spoke', 'speaking'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
};

const REGULAR = `
  state declare add ask explain note remark announce urge warn insist argue claim concede describe
  report acknowledge admit recall continue conclude comment observe suggest reply respond answer
  emphasize emphasise stress caution predict clarify confirm deny complain joke quip shout scream
  wonder testify post vow pledge promise demand plead reiterate affirm assert maintain contend
  mention reveal disclose boast lament muse recount exclaim whisper cry sob chant tout
  announce allege proclaim concur agree disagree counter retort interject point call criticize
  criticise praise hail brand dub term label characterize characterise summarize summarise
  advise recommend propose caution threaten vow signal accuse blame thank welcome question
  estimate forecast calculate predict caution concede acknowledge explain elaborate detail
  inform assure reassure remind announce broadcast publish tweet message email text apologize apologise
  acknowledge recount concede accuse
`;

function regularForms(lemma: string): string[] {
  const base = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const past = lemma.endsWith('e') ? `${lemma}d` : lemma.endsWith('y') && !/[aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : lemma.endsWith('y') && !/[aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const gerund = `${base}ing`;
  const doubled = /^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma) ? [`${lemma}${lemma.slice(-1)}ed`, `${lemma}${lemma.slice(-1)}ing`] : [];
  return [lemma, past, third, gerund, ...doubled];
}

// Verbs that double their last consonant ("admitted", "quipped").
const DOUBLING = 'admit regret submit omit commit permit refer prefer concur rebut transmit quip chat plot jot blog vet fret';

const forms = new Set<string>();
for (const lemma of DOUBLING.split(' ')) {
  const last = lemma.slice(-1);
  for (const f of [lemma, `${lemma}s`, `${lemma}${last}ed`, `${lemma}${last}ing`]) forms.add(f);
}
for (const list of Object.values(LEMMAS)) for (const f of list) forms.add(f);
for (const lemma of REGULAR.trim().split(/\s+/)) for (const f of regularForms(lemma)) forms.add(f);

/** Every inflected form of a speech verb, lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = forms;

/** The most reliable subset: a clause with one of these and a quote is almost always attribution. */
export const CORE_SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...(LEMMAS.say ?? []), ...(LEMMAS.tell ?? []), 'added', 'adds', 'stated', 'states', 'declared', 'declares',
  'asked', 'asks', 'explained', 'explains', 'noted', 'notes', 'wrote', 'writes', 'tweeted', 'tweets',
  'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed', 'claims', 'remarked',
  'announced', 'recalled', 'recalls', 'continued', 'continues', 'replied', 'replies', 'responded',
  'answered', 'emphasized', 'stressed', 'clarified', 'confirmed', 'conceded', 'admitted', 'acknowledged',
  'concluded', 'commented', 'observed', 'suggested', 'joked', 'quipped', 'testified', 'posted',
]);
