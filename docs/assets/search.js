// The archive's search: which pages answer a query, read from the static index built after each build
// (search-index/, made by generator/search_index.py). The dialog that shows them is search-dialog.js.

// This file is the site's assets/search.js: the site's root is the folder above it.
export const root = new URL("../", import.meta.url);
const index = new URL("search-index/", root);
// A one-letter query matches a prefix of most words: searching it would only delay the query being typed.
export const SHORTEST = 2;
// The bits of a posting (generator/search_index.py).
const FLAG_BITS = 5;
const WHERE = 3; // title 1, people 2
const FORM = 4;
// A syllable's or pair's postings are one string of base-46 numbers (generator/search_index.py, pack):
// a digit of the first half of DIGITS says more follow, one of the second half ends the number.
const DIGITS = "!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
const BASE = DIGITS.length / 2;
const DIGIT = new Map([...DIGITS].map((digit, value) => [digit.charCodeAt(0), value]));
function unpack(text) {
  const numbers = [];
  let number = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = DIGIT.get(text.charCodeAt(i));
    if (digit < BASE) number = number * BASE + digit;
    else {
      numbers.push(number * BASE + digit - BASE);
      number = 0;
    }
  }
  return numbers;
}
// Its marked forms are the marks added to the key (pack_form): a digit a marked letter, for how many
// of the key's letters come before it (up to 2) and which marks; a form written whole follows a space.
const VOWEL_MARKS = ["", "\u0302", "\u0306", "\u031b"];
const TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const STROKE = VOWEL_MARKS.length * TONE_MARKS.length; // d as đ
const MARK_CODES = STROKE + 1;
function unpackForm(key, packed) {
  if (packed[0] === " ") return packed.slice(1);
  const letters = [...key];
  let at = 0;
  for (let i = 0; i < packed.length; i++) {
    const value = DIGIT.get(packed.charCodeAt(i));
    at += Math.floor(value / MARK_CODES);
    const code = value % MARK_CODES;
    const plain = letters[at];
    letters[at] = code === STROKE ? (plain === "d" ? "đ" : plain)
      : (plain + VOWEL_MARKS[Math.floor(code / TONE_MARKS.length)] + TONE_MARKS[code % TONE_MARKS.length]).normalize("NFC");
    at += 1;
  }
  return letters.join("");
}

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
function fetched(path, read) {
  if (!cache.has(path)) {
    cache.set(path, fetch(new URL(path, index)).then((r) => (r.ok ? read(r) : null), () => null));
  }
  return cache.get(path);
}
export const json = (path) => fetched(path, (response) => response.json());
// A file of keys is a line a key (generator/search_index.py, key_file): a character saying how many
// of the previous key's first characters start the key ("!" none), the rest of the key, then its
// fields, after tabs.
async function readKeys(response) {
  const keys = new Map();
  let previous = "";
  for (const line of (await response.text()).split("\n").filter(Boolean)) {
    const [rest, ...fields] = line.slice(1).split("\t");
    previous = previous.slice(0, line.charCodeAt(0) - 0x21) + rest;
    keys.set(previous, fields);
  }
  return keys;
}
const keyFile = (path) => fetched(path, readKeys);
export const meta = () => json("meta.json");
// A site built in shards has one index a shard and one of the people (generator/search_index.py,
// merge_search_parts): meta.json lists them as parts, each one's ids after the previous one's. A site
// built whole is one part.
async function parts() {
  const value = await meta();
  return value.parts || [{ path: "", offset: 0, shards: value.shards, chunk: value.chunk, pages: value.pages }];
}
// A key's entry in every part holding it, with the part's first id.
async function entry(key) {
  const found = await Promise.all((await parts()).map(async (part) => {
    const keys = await keyFile(`${part.path}keys/${hash(key) % part.shards}.txt`);
    if (!keys || !keys.has(key)) return null;
    // A syllable or pair is stored as forms..., postings and read as [forms, postings]; a name or a
    // prefix as JSON.
    const fields = keys.get(key);
    const value = /^[pv]:/.test(key) ? JSON.parse(fields[0])
      : [fields.slice(0, -1).map((form) => unpackForm(key, form)), unpack(fields.at(-1))];
    return { offset: part.offset, value };
  }));
  const hits = found.filter(Boolean);
  // The end of a person's name that is theirs alone stands for their whole name's entry.
  const whole = hits.find((hit) => typeof hit.value === "string");
  return whole ? entry(whole.value) : hits;
}
export async function page(id) {
  const part = (await parts()).find((p) => id >= p.offset && id < p.offset + p.pages);
  const rows = await json(`${part.path}pages/${Math.floor((id - part.offset) / part.chunk)}.json`);
  return rows[(id - part.offset) % part.chunk];
}
// The entry of the part with the most pages holding the key: whose marked forms stand for all.
const commonest = (hits) => (hits.length ? hits.reduce((a, b) => (b.value[1].length > a.value[1].length ? b : a)).value : undefined);
// How many pages hold a key (or, for a name, are articles naming them) in all parts together.
const holding = (hits) => hits.reduce((sum, hit) => sum + hit.value[1].length, 0);

// A page's score adds up its postings' weights: a page holding the person the query names, more of
// the query's syllables, more of its pairs in order, more pairs and syllables in the form wanted
// (reading() below), more of them in a title or among
// its people, ranks higher, each over all the next; among equals, the newer (smaller id) first.
const PERSON = 1e10, SYLLABLE = 1e8, PAIR = 1e6, PAIR_FORM = 1e4, SYLLABLE_FORM = 1e2, TITLE_OR_PEOPLE = 1;

function add(scores, hits, wanted, found, form) {
  for (const { offset, value: [forms, encoded] } of hits) {
    const formBit = forms.includes(wanted) ? FORM << forms.indexOf(wanted) : 0;
    let id = offset - 1;
    for (const number of encoded) {
      id += number >> FLAG_BITS;
      scores[id] += found + (number & formBit ? form : 0) + (number & WHERE ? TITLE_OR_PEOPLE : 0);
    }
  }
}

// The last syllable may still be being typed: when it is no word of the archive, its commonest
// completions stand for it, each page counted once.
async function addCompletions(scores, key) {
  if (key.length < SHORTEST) return;
  const completions = new Set((await entry("v:" + key.slice(0, 5))).flatMap((hit) => hit.value));
  const where = new Map();
  for (const hits of await Promise.all([...completions].filter((word) => word.startsWith(key)).map(entry))) {
    for (const { offset, value: [, encoded] } of hits) {
      let id = offset - 1;
      for (const number of encoded) {
        id += number >> FLAG_BITS;
        where.set(id, (where.get(id) || 0) | (number & WHERE));
      }
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
  const wanted = reading(typed, folded, pairs.map(commonest), single.map(commonest));
  pairs.forEach((hits, i) => add(scores, hits, wanted.pairs[i], PAIR, PAIR_FORM));
  single.forEach((hits, i) => add(scores, hits, wanted.single[i], SYLLABLE, SYLLABLE_FORM));
  if (!single[last].length) await addCompletions(scores, folded[last]);
  // Every syllable when some page has them all, else as many as any page has.
  const syllablesOf = (score) => Math.floor((score % PERSON) / SYLLABLE);
  // The whole query is a person's name (not one of the many names that merely hold it), and mostly
  // that person's: at least a quarter of the pages holding the whole name, each of its pairs (or its
  // syllable), name them. A place or a team the people rules took for a person (`Hà Nội`) stays among
  // the articles; a name whose pairs are common words apart (`vận động`) still finds its person.
  if (named) {
    const whole = (score) => (last ? Math.floor((score % SYLLABLE) / PAIR) === last : syllablesOf(score) === 1);
    let holders = 0;
    for (const score of scores) if (whole(score)) holders++;
    // (A name's entry lists the ids of the person's pages, then of their articles.)
    if (holding(named) * 4 >= holders) {
      for (const { offset, value } of named) for (const id of value[0]) scores[offset + id] += PERSON;
    }
  }
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
  if (person) {
    const hits = await entry("p:" + syllables(person).map(fold).join(" "));
    ofPerson = new Set(hits.flatMap(({ offset, value }) => value[1].map((id) => offset + id)));
  }
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
