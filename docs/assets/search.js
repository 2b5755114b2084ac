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

// A page's score adds up its postings' weights: a page holding more of the query's syllables, then more
// of them as typed rather than a typo away (corrections below), then the person the query names, more
// of its pairs in order, more pairs and syllables in the form wanted (reading() below), more of them
// in a title or among its people, ranks higher, each over all the next; among equals, the newer
// (smaller id) first.
const SYLLABLE = 1e12, EXACT = 1e10, PERSON = 1e8, PAIR = 1e6, PAIR_FORM = 1e4, SYLLABLE_FORM = 1e2, TITLE_OR_PEOPLE = 1;
const count = (score, weight) => Math.floor(score / weight) % 100;

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

// One place of the query read as several words (the word typed and its corrections): each page counts
// the best of them it holds. `choices` are [hits, form wanted, weight found].
function addBest(scores, choices, form) {
  if (choices.length === 1) return add(scores, ...choices[0], form);
  const best = new Float64Array(scores.length);
  for (const [hits, wanted, found] of choices) {
    const one = new Float64Array(scores.length);
    add(one, hits, wanted, found, form);
    for (let id = 0; id < one.length; id++) if (one[id] > best[id]) best[id] = one[id];
  }
  for (let id = 0; id < best.length; id++) scores[id] += best[id];
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

// When FEW pages or fewer hold all the words typed, each word of NEAR_FROM letters or more that FEW
// pages or fewer hold is read as well as the words of the archive one typo away that MORE times as
// many pages hold (any, for a word on no page): a letter changed, dropped or added, or two neighbours
// swapped. Lunr and MiniSearch allow the same, reading a whole vocabulary in memory; here it is the few
// files of near/ that can hold them (generator/search_index.py, NEAR_DIR). Up to NEAR_MOST of them
// are searched, and every pair the word splits into; the NEAR_PAIRED found most with the other words
// typed are paired with the words beside them.
const NEAR_FROM = 4, FEW = 5, MORE = 4, NEAR_MOST = 10, NEAR_PAIRED = 3;

export function oneTypo(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

// The words one typo from `word`, and the pairs it splits into (a space left out: `vacxin` for `vắc
// xin`), that `least` pages or more hold, as [word or pair, hits], those on most pages first.
async function corrections(word, least) {
  if (word.length < NEAR_FROM || !/^[a-z]+$/.test(word)) return [];
  const n = word.length;
  const names = [n - 1, n, n + 1].flatMap((length) => [`${word[0]}${length}`, `${length}${word.at(-1)}`]);
  const lists = await Promise.all((await parts()).flatMap((part) => names.map(async (name) => {
    const keys = await keyFile(`${part.path}near/${name}.txt`);
    const words = keys ? [...keys.keys()] : [];
    return /^\d/.test(name) ? words.map((w) => [...w].reverse().join("")) : words;
  })));
  const near = [...new Set(lists.flat())].filter((other) => oneTypo(word, other)).sort().slice(0, NEAR_MOST);
  for (let at = 2; at <= n - 2; at++) near.push(`${word.slice(0, at)} ${word.slice(at)}`);
  const found = (await Promise.all(near.map(async (other) => [other, await entry(other)]))).filter(([, hits]) => holding(hits) >= least);
  return found.sort((a, b) => holding(b[1]) - holding(a[1]));
}

function idsOf(hits) {
  const ids = [];
  for (const { offset, value: [, encoded] } of hits) {
    let id = offset - 1;
    for (const number of encoded) ids.push((id += number >> FLAG_BITS));
  }
  return ids;
}

// The posting of page `id` among a key's hits, with the key's marked forms; null if the page does not hold it.
function posting(hits, id) {
  for (const { offset, value: [forms, encoded] } of hits) {
    let at = offset - 1;
    for (const number of encoded) {
      at += number >> FLAG_BITS;
      if (at === id) return { number, forms };
      if (at > id) break;
    }
  }
  return null;
}
const holds = (hits, id) => posting(hits, id) !== null;
// The key as page `id` writes it: the first of the key's marked forms the page holds, else the key.
function formAt(hits, id, key) {
  const found = posting(hits, id);
  const at = found ? found.forms.findIndex((_, i) => found.number & (FORM << i)) : -1;
  return at < 0 ? key : found.forms[at];
}

// The pages' scores for the query's words (`folded`, with their entries) and, at each place, the words
// it is also read as (`near`, [word, hits]) and the pairs they make with the next place's
// (`nearPairs`, [word, next word, hits]).
async function scored(query, near, nearPairs) {
  const { typed, folded, pairs, single, named, completions } = query;
  const last = folded.length - 1;
  const scores = new Float64Array((await meta()).pages);
  const wanted = reading(typed, folded, pairs.map(commonest), single.map(commonest));
  single.forEach((hits, i) => addBest(scores, [[hits, wanted.single[i], SYLLABLE + EXACT],
    ...near[i].map(([, other]) => [other, commonest(other)[0][0], SYLLABLE])], SYLLABLE_FORM));
  pairs.forEach((hits, i) => addBest(scores, [[hits, wanted.pairs[i], PAIR],
    ...nearPairs[i].filter(([, , other]) => other.length).map(([, , other]) => [other, commonest(other)[0][0], PAIR])], PAIR_FORM));
  if (completions) for (const [id, bits] of completions) scores[id] += SYLLABLE + EXACT + (bits ? TITLE_OR_PEOPLE : 0);
  // The words read: at each place, the word the best page read with a correction holds, the word
  // typed before a correction, and a correction it holds beside the next or the previous word before
  // one alone.
  const corrected = (score) => count(score, EXACT) < count(score, SYLLABLE);
  const top = scores.reduce((at, score, id) => (corrected(score) && !(corrected(scores[at]) && scores[at] >= score) ? id : at), 0);
  const paired = (i, word) => [...(nearPairs[i - 1] || []).filter(([, second]) => second === word),
    ...(nearPairs[i] || []).filter(([first]) => first === word)].some(([, , hits]) => holds(hits, top));
  const words = folded.map((key, i) => {
    if (holds(single[i], top)) return key;
    const held = near[i].filter(([, hits]) => holds(hits, top));
    return (held.find(([word]) => paired(i, word)) || held[0] || [key])[0];
  });
  // The whole query is a person's name (not one of the many names that merely hold it), and mostly
  // that person's: at least a quarter of the pages holding the whole name, each of its pairs (or its
  // syllable), name them. A place or a team the people rules took for a person (`Hà Nội`) stays among
  // the articles; a name whose pairs are common words apart (`vận động`) still finds its person.
  const person = words.join(" ") === folded.join(" ") ? named : named && (await entry("p:" + words.join(" ")));
  if (person) {
    const whole = (score) => (last ? count(score, PAIR) === last : count(score, SYLLABLE) === 1);
    let holders = 0;
    for (const score of scores) if (whole(score)) holders++;
    // (A name's entry lists the ids of the person's pages, then of their articles.)
    if (holding(person) * 4 >= holders) {
      for (const { offset, value } of person) for (const id of value[0]) scores[offset + id] += PERSON;
    }
  }
  return { scores, words, top };
}

// The last syllable may still be being typed: when it is no word of the archive, its commonest
// completions stand for it, each page counted once: the title and people bits of each page holding one.
async function completions(key) {
  const where = new Map();
  if (key.length < SHORTEST) return where;
  const completed = new Set((await entry("v:" + key.slice(0, 5))).flatMap((hit) => hit.value));
  for (const hits of await Promise.all([...completed].filter((word) => word.startsWith(key)).map(entry))) {
    for (const { offset, value: [, encoded] } of hits) {
      let id = offset - 1;
      for (const number of encoded) {
        id += number >> FLAG_BITS;
        where.set(id, (where.get(id) || 0) | (number & WHERE));
      }
    }
  }
  return where;
}

async function rank(text, allowed, articlesOnly) {
  const typed = syllables(text);
  const folded = typed.map(fold);
  const last = typed.length - 1;
  const { articles, pages } = await meta();
  const [named, pairs, single] = await Promise.all([
    articlesOnly ? null : entry("p:" + folded.join(" ")),
    Promise.all(folded.slice(1).map((key, i) => entry(`${folded[i]} ${key}`))),
    Promise.all(folded.map((key) => entry(key))),
  ]);
  const query = { typed, folded, pairs, single, named, completions: single[last].length ? null : await completions(folded[last]) };
  // The pages of the best scores: every syllable when some page has them all, else as many as any page has.
  const listed = (scores) => {
    const most = scores.reduce((best, score) => Math.max(best, count(score, SYLLABLE)), 0);
    const ids = [];
    for (let id = 0; id < pages; id++) {
      if (most && count(scores[id], SYLLABLE) === most && !(articlesOnly && id >= articles) && (!allowed || allowed(id))) ids.push(id);
    }
    ids.sort((a, b) => scores[b] - scores[a] || a - b);
    ids.read = [];
    return ids;
  };
  const { scores } = await scored(query, folded.map(() => []), pairs.map(() => []));
  const exact = listed(scores);
  const all = scores.reduce((sum, score) => sum + (count(score, SYLLABLE) === typed.length), 0);
  if (all > FEW) return exact;
  // The pages found with corrections too; `read`, the words read in place of words typed, for the list
  // to say and mark.
  async function corrected() {
    // A last word on the way to another is no typo.
    const near = await Promise.all(folded.map((key, i) => (holding(single[i]) > FEW
      || (i === last && query.completions && query.completions.size) ? [] : corrections(key, Math.max(1, MORE * holding(single[i]))))));
    if (!near.some((found) => found.length)) return exact;
    // Corrections found with the other places' words first: those are paired.
    const held = near.map((found, i) => new Set([single[i], ...found.map(([, hits]) => hits)].flatMap(idsOf)));
    const together = (hits, i) => idsOf(hits).filter((id) => held.every((ids, j) => j === i || ids.has(id))).length;
    near.forEach((found, i) => {
      const counts = new Map(found.map(([word, hits]) => [word, together(hits, i)]));
      found.sort((a, b) => counts.get(b[0]) - counts.get(a[0]));
    });
    // [the word read at one place, at the next, the pages holding them side by side]
    const choices = (i) => [folded[i], ...near[i].slice(0, NEAR_PAIRED).map(([word]) => word)];
    const nearPairs = await Promise.all(pairs.map((_, i) => Promise.all(choices(i).flatMap((first, a) => choices(i + 1)
      .filter((_, b) => a || b).map(async (second) => [first, second,
        await entry(`${first.split(" ").at(-1)} ${second.split(" ")[0]}`)])))));
    const found = await scored(query, near, nearPairs);
    const ids = listed(found.scores);
    // As the best page read with a correction writes them.
    ids.read = found.words.flatMap((word, i) => (word === folded[i] ? []
      : [formAt(near[i].find(([other]) => other === word)[1], found.top, word)]));
    return ids;
  }
  // No page holds every word typed: the corrections may find some. A few pages do: they are shown
  // first, at once, and the pages found with corrections follow them (`more`).
  if (!all) return corrected();
  exact.more = corrected().then((ids) => {
    const shown = new Set(exact);
    return Object.assign([...exact, ...ids.filter((id) => !shown.has(id))], { read: ids.read });
  });
  return exact;
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
// null when there is nothing yet to search for. When a few pages hold the words as typed, `more` is
// the promise of them followed by those found reading typos (rank()).
export async function find(query, year, person) {
  const chosen = await filtered(year, person);
  if (syllables(query).join("").length < SHORTEST && !chosen) return null;
  return syllables(query).length ? rank(query, chosen && chosen.allowed, !!chosen) : chosen.all();
}
