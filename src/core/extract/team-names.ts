// Sports teams named by their city ("Denver beat Boston 110-102", "the Oklahoma City Thunder") are
// organizations, not places. Only in an article that reads as a match report (a score, or game
// words), and only for the mentions where the city does what a team does: the dateline
// ("OKLAHOMA CITY (AP) —") stays a place.
import type { AnalyzedText } from './analyzed-text.ts';
import type { Organization, Person, Place } from '../article.ts';
import { demonymCountry, isCountry, lookupName } from './gazetteer.ts';

/** What a team does, right after its name ("Denver beat", "Boston led 94-77"). */
const TEAM_VERBS = `host|travel|travel to|stay|stays|sit|sits|face|faces|came from|come from|remain|remains|beat|beats|won|wins|lost|loses|trailed|trails|led|leads|scored|scores|rallied|rallies|edged|edges|routed|routs|defeated|defeats|drew|draws|tied|ties|outscored|outscores|clinched|clinches|overcame|blanked|blanks|swept|sweeps|snapped|snaps|closed on|never trailed|hosts|hosted|visits|visited|improved to|fell to|dropped to|held on|pulled away|came back|converted|conceded|equalised|equalized|made|shot|went|played|finished|opened|missed|outrebounded|moved|drop to|drops to|climb to|climbs to|climbed to|rise to|rises to|rose to|slip to|slips to|slipped to`;
/** What a team is on the other end of ("beat Boston", "a game ahead of Denver", "led Boston with 31 points"). */
const TEAM_OBJECT_BEFORE = `clear of|points above|points below|above|below|host|face|faces|faced|facing|meet|meets|met|travel to|travels to|welcome|welcomes|beat|beats|defeated|defeats|edged|edges|routed|routs|against|past|hosted|hosts|visited|visits|ahead of|behind|led|trailing|trailed|for`;
const VENUE_LAST = /\s(?:Center|Centre|Arena|Garden|Gardens|Field|Dome|Coliseum|Ballpark|Bowl)$/u;
/** "the London Stadium", "the Boston area": places, not team nicknames. */
const NOT_NICKNAME = /^(?:Stadium|Arena|Center|Centre|Park|Road|Street|Airport|Station|Marathon|Open|Games|Area|Region|Suburbs?|Metro|Times|Post|Globe|Herald|Tribune|Star|News)$/u;
/** Grounds and venues by their last word ("Villa Park", "Anfield Road", "Hill Dickinson Stadium"). */
const GROUND = /\s(?:Park|Stadium|Road|Lane|Ground|Arena|Field|Oval|Bowl|Dome|Coliseum|Centre|Center)$/u;
/** "the Gorillas", "the Golden Bears": a capitalised plural after "the". */
const NICKNAME = /\b[Tt]he ((?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+s)\b/gu;
/** Plurals after "the" that are people or things, not teams. */
const NOT_TEAM_PLURAL = /^(?:Democrats|Republicans|Tories|Conservatives|Liberals|Greens|Nationals|Games|Olympics|Playoffs|Finals|Championships|Islands|Alps|Rockies|Highlands|Midlands|Netherlands|Philippines|Bahamas|Maldives|Seychelles|Americas|Balkans|Baltics|Times|News|Sports|Lords|Commons|States|Emirates)$/u;
const TEAM_SUBJECT = new RegExp(`^(?:['’])?\\s+(?:${TEAM_VERBS})\\b`, 'u');
const TEAM_OBJECT = new RegExp(`\\b(?:${TEAM_OBJECT_BEFORE}|to|over|with)\\s+$`, 'u');
/** A capitalised word standing alone, not after "the" (nicknames are handled above). */
const CLUB_NAME = /(?<![\p{L}'’-])(?<!\b[Tt]he )(\p{Lu}[\p{L}]+)(?![\p{L}'’-]| \p{Lu})/gu;
/** Only what a club does: a result, with its opponent ("lost to", "drew with"). */
const CLUB_SUBJECT = /^(?:,? who)?\s+(?:beat|beats|lost to|lose to|drew with|draw with|defeated|defeats|edged|edges|routed|routs|thrashed|thrash|hammered|hosted|host|hosts|visit|visits|visited)\b/u;
const CLUB_OBJECT = /\b(?:beat|beats|lost to|lose to|drew with|draw with|defeated|defeats|edged|routed|thrashed|hammered|against|hosted|visited)\s+$/u;
/** Capitalised words that start sentences or name things other than clubs. */
const NOT_CLUB = /^(?:The|A|An|He|She|They|It|We|I|You|His|Her|Their|Its|This|That|These|Those|There|Then|But|And|After|Before|When|While|Last|Next|On|In|At|By|For|With|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/** A player's or coach's position after a team's name ("Ireland flanker", "Bath head coach"). */
const POSITION_AFTER = /^\s+(?:head coach|coach|manager|captain|skipper|flanker|lock|prop|hooker|wing|winger|centre|fly-half|scrum-half|full-back|fullback|number eight|back-rower|substitute|striker|forward|midfielder|defender|goalkeeper|keeper|batter|batsman|bowler|opener|all-rounder|pitcher|quarterback|guard|point guard|teammate|team-mate|debutant)\b/u;
/** "Detroit's four sacks", "Boston's 12 turnovers": a team's tally of a game statistic. */
const TEAM_STAT = /^['’]s (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:sacks|turnovers|interceptions|fumbles|penalties|touchdowns|field goals|rebounds|assists|steals|blocks|goals|shots|hits|runs|errors|wickets|tries)\b/u;
/** "the Detroit 33": a yard line is named by the team whose half it is. */
const YARD_LINE = /^ \d{1,2}(?![\d-])(?:-yard line)?/u;
/** "No. 6 Houston", "first-place Houston", "a senior transfer from Saint Louis", "a road trip to BYU and Arizona". */
const RANKED_BEFORE = /(?:\bNo\. \d{1,2}|\b(?:first|second|third|fourth|fifth|last)-place|\b(?:a|the)(?: \p{Ll}+)? transfer from|\broad (?:trip|game|games) (?:to|at|against)(?: \p{Lu}[\p{L}.]* (?:and|or))?)\s+$/u;
/** What makes a name a location: "in", "at", "from", "near", "to" or "of" right before it. */
const PLACE_BEFORE = /\b(?:in|at|from|near|to|of|outside|around|across|into|downtown|native|born|based)\s+(?:the\s+)?$/iu;
const SCORE = /\b\d{1,3}-\d{1,3}\b/u;
const GAME_WORDS = /\b(?:overtime|halftime|half-time|quarter|innings|inning|goals?|touchdowns?|rebounds|assists|free throws?|penalty|penalties|season|playoffs?|standings)\b/iu;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Is this article a match report? A score and a game word, in any sentence. */
export function readsAsSport(text: AnalyzedText): boolean {
  return text.sentences.some((s) => SCORE.test(s.text)) && text.sentences.some((s) => GAME_WORDS.test(s.text));
}

/**
 * Moves the team mentions of city places to organizations: to the team the article names in full
 * when it starts with the city ("Boston" -> "Boston Celtics"), to "City Nickname" when the text
 * writes "the City Nickname" ("the Oklahoma City Thunder"), else to the city's name as a team.
 */
export function separateTeams(text: AnalyzedText, orgs: Organization[], places: Place[], people: Person[] = []): { orgs: Organization[]; places: Place[] } {
  if (!readsAsSport(text)) return { orgs, places };
  const outOrgs = orgs.map((o) => ({ name: o.name, mentions: [...o.mentions] }));
  const outPlaces: Place[] = [];
  const addOrg = (name: string, sentence: number): void => {
    let o = outOrgs.find((x) => x.name === name);
    if (!o) {
      o = { name, mentions: [] };
      outOrgs.push(o);
    }
    if (!o.mentions.includes(sentence)) o.mentions.push(sentence);
  };
  const created = new Set<string>();
  for (const place of places) {
    // "travel to Villa Park", "host at Selhurst Park": a ground is where a team plays, never the team.
    if (GROUND.test(place.name)) {
      outPlaces.push({ name: place.name, mentions: [...place.mentions] });
      continue;
    }
    const team = outOrgs.find((o) => o.name.startsWith(`${place.name} `));
    const occurrence = new RegExp(`(?<![\\p{L}])${escape(place.name)}(?![\\p{L}])`, 'giu');
    const kept: number[] = [];
    for (const s of place.mentions) {
      const sentence = text.sentences[s]?.text ?? '';
      let placeHere = false;
      for (const m of sentence.matchAll(occurrence)) {
        const before = sentence.slice(0, m.index);
        const after = sentence.slice(m.index + m[0].length);
        const nick = /^\s+(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/u.exec(after);
        if (m[0] === place.name && nick && !NOT_NICKNAME.test(nick[1]!) && (/\b[Tt]he\s+$/u.test(before) || new RegExp(`^\\s+\\S+\\s+(?:${TEAM_VERBS})\\b`, 'u').test(after)) && !/^\s+\p{Lu}\p{Ll}+\s+(?:of|for|and)\b/u.test(after)) {
          addOrg(`${place.name} ${nick[1]!}`, s);
          created.add(`${place.name} ${nick[1]!}`);
        } else if (m[0] === place.name && (POSITION_AFTER.test(after) || (/^ (?:and|or) \p{Lu}\p{L}+/u.test(after) && POSITION_AFTER.test(after.replace(/^ (?:and|or) \p{Lu}\p{L}+/u, ''))) || (/\b(?:former|ex-) (?:\p{Lu}\p{L}+ (?:and|or) )?$/u.test(before) && POSITION_AFTER.test(after.replace(/^ (?:and|or) \p{Lu}\p{L}+/u, ''))))) {
          // "Ireland flanker Cian Ó Duibhir": a national side (no organization of the article's
          // own); "Bath head coach": the club.
          if (!isCountry(place.name)) {
            addOrg(team?.name ?? place.name, s);
            created.add(team?.name ?? place.name);
            // "a former Kilmarnock and Motherwell midfielder": the second club of the pair too.
            const pair = /^ (?:and|or) (\p{Lu}\p{L}+)/u.exec(after);
            if (pair && !isCountry(pair[1]!) && demonymCountry(pair[1]!) === null && POSITION_AFTER.test(after.slice(pair[0].length))) addOrg(pair[1]!, s);
          }
        } else if (m[0] === place.name && (RANKED_BEFORE.test(before) || new RegExp(`\\b(?:${TEAM_OBJECT_BEFORE})\\s+(?:the\\s+)?$`, 'u').test(before))) {
          // "at No. 6 Houston", "first-place Houston", "a transfer from Saint Louis": only a team is ranked or left by a player.
          addOrg(team?.name ?? place.name, s);
          created.add(team?.name ?? place.name);
        } else if (m[0] === place.name && new RegExp(`^(?:['’]s)?(?:\\s+\\(\\d{1,2}-\\d{1,2}(?:-\\d{1,2})?\\))?\\s+(?:(?:had|have|has|were|will|would|could) )?(?:${TEAM_VERBS})\\b`, 'u').test(after)) {
          // "Detroit (7-4) lost": a team's record may sit between its name and what it did.
          addOrg(team?.name ?? place.name, s);
          created.add(team?.name ?? place.name);
        } else if (m[0] === place.name && (TEAM_STAT.test(after) || (/\b[Tt]he\s+$/u.test(before) && YARD_LINE.test(after)))) {
          // "two of Detroit's four sacks", "put the Packers at the Detroit 33": a team's tally or its half of the field.
          addOrg(team?.name ?? place.name, s);
          created.add(team?.name ?? place.name);
        } else {
          placeHere = true;
        }
      }
      if (placeHere || !occurrence.test(sentence)) kept.push(s);
      occurrence.lastIndex = 0;
    }
    if (kept.length > 0) outPlaces.push({ name: place.name, mentions: kept });
  }
  // "Houston is Houston", said of a team the report has already shown playing: with nothing that
  // makes it a location ("in", "at", "from", a dateline), a team's name stays the team.
  for (const p of [...outPlaces]) {
    if (!created.has(p.name) || outOrgs.some((o) => o.name.startsWith(`${p.name} `))) continue;
    const occurrence = new RegExp(`(?<![\\p{L}])${escape(p.name)}(?![\\p{L}'’-])`, 'gu');
    const kept = p.mentions.filter((s) => {
      const sentence = text.sentences[s]?.text ?? '';
      const all = [...sentence.matchAll(occurrence)];
      return all.length === 0 || s === 0 || all.some((m) => m.index === 0 || PLACE_BEFORE.test(sentence.slice(0, m.index)) || /^, \p{Lu}/u.test(sentence.slice(m.index + m[0].length)));
    });
    if (kept.length === p.mentions.length) continue;
    for (const s of p.mentions) if (!kept.includes(s)) addOrg(p.name, s);
    outPlaces.splice(outPlaces.indexOf(p), 1, ...(kept.length > 0 ? [{ name: p.name, mentions: kept }] : []));
  }
  // "asked about the crowd at Paycom Center": an arena named like a company is a place to play in.
  for (const o of [...outOrgs]) {
    if (!VENUE_LAST.test(o.name) || !o.mentions.every((m) => new RegExp(`\\b(?:at|in|inside)\\s+(?:the\\s+)?${escape(o.name)}`, 'u').test(text.sentences[m]?.text ?? ''))) continue;
    outOrgs.splice(outOrgs.indexOf(o), 1);
    outPlaces.push({ name: o.name, mentions: o.mentions });
  }
  // "Norwich City", "Bradford City": in a match report, a listed city and "City" is the club.
  for (const p of [...outPlaces]) {
    const city = p.name.replace(/ City$/u, '');
    if (city === p.name || lookupName(p.name) === 'place' || lookupName(city) !== 'place') continue;
    outPlaces.splice(outPlaces.indexOf(p), 1);
    for (const m of p.mentions) addOrg(p.name, m);
    created.add(p.name);
  }
  // "Iowa State", "Northwest Missouri State": in a match report, a college team, not a state.
  for (const p of [...outPlaces]) {
    if (!/\sState$/u.test(p.name) || lookupName(p.name) === 'place') continue;
    outPlaces.splice(outPlaces.indexOf(p), 1);
    for (const m of p.mentions) addOrg(p.name, m);
  }
  // "The Gorillas led 21-10", "for the Bearcats": a plural nickname doing what a team does.
  text.sentences.forEach((sentence, si) => {
    for (const m of sentence.text.matchAll(NICKNAME)) {
      const name = m[1]!;
      const last = name.split(' ').pop()!;
      if (NOT_NICKNAME.test(last) || NOT_TEAM_PLURAL.test(last) || demonymCountry(last) !== null) continue;
      const before = sentence.text.slice(0, m.index);
      const after = sentence.text.slice(m.index! + m[0].length);
      if (TEAM_SUBJECT.test(after) || TEAM_OBJECT.test(before)) addOrg(name, si);
    }
  });
  // "Arsenal lost to Brentford", "Feyenoord, who drew with Twente": a name only a club can be.
  const whole = text.sentences.map((x) => x.text).join(' ');
  const personWords = new Set(people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/u))));
  text.sentences.forEach((sentence, si) => {
    for (const m of sentence.text.matchAll(CLUB_NAME)) {
      const name = m[1]!;
      if (name.split(' ').some((w) => personWords.has(w)) || NOT_CLUB.test(name) || demonymCountry(name) !== null || lookupName(name) === 'place') continue;
      if (outPlaces.some((p) => p.name === name)) continue;
      // "Jannik Sinner ... lost to Sinner": the last word of a longer name is a surname, not a club.
      if (new RegExp(`\\p{Lu}\\p{L}+ ${name}(?![\\p{L}])`, 'u').test(whole)) continue;
      const before = sentence.text.slice(0, m.index);
      const after = sentence.text.slice(m.index! + m[0].length);
      if (CLUB_SUBJECT.test(after) || CLUB_OBJECT.test(before)) addOrg(name, si);
    }
  });
  // "Oklahoma City never trailed" once the article has named "the Oklahoma City Thunder": one team.
  const merged = outOrgs.filter((o) => !(created.has(o.name) && outOrgs.some((x) => x !== o && x.name.startsWith(`${o.name} `) && mergeInto(x, o))));
  // "the Packers" once the article has named "the Green Bay Packers": the nickname is that team.
  const folded = merged.filter((o) => {
    const nick = o.name.replace(/^[Tt]he /u, '');
    if (nick.includes(' ') || !/^\p{Lu}\p{Ll}+s$/u.test(nick)) return true;
    const full = merged.find((x) => x !== o && x.name.endsWith(` ${nick}`) && (lookupName(x.name) === 'organization' || lookupName(x.name.slice(0, -nick.length - 1)) === 'place' || places.some((p) => p.name === x.name.slice(0, -nick.length - 1))));
    return !(full && mergeInto(full, o));
  });
  folded.forEach((o) => o.mentions.sort((a, b) => a - b));
  return { orgs: folded, places: outPlaces };
}

function mergeInto(into: Organization, from: Organization): boolean {
  for (const m of from.mentions) if (!into.mentions.includes(m)) into.mentions.push(m);
  return true;
}
