// The archive's search: which pages answer a query, read from the static index built after each build
// (search-index/, made by generator/search_index.py). The dialog that shows them is search-dialog.js.

const config = JSON.parse(document.getElementById("__config").textContent);
export const root = new URL(config.base.replace(/\/?$/, "/"), location.href);
const index = new URL("search-index/", root);
// A one-letter query matches a prefix of most words: searching it would only delay the query being typed.
export const SHORTEST = 2;
// The bits of a posting (generator/search_index.py).
const FLAG_BITS = 5;
const WHERE = 3; // title 1, people 2
const FORM = 4;

// As generator/search_index.py's syllables() and fold(): one tone placement, no marks, đ as d.
const OLD_TONE = /(?<!q)(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{N}])/gu;
const TONES = ["àáảãạ", "èéẻẽẹ", "ỳýỷỹỵ"];
export const fold = (text) => text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
const newTone = (pair) => (pair[0] === "o" ? "òóỏõọ" : "ùúủũụ")[TONES.find((t) => t.includes(pair[1])).indexOf(pair[1])] + fold(pair[1]);
export const syllables = (text) => text.normalize("NFC").toLowerCase().replace(OLD_TONE, newTone).match(/[\p{L}\p{N}]+/gu) || [];
const encoder = new TextEncoder();
function hash(key) {
  let value = 0x811c9dc5;
  for (const byte of encoder.encode(key)) value = Math.imul(value ^ byte, 0x01000193) >>> 0;
  return value;
}

const cache = new Map();
export function json(path) {
  if (!cache.has(path)) {
    cache.set(path, fetch(new URL(path, index)).then((r) => (r.ok ? r.json() : null), () => null));
  }
  return cache.get(path);
}
export const meta = () => json("meta.json");
async function entry(key) {
  const shards = (await meta()).shards;
  const shard = await json(`keys/${hash(key) % shards}.json`);
  return shard ? shard[key] : undefined;
}
export async function page(id) {
  const chunk = (await meta()).chunk;
  const rows = await json(`pages/${Math.floor(id / chunk)}.json`);
  return rows[id % chunk];
}

// A page's score adds up its postings' weights: a page holding the person the query names, more of
// the query's syllables, more of its pairs in order, more pairs and syllables in the form wanted
// (reading() below), more of them in a title or among
// its people, ranks higher, each over all the next; among equals, the newer (smaller id) first.
const PERSON = 1e10, SYLLABLE = 1e8, PAIR = 1e6, PAIR_FORM = 1e4, SYLLABLE_FORM = 1e2, TITLE_OR_PEOPLE = 1;

function add(scores, value, wanted, found, form) {
  if (!value) return;
  const [forms, encoded] = value;
  const formBit = forms.includes(wanted) ? FORM << forms.indexOf(wanted) : 0;
  let id = -1;
  for (const number of encoded) {
    id += number >> FLAG_BITS;
    scores[id] += found + (number & formBit ? form : 0) + (number & WHERE ? TITLE_OR_PEOPLE : 0);
  }
}

// The last syllable may still be being typed: when it is no word of the archive, its commonest
// completions stand for it, each page counted once.
async function addCompletions(scores, key) {
  if (key.length < SHORTEST) return;
  const completions = ((await entry("v:" + key.slice(0, 5))) || []).filter((word) => word.startsWith(key));
  const where = new Map();
  for (const [, encoded] of (await Promise.all(completions.map(entry))).filter(Boolean)) {
    let id = -1;
    for (const number of encoded) {
      id += number >> FLAG_BITS;
      where.set(id, (where.get(id) || 0) | (number & WHERE));
    }
  }
  for (const [id, bits] of where) scores[id] += SYLLABLE + (bits ? TITLE_OR_PEOPLE : 0);
}

// The forms wanted of the pairs and syllables: as typed when the query has marks; without, the
// commonest form of the first pair, then of each next pair the commonest that goes on from it
// (`hội đồng` then `đồng nhân`, not the commoner `động nhân`), and each syllable as its pairs read it.
function reading(typed, folded, pairs, single) {
  if (typed.some((s, i) => s !== folded[i])) {
    return { pairs: pairs.map((_, i) => `${typed[i]} ${typed[i + 1]}`), single: typed };
  }
  const chosen = [];
  for (const [i, value] of pairs.entries()) {
    const forms = value ? value[0] : [];
    const from = chosen[i - 1] && chosen[i - 1].split(" ")[1];
    chosen.push(forms.find((form) => !from || form.split(" ")[0] === from) || null);
  }
  return {
    pairs: chosen,
    single: single.map((value, i) => (chosen[i] ? chosen[i].split(" ")[0] : chosen[i - 1] ? chosen[i - 1].split(" ")[1]
      : value && value[0][0])),
  };
}

async function rank(query, allowed, articlesOnly) {
  const typed = syllables(query);
  const folded = typed.map(fold);
  const last = typed.length - 1;
  const { articles, pages } = await meta();
  const scores = new Float64Array(pages);
  const [named, pairs, single] = await Promise.all([
    articlesOnly ? null : entry("p:" + folded.join(" ")),
    Promise.all(folded.slice(1).map((key, i) => entry(`${folded[i]} ${key}`))),
    Promise.all(folded.map((key) => entry(key))),
  ]);
  const wanted = reading(typed, folded, pairs, single);
  pairs.forEach((value, i) => add(scores, value, wanted.pairs[i], PAIR, PAIR_FORM));
  single.forEach((value, i) => add(scores, value, wanted.single[i], SYLLABLE, SYLLABLE_FORM));
  if (!single[last]) await addCompletions(scores, folded[last]);
  // The whole query is a person's name (not one of the many names that merely hold it), and mostly
  // that person's: at least a quarter of the pages holding its rarest pair (or its syllable) name them.
  // A place or a team the people rules took for a person (`Hà Nội`) stays among the articles.
  const holding = Math.min(...(last ? pairs : single).map((value) => (value ? value[1].length : Infinity)));
  if (named && named[1].length * 4 >= holding) for (const id of named[0]) scores[id] += PERSON;
  // Every syllable when some page has them all, else as many as any page has.
  const syllablesOf = (score) => Math.floor((score % PERSON) / SYLLABLE);
  let best = 0;
  for (const score of scores) best = Math.max(best, syllablesOf(score));
  const ids = [];
  for (let id = 0; id < pages; id++) {
    if (best && syllablesOf(scores[id]) === best && !(articlesOnly && id >= articles) && (!allowed || allowed(id))) ids.push(id);
  }
  return ids.sort((a, b) => scores[b] - scores[a] || a - b);
}

async function filtered(year, person) {
  const { years, articles } = await meta();
  let range = null, ofPerson = null;
  if (year) range = years[year] || [0, -1];
  if (person) ofPerson = new Set(((await entry("p:" + syllables(person).map(fold).join(" "))) || [[], []])[1]);
  if (!range && !ofPerson) return null;
  return {
    allowed: (id) => id < articles && (!range || (range[0] <= id && id <= range[1])) && (!ofPerson || ofPerson.has(id)),
    // With no query, the chosen articles newest first.
    all: () => (ofPerson ? [...ofPerson].sort((a, b) => a - b) : Array.from({ length: articles }, (_, id) => id))
      .filter((id) => !range || (range[0] <= id && id <= range[1])),
  };
}

// The ids of the pages answering a query within a year and a person (either may be empty), best first;
// null when there is nothing yet to search for.
export async function find(query, year, person) {
  const chosen = await filtered(year, person);
  if (syllables(query).join("").length < SHORTEST && !chosen) return null;
  return syllables(query).length ? rank(query, chosen && chosen.allowed, !!chosen) : chosen.all();
}
