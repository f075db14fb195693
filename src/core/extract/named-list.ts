// The organization and place rules each grow a list of names with the sentences that mention them;
// one name (however it is written: "the Hague", "The Hague") is one entry.
import { normalizeName } from './gazetteer.ts';

export type Named = { name: string; mentions: number[] };

/** Adds `sentence` to the entry for `name`, creating the entry on its first mention. */
export function addMention(list: Named[], name: string, sentence: number): void {
  const key = normalizeName(name);
  let item = list.find((x) => normalizeName(x.name) === key);
  if (!item) {
    item = { name, mentions: [] };
    list.push(item);
  }
  if (!item.mentions.includes(sentence)) item.mentions.push(sentence);
}
