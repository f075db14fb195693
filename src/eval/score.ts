// Scores one extracted Article against its gold annotation, exactly as DESIGN.md "How extraction
// is scored" says. Pure: counts plus a readable list of misses; ratios come from summed counts so
// the TOTAL row weighs every person, quote and name equally, whichever article it is in.
//
// Quote rule (the one judgement call): gold `full`/`partial` quotes are speech and must be found;
// only a predicted `full`/`partial` quote can find one (token F1 >= 0.8, one-to-one). A predicted
// quote counts against precision when it matches no gold quote at all, or when it claims speech
// (full/partial) for a span the gold marks scare/mention. A predicted `scare` quote that matches a
// gold scare/mention quote is neutral (right, but not speech), and so is a predicted `scare` quote
// over gold speech: that gold quote is already a miss, it is not charged twice.
//
// Names compare after whitespace and apostrophe normalisation; people recall is case-sensitive,
// people precision and aliases are not (the text writes "De la Cruz" at a sentence start).
// Speakers: a gold person by full name or alias; any other gold speaker (an organization, "an
// advisor to the Palestinian team") by the loose name or role rule. A gold null speaker on speech
// is right only when the prediction is null too.
import type { Article, Person } from '../core/article.ts';
import type { GoldFile, GoldPerson, GoldQuote } from './gold.ts';
import { keySentences } from './gold.ts';
import { looseNameMatch, looseRoleMatch, normalizeSentence, normalizeText, sameName, tokenF1 } from './text-match.ts';

export const QUOTE_MATCH_F1 = 0.8;

export interface Counts {
  people: { gold: number; predicted: number; recallHits: number; precisionHits: number };
  roles: { gold: number; found: number };
  quotes: { gold: number; predicted: number; matched: number };
  attribution: { gold: number; correct: number };
  organizations: { gold: number; predicted: number; matched: number };
  places: { gold: number; predicted: number; matched: number };
  summary: { gold: number; found: number; lead3Found: number };
}

export interface Misses {
  missingPeople: string[];
  extraPeople: string[];
  missingRoles: string[];
  missedQuotes: string[];
  extraQuotes: string[];
  wrongSpeakers: string[];
  missingOrganizations: string[];
  extraOrganizations: string[];
  missingPlaces: string[];
  extraPlaces: string[];
  missingKeySentences: string[];
}

export interface ArticleScore {
  counts: Counts;
  misses: Misses;
}

export function emptyCounts(): Counts {
  return {
    people: { gold: 0, predicted: 0, recallHits: 0, precisionHits: 0 },
    roles: { gold: 0, found: 0 },
    quotes: { gold: 0, predicted: 0, matched: 0 },
    attribution: { gold: 0, correct: 0 },
    organizations: { gold: 0, predicted: 0, matched: 0 },
    places: { gold: 0, predicted: 0, matched: 0 },
    summary: { gold: 0, found: 0, lead3Found: 0 },
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const metric of Object.keys(out) as (keyof Counts)[]) {
    const target = out[metric] as unknown as Record<string, number>;
    const left = a[metric] as unknown as Record<string, number>;
    const right = b[metric] as unknown as Record<string, number>;
    for (const field of Object.keys(target)) target[field] = (left[field] ?? 0) + (right[field] ?? 0);
  }
  return out;
}

// ---------- people and roles ----------

interface PeopleResult {
  /** gold person index -> predicted person that claimed it */
  claimed: Map<number, Person>;
  recallHits: number;
  precisionHits: number;
  missing: string[];
  extra: string[];
}

function scorePeople(gold: GoldPerson[], predicted: Person[]): PeopleResult {
  const claimed = new Map<number, Person>();
  const unclaimedPredicted: Person[] = [];
  // Full names claim first, so "Blinken" beside "Antony Blinken" is the duplicate, not the reverse.
  for (const p of predicted) {
    const g = gold.findIndex((gp, i) => !claimed.has(i) && sameName(gp.name, p.name));
    if (g >= 0) claimed.set(g, p);
    else unclaimedPredicted.push(p);
  }
  // Recall wants the exact full name (only whitespace and apostrophe forms are normalised);
  // "Mateus De La Cruz" still claims its gold person for precision, but is not a recall hit.
  let recallHits = 0;
  for (const [g, p] of claimed) if (normalizeText(p.name) === normalizeText(gold[g]?.name ?? '')) recallHits++;
  const extra: string[] = [];
  for (const p of unclaimedPredicted) {
    const g = gold.findIndex((gp, i) => !claimed.has(i) && gp.aliases.some((a) => sameName(a, p.name)));
    if (g >= 0) {
      claimed.set(g, p);
      continue;
    }
    const owner = gold.find((gp) => sameName(gp.name, p.name) || gp.aliases.some((a) => sameName(a, p.name)));
    extra.push(owner ? `${p.name}  (duplicate entry for ${owner.name})` : p.name);
  }
  const missing: string[] = [];
  gold.forEach((gp, i) => {
    const claimant = claimed.get(i);
    if (claimant && normalizeText(claimant.name) === normalizeText(gp.name)) return;
    const underAlias = claimant ? `  (predicted only as "${claimant.name}")` : '';
    missing.push(`${gp.name}${underAlias}`);
  });
  return { claimed, recallHits, precisionHits: claimed.size, missing, extra };
}

function scoreRoles(gold: GoldPerson[], claimed: Map<number, Person>): { gold: number; found: number; missing: string[] } {
  let total = 0;
  let found = 0;
  const missing: string[] = [];
  gold.forEach((gp, i) => {
    const predictedRoles = claimed.get(i)?.roles ?? [];
    for (const role of gp.roles) {
      total++;
      if (predictedRoles.some((r) => looseRoleMatch(role, r))) found++;
      else {
        const had = predictedRoles.length > 0 ? `predicted: ${predictedRoles.map((r) => `"${r}"`).join(', ')}` : 'no roles predicted';
        missing.push(`${gp.name}: "${role}"  (${claimed.has(i) ? had : 'person not found'})`);
      }
    }
  });
  return { gold: total, found, missing };
}

// ---------- quotes and attribution ----------

const isSpeech = (kind: string): boolean => kind === 'full' || kind === 'partial';

function short(text: string, max = 90): string {
  const t = normalizeText(text);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

interface Pair {
  gold: number;
  predicted: number;
  f1: number;
}

/** Greedy one-to-one matching, best overlap first. */
function matchQuotes(gold: GoldQuote[], predicted: Article['quotes'], allowed: (g: GoldQuote, p: Article['quotes'][number]) => boolean): Pair[] {
  const pairs: Pair[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (!allowed(g, p)) return;
      const f1 = tokenF1(g.text, p.text);
      if (f1 >= QUOTE_MATCH_F1) pairs.push({ gold: gi, predicted: pi, f1 });
    });
  });
  pairs.sort((a, b) => b.f1 - a.f1 || a.gold - b.gold || a.predicted - b.predicted);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Pair[] = [];
  for (const pair of pairs) {
    if (usedG.has(pair.gold) || usedP.has(pair.predicted)) continue;
    usedG.add(pair.gold);
    usedP.add(pair.predicted);
    out.push(pair);
  }
  return out;
}

/** Attribution: a person by full name or alias; anyone else (organization, unnamed, document) loosely. */
function speakerIsRight(goldQuote: GoldQuote, predictedSpeaker: string | null, people: GoldPerson[]): boolean {
  const want = goldQuote.speaker;
  if (want === null) return predictedSpeaker === null;
  if (predictedSpeaker === null) return false;
  const person = people.find((p) => sameName(p.name, want));
  if (person) return sameName(person.name, predictedSpeaker) || person.aliases.some((a) => sameName(a, predictedSpeaker));
  return sameName(want, predictedSpeaker) || looseNameMatch(want, predictedSpeaker) || looseRoleMatch(want, predictedSpeaker);
}

interface QuoteResult {
  gold: number;
  predicted: number;
  matched: number;
  correct: number;
  missed: string[];
  extra: string[];
  wrong: string[];
}

function scoreQuotes(gold: GoldFile, article: Article): QuoteResult {
  const predicted = article.quotes;
  const speech = gold.quotes.filter((q) => isSpeech(q.kind));
  const nonSpeech = gold.quotes.filter((q) => !isSpeech(q.kind));

  const speechPairs = matchQuotes(speech, predicted, (_g, p) => isSpeech(p.kind));
  const usedPredicted = new Set(speechPairs.map((p) => p.predicted));
  const rest = predicted.map((p, i) => ({ p, i })).filter(({ i }) => !usedPredicted.has(i));
  const restQuotes = rest.map(({ p }) => p);
  // Which leftover predictions cover a gold scare/mention, or a gold speech quote they called scare.
  const coverNonSpeech = matchQuotes(nonSpeech, restQuotes, () => true);
  const coveredNonSpeech = new Map(coverNonSpeech.map((pair) => [pair.predicted, pair.gold]));
  const coverSpeechAsScare = matchQuotes(speech, restQuotes, (_g, p) => !isSpeech(p.kind));
  const scareOverSpeech = new Set(coverSpeechAsScare.map((pair) => pair.predicted));

  let falsePositives = 0;
  const extra: string[] = [];
  restQuotes.forEach((p, ri) => {
    const nonSpeechGold = coveredNonSpeech.get(ri);
    if (nonSpeechGold !== undefined) {
      if (isSpeech(p.kind)) {
        falsePositives++;
        extra.push(`[${p.kind}] "${short(p.text)}"  (gold says ${nonSpeech[nonSpeechGold]?.kind ?? 'scare'}, not speech)`);
      }
      return;
    }
    if (scareOverSpeech.has(ri)) return;
    falsePositives++;
    extra.push(`[${p.kind}] "${short(p.text)}"  (speaker: ${p.speaker ?? 'none'}; no gold quote matches)`);
  });

  const matchedGold = new Map(speechPairs.map((pair) => [pair.gold, pair]));
  const scareByGold = new Map(coverSpeechAsScare.map((pair) => [pair.gold, restQuotes[pair.predicted]]));
  const missed: string[] = [];
  const wrong: string[] = [];
  let correct = 0;
  speech.forEach((g, gi) => {
    const pair = matchedGold.get(gi);
    if (!pair) {
      const asScare = scareByGold.get(gi);
      const hint = asScare ? 'found, but predicted as scare' : nearestHint(g, predicted);
      missed.push(`"${short(g.text)}"  (gold speaker: ${g.speaker ?? 'none'}; ${hint})`);
      return;
    }
    const p = predicted[pair.predicted];
    const said = p?.speaker ?? null;
    if (speakerIsRight(g, said, gold.people)) correct++;
    else wrong.push(`"${short(g.text, 60)}"  gold: ${g.speaker ?? 'none'}, predicted: ${said ?? 'none'}`);
  });

  return {
    gold: speech.length,
    predicted: speechPairs.length + falsePositives,
    matched: speechPairs.length,
    correct,
    missed,
    extra,
    wrong,
  };
}

function nearestHint(g: GoldQuote, predicted: Article['quotes']): string {
  let best = 0;
  let bestText = '';
  for (const p of predicted) {
    const f1 = tokenF1(g.text, p.text);
    if (f1 > best) {
      best = f1;
      bestText = p.text;
    }
  }
  return best > 0.3 ? `closest prediction F1 ${best.toFixed(2)}: "${short(bestText, 60)}"` : 'no prediction overlaps';
}

// ---------- organizations and places ----------

/** Maximum one-to-one matching under the loose rule, exact matches taken first. */
function matchNames(gold: string[], predicted: string[]): { matched: number; missing: string[]; extra: string[] } {
  const goldOf = new Map<number, number>(); // predicted -> gold
  const predOf = new Map<number, number>(); // gold -> predicted
  gold.forEach((g, gi) => {
    const pi = predicted.findIndex((p, i) => !goldOf.has(i) && sameName(g, p));
    if (pi >= 0) {
      goldOf.set(pi, gi);
      predOf.set(gi, pi);
    }
  });
  // Kuhn's augmenting paths for the loose pairs (lists are short: tens of names).
  const tryAssign = (gi: number, seen: Set<number>): boolean => {
    for (let pi = 0; pi < predicted.length; pi++) {
      if (seen.has(pi) || !looseNameMatch(gold[gi] ?? '', predicted[pi] ?? '')) continue;
      seen.add(pi);
      const holder = goldOf.get(pi);
      if (holder === undefined || tryAssign(holder, seen)) {
        goldOf.set(pi, gi);
        predOf.set(gi, pi);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_g, gi) => {
    if (!predOf.has(gi)) tryAssign(gi, new Set());
  });
  return {
    matched: predOf.size,
    missing: gold.filter((_g, gi) => !predOf.has(gi)),
    extra: predicted.filter((_p, pi) => !goldOf.has(pi)),
  };
}

// ---------- summary ----------

function keySentenceHits(keys: string[], candidates: string[]): { found: number; missing: string[] } {
  const top = new Set(candidates.slice(0, 3).map(normalizeSentence));
  const missing = keys.filter((k) => !top.has(normalizeSentence(k)));
  return { found: keys.length - missing.length, missing };
}

// ---------- the whole article ----------

export function scoreArticle(gold: GoldFile, article: Article): ArticleScore {
  const people = scorePeople(gold.people, article.people);
  const roles = scoreRoles(gold.people, people.claimed);
  const quotes = scoreQuotes(gold, article);
  const orgs = matchNames(gold.organizations, article.organizations.map((o) => o.name));
  const places = matchNames(gold.places, article.places.map((p) => p.name));
  const keys = keySentences(gold);
  const summary = keySentenceHits(keys, article.summary);
  const lead3 = keySentenceHits(keys, article.sentences.map((s) => s.text));

  return {
    counts: {
      people: { gold: gold.people.length, predicted: article.people.length, recallHits: people.recallHits, precisionHits: people.precisionHits },
      roles: { gold: roles.gold, found: roles.found },
      quotes: { gold: quotes.gold, predicted: quotes.predicted, matched: quotes.matched },
      attribution: { gold: quotes.gold, correct: quotes.correct },
      organizations: { gold: gold.organizations.length, predicted: article.organizations.length, matched: orgs.matched },
      places: { gold: gold.places.length, predicted: article.places.length, matched: places.matched },
      summary: { gold: keys.length, found: summary.found, lead3Found: lead3.found },
    },
    misses: {
      missingPeople: people.missing,
      extraPeople: people.extra,
      missingRoles: roles.missing,
      missedQuotes: quotes.missed,
      extraQuotes: quotes.extra,
      wrongSpeakers: quotes.wrong,
      missingOrganizations: orgs.missing,
      extraOrganizations: orgs.extra,
      missingPlaces: places.missing,
      extraPlaces: places.extra,
      missingKeySentences: summary.missing,
    },
  };
}

// ---------- ratios ----------

export interface Ratios {
  peopleP: number | null;
  peopleR: number | null;
  peopleF1: number | null;
  roleR: number | null;
  quoteP: number | null;
  quoteR: number | null;
  quoteF1: number | null;
  attribution: number | null;
  orgF1: number | null;
  placeF1: number | null;
  summaryR: number | null;
  lead3R: number | null;
}

const ratio = (hits: number, total: number): number | null => (total === 0 ? null : hits / total);

/** F1 where an undefined side (nothing predicted, or nothing to find) counts as perfect. */
function f1(p: number | null, r: number | null): number | null {
  if (p === null && r === null) return null;
  const pp = p ?? 1;
  const rr = r ?? 1;
  return pp + rr === 0 ? 0 : (2 * pp * rr) / (pp + rr);
}

export function ratios(c: Counts): Ratios {
  const peopleP = ratio(c.people.precisionHits, c.people.predicted);
  const peopleR = ratio(c.people.recallHits, c.people.gold);
  const quoteP = ratio(c.quotes.matched, c.quotes.predicted);
  const quoteR = ratio(c.quotes.matched, c.quotes.gold);
  return {
    peopleP,
    peopleR,
    peopleF1: f1(peopleP, peopleR),
    roleR: ratio(c.roles.found, c.roles.gold),
    quoteP,
    quoteR,
    quoteF1: f1(quoteP, quoteR),
    attribution: ratio(c.attribution.correct, c.attribution.gold),
    orgF1: f1(ratio(c.organizations.matched, c.organizations.predicted), ratio(c.organizations.matched, c.organizations.gold)),
    placeF1: f1(ratio(c.places.matched, c.places.predicted), ratio(c.places.matched, c.places.gold)),
    summaryR: ratio(c.summary.found, c.summary.gold),
    lead3R: ratio(c.summary.lead3Found, c.summary.gold),
  };
}
