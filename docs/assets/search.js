// Pagefind behind Material's own search box: the box, its overlay and its result styles stay
// Material's; the results come from the Pagefind index built after each build (pagefind/).
// Material's own search still runs on its (empty) index, so its result list is hidden and this
// one shown in its place.

const config = JSON.parse(document.getElementById("__config").textContent);
const root = new URL(config.base.replace(/\/?$/, "/"), location.href);
const vietnamese = document.documentElement.lang.startsWith("vi");
const words = vietnamese
  ? { placeholder: "Gõ để tìm, có dấu hay không dấu đều được", none: "Không tìm thấy bài nào",
      count: (n) => `${n} bài`, year: "Mọi năm", person: "Nhân vật" }
  : { placeholder: "Type to search", none: "No matching articles",
      count: (n) => `${n} articles`, year: "Any year", person: "Person" };
const SHOWN = 20;
// Results whose excerpts are fetched before the list first shows: the rest follow.
const FIRST = 5;
// A one-letter query matches a prefix of most words in the index; searching it would only delay
// the query being typed.
const SHORTEST = 2;

// One loading for every caller: the box's focus and the first keystroke ask at the same time.
let loading;
function search() {
  loading ??= (async () => {
    const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
    await pagefind.options({ baseUrl: root.pathname, excerptLength: 30 });
    // Large archives are indexed in parts, one per year; the browser merges them.
    const parts = await fetch(new URL("search-parts.json", root)).then((r) => (r.ok ? r.json() : []), () => []);
    for (const part of parts) await pagefind.mergeIndex(new URL(part + "/", root).href);
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function setUp(input) {
  const wrap = input.closest(".md-search").querySelector(".md-search__scrollwrap");
  const results = element("div", { class: "md-search-result archive-search" });
  const meta = element("div", { class: "md-search-result__meta" }, words.placeholder);
  const filters = element("div", { class: "archive-search__filters" });
  const year = element("select", { "aria-label": words.year });
  const person = element("input", { type: "search", list: "archive-people", placeholder: words.person,
                                      "aria-label": words.person });
  const people = element("datalist", { id: "archive-people" });
  const list = element("ol", { class: "md-search-result__list", role: "presentation" });
  year.append(element("option", { value: "" }, words.year));
  filters.append(year, person, people);
  results.append(filters, meta, list);
  wrap.prepend(results);

  let filled = false;
  async function fillFilters() {
    if (filled) return;
    filled = true;
    const available = await (await search()).filters();
    for (const value of Object.keys(available.year || {}).sort().reverse()) {
      year.append(element("option", { value }, value));
    }
    for (const value of Object.keys(available.person || {}).sort((a, b) => a.localeCompare(b))) {
      people.append(element("option", { value }));
    }
  }

  let latest = 0;
  async function run() {
    const query = input.value.trim();
    const chosen = {};
    if (year.value) chosen.year = year.value;
    if (person.value.trim()) chosen.person = person.value.trim();
    const ticket = ++latest;
    if (query.length < SHORTEST && !Object.keys(chosen).length) {
      meta.textContent = words.placeholder;
      list.replaceChildren();
      return;
    }
    const found = await (await search()).debouncedSearch(query || null, { filters: chosen }, 80);
    if (found === null || ticket !== latest) return; // a newer query superseded this one
    meta.textContent = found.results.length ? words.count(found.results.length) : words.none;
    // Each result's excerpt is a fetch of its own: show the first few as soon as they are in.
    const shown = found.results.slice(0, SHOWN).map((r) => r.data());
    const first = await Promise.all(shown.slice(0, FIRST));
    if (ticket !== latest) return;
    list.replaceChildren(...first.map(render));
    const rest = await Promise.all(shown.slice(FIRST));
    if (ticket !== latest) return;
    list.append(...rest.map(render));
  }

  input.addEventListener("focus", fillFilters);
  input.addEventListener("input", run);
  year.addEventListener("change", run);
  person.addEventListener("change", run);
}

function render(page) {
  const item = element("li", { class: "md-search-result__item" });
  const link = element("a", { href: page.url, class: "md-search-result__link", tabindex: "-1" });
  const article = element("article", { class: "md-search-result__article md-typeset" });
  article.append(element("div", { class: "md-search-result__icon md-icon" }));
  article.append(element("h1", {}, page.meta.title || page.url));
  if (page.meta.date) article.append(element("p", { class: "archive-search__date" }, page.meta.date));
  // Pagefind's excerpt is the page's own text, escaped, with the matches in <mark>.
  const excerpt = element("p");
  excerpt.innerHTML = page.excerpt;
  article.append(excerpt);
  link.append(article);
  item.append(link);
  return item;
}

const input = document.querySelector(".md-search__input");
if (input) setUp(input);
