// The archive's search behind Material's own search box: the box, its overlay and its result styles
// stay Material's; the results come from the static index built after each build (search-index/, made by
// generator/search_index.py). Material's own search still runs on its (empty) index, so its result
// list is hidden and this one shown in its place.

const config = JSON.parse(document.getElementById("__config").textContent);
const root = new URL(config.base.replace(/\/?$/, "/"), location.href);
const index = new URL("search-index/", root);
const vietnamese = document.documentElement.lang.startsWith("vi");
const words = vietnamese
  ? { placeholder: "Gõ để tìm, có dấu hay không dấu đều được", none: "Không tìm thấy bài nào",
      count: (n) => `${n} bài`, articles: (n) => `${n} bài viết`, year: "Mọi năm", person: "Nhân vật" }
  : { placeholder: "Type to search", none: "No matching articles",
      count: (n) => `${n} articles`, articles: (n) => `${n} articles`, year: "Any year", person: "Person" };
const SHOWN = 20;
// Results shown before the rest of the list's titles are fetched.
const FIRST = 5;
// A one-letter query matches a prefix of most words: searching it would only delay the query being typed.
const SHORTEST = 2;
const DEBOUNCE_MS = 60;
// The bits of a posting (generator/search_index.py).
const FLAG_BITS = 5;
const WHERE = 3; // title 1, people 2
const FORM = 4;

// As generator/search_index.py's syllables() and fold(): one tone placement, no marks, đ as d.
const OLD_TONE = /(?<!q)(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{N}])/gu;
const TONES = ["àáảãạ", "èéẻẽẹ", "ỳýỷỹỵ"];
const fold = (text) => text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
const newTone = (pair) => (pair[0] === "o" ? "òóỏõọ" : "ùúủũụ")[TONES.find((t) => t.includes(pair[1])).indexOf(pair[1])] + fold(pair[1]);
const syllables = (text) => text.normalize("NFC").toLowerCase().replace(OLD_TONE, newTone).match(/[\p{L}\p{N}]+/gu) || [];
const encoder = new TextEncoder();
function hash(key) {
  let value = 0x811c9dc5;
  for (const byte of encoder.encode(key)) value = Math.imul(value ^ byte, 0x01000193) >>> 0;
  return value;
}

const cache = new Map();
function json(path) {
  if (!cache.has(path)) {
    cache.set(path, fetch(new URL(path, index)).then((r) => (r.ok ? r.json() : null), () => null));
  }
  return cache.get(path);
}
const meta = () => json("meta.json");
async function entry(key) {
  const shards = (await meta()).shards;
  const shard = await json(`keys/${hash(key) % shards}.json`);
  return shard ? shard[key] : undefined;
}
async function page(id) {
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

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// The text with each word that is a query syllable, folded, in <mark>; the last may still be being typed.
function marked(tag, text, query) {
  const node = element(tag);
  const keys = syllables(query).map(fold);
  const last = keys.pop();
  let at = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = fold(match[0]);
    if (!keys.includes(word) && !(last && last.length >= SHORTEST ? word.startsWith(last) : word === last)) continue;
    node.append(text.slice(at, match.index), element("mark", {}, match[0]));
    at = match.index + match[0].length;
  }
  node.append(text.slice(at));
  return node;
}

function setUp(input) {
  const wrap = input.closest(".md-search").querySelector(".md-search__scrollwrap");
  const results = element("div", { class: "md-search-result archive-search" });
  const status = element("div", { class: "md-search-result__meta" }, words.placeholder);
  const filters = element("div", { class: "archive-search__filters" });
  const year = element("select", { "aria-label": words.year });
  const person = element("input", { type: "search", list: "archive-people", placeholder: words.person,
                                      "aria-label": words.person });
  const people = element("datalist", { id: "archive-people" });
  const list = element("ol", { class: "md-search-result__list", role: "presentation" });
  year.append(element("option", { value: "" }, words.year));
  filters.append(year, person, people);
  results.append(filters, status, list);
  wrap.prepend(results);

  let yearsShown = false;
  input.addEventListener("focus", async () => {
    if (yearsShown) return;
    yearsShown = true;
    for (const value of Object.keys((await meta()).years).sort().reverse()) {
      year.append(element("option", { value }, value));
    }
  });
  // The names are a file of their own, fetched only when the person filter is used.
  let peopleShown = false;
  person.addEventListener("focus", async () => {
    if (peopleShown) return;
    peopleShown = true;
    for (const value of (await json("people.json")) || []) people.append(element("option", { value }));
  });

  let latest = 0;
  let timer;
  // Busy from the key until the list shows that key's results, for assistive technology (and tests).
  function later() {
    list.setAttribute("aria-busy", "true");
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  }
  async function run() {
    const query = input.value.trim();
    const ticket = ++latest;
    list.setAttribute("aria-busy", "true");
    const chosen = await filtered(year.value, person.value.trim());
    if (ticket !== latest) return;
    if (syllables(query).join("").length < SHORTEST && !chosen) {
      status.textContent = words.placeholder;
      list.replaceChildren();
      list.setAttribute("aria-busy", "false");
      return;
    }
    const ids = syllables(query).length ? await rank(query, chosen && chosen.allowed, !!chosen) : chosen.all();
    if (ticket !== latest) return; // a newer query superseded this one
    // The first few rows' files first: the browser fetches only a few files at a time from one host.
    const first = await Promise.all(ids.slice(0, FIRST).map(page));
    if (ticket !== latest) return;
    status.textContent = ids.length ? words.count(ids.length) : words.none;
    list.replaceChildren(...first.map((row) => render(row, query)));
    const rest = await Promise.all(ids.slice(FIRST, SHOWN).map(page));
    if (ticket !== latest) return;
    list.append(...rest.map((row) => render(row, query)));
    list.setAttribute("aria-busy", "false");
  }

  input.addEventListener("input", later);
  year.addEventListener("change", run);
  person.addEventListener("change", run);
}

// A page's row: [address, title, date shown, summary], or for a person [address, name, "", articles].
function render([url, title, date, summary], query) {
  const item = element("li", { class: "md-search-result__item" });
  const link = element("a", { href: new URL(url, root).pathname, class: "md-search-result__link", tabindex: "-1" });
  const article = element("article", { class: "md-search-result__article md-typeset" });
  article.append(element("div", { class: "md-search-result__icon md-icon" }));
  article.append(marked("h1", title, query));
  if (date) article.append(element("p", { class: "archive-search__date" }, date));
  article.append(typeof summary === "number" ? element("p", {}, words.articles(summary)) : marked("p", summary, query));
  link.append(article);
  item.append(link);
  return item;
}

const input = document.querySelector(".md-search__input");
if (input) setUp(input);
