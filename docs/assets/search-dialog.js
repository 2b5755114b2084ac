// The search dialog, worked by keyboard as by pointer: opened by any `data-archive-search-open` button or
// "/", modal while open (Tab goes round inside it), arrows move between the box and the results, Enter
// opens one, Escape closes and gives focus back. Closed, it is not rendered and holds no tab stop. The
// answers come from search.js, fetched when the dialog first opens: a page only read never loads it.
let search; // search.js's exports, once loaded
let loading;
const load = () => (loading ??= import("./search.js").then((module) => (search = module)));

const vietnamese = document.documentElement.lang.startsWith("vi");
const words = vietnamese
  ? { none: "Không tìm thấy bài nào", count: (n) => `${n} bài`, read: (read) => ` (tìm cả: ${read.join(", ")})`, articles: (n) => `${n} bài viết`,
      more: (n, left) => (n === left ? `Xem thêm ${n} bài` : `Xem thêm ${n} bài (còn ${left})`) }
  : { none: "No matching articles", count: (n) => `${n} articles`, read: (read) => ` (also read as: ${read.join(", ")})`, articles: (n) => `${n} articles`,
      more: (n, left) => (n === left ? `Show ${n} more` : `Show ${n} more (${left} left)`) };
const labels = vietnamese
  ? { dialog: "Tìm trong kho lưu trữ", search: "Tìm kiếm", hint: "Gõ để tìm, có dấu hay không dấu đều được",
      close: "Đóng", closeTitle: "Đóng (Esc)", year: "Năm", anyYear: "Mọi năm", person: "Nhân vật", results: "Kết quả" }
  : { dialog: "Search the archive", search: "Search", hint: "Type to search", close: "Close",
      closeTitle: "Close (Esc)", year: "Year", anyYear: "Any year", person: "Person", results: "Results" };
// Material's magnify and close icons.
const MAGNIFY = "M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 "
  + "6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5";
const CLOSE = "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z";
const icon = (path) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${path}"/></svg>`;
// Results shown at a time: the "more" button shows the next as many.
const PAGE = 20;
// Results shown before the rest of a page's titles are fetched.
const FIRST = 5;
const DEBOUNCE_MS = 60;

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// The text with each word that is a query syllable, folded, or a word it was read as (a typo's
// correction), in <mark>; the last may still be being typed.
function marked(node, text, query, read) {
  const { SHORTEST, fold, syllables } = search;
  const typed = syllables(query).map(fold);
  const last = typed.pop();
  const keys = [...typed, ...read.flatMap(syllables).map(fold)];
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

// A page's row: [address, title, date shown, summary], or for a person [address, name, "", articles].
// The link holds the title alone, what a screen reader reads out; the whole row is its target.
function render([url, title, date, summary], query, read) {
  const item = element("li", { class: "archive-search__item" });
  item.append(marked(element("a", { href: new URL(url, search.root).pathname, class: "archive-search__link" }), title, query, read));
  if (date) item.append(element("p", { class: "archive-search__date" }, date));
  item.append(typeof summary === "number"
    ? element("p", { class: "archive-search__summary" }, words.articles(summary))
    : marked(element("p", { class: "archive-search__summary" }), summary, query, read));
  return item;
}

const editable = (node) => node.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(node.tagName);

function setUp(dialog) {
  const input = dialog.querySelector(".archive-search__input");
  const year = dialog.querySelector(".archive-search__filters select");
  const person = dialog.querySelector(".archive-search__filters input");
  const people = dialog.querySelector(".archive-search__filters datalist");
  const status = dialog.querySelector(".archive-search__status");
  const list = dialog.querySelector(".archive-search__results");
  const more = dialog.querySelector(".archive-search__more");
  const placeholder = status.textContent.trim();

  let yearsShown = false;
  async function showYears() {
    if (yearsShown) return;
    yearsShown = true;
    await load();
    for (const value of Object.keys((await search.meta()).years).sort().reverse()) year.append(element("option", { value }, value));
  }
  // The names are a file of their own, fetched only when the person filter is used.
  let peopleShown = false;
  person.addEventListener("focus", async () => {
    if (peopleShown) return;
    peopleShown = true;
    await load();
    for (const value of (await search.json("people.json")) || []) people.append(element("option", { value }));
  });

  let opener = null;
  function open() {
    if (dialog.open) return;
    opener = document.activeElement;
    dialog.showModal();
    input.focus();
    input.select();
    showYears();
  }
  dialog.addEventListener("close", () => {
    if (opener && opener.isConnected) opener.focus();
    opener = null;
  });
  for (const button of document.querySelectorAll("[data-archive-search-open]")) button.addEventListener("click", open);
  dialog.querySelector("[data-archive-search-close]").addEventListener("click", () => dialog.close());
  // A click on the backdrop, outside the dialog's box, closes it.
  dialog.addEventListener("click", (event) => {
    const box = dialog.getBoundingClientRect();
    const inside = box.left <= event.clientX && event.clientX <= box.right && box.top <= event.clientY && event.clientY <= box.bottom;
    if (event.target === dialog && !inside) dialog.close();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || dialog.open || event.ctrlKey || event.metaKey || event.altKey || editable(event.target)) return;
    event.preventDefault();
    open();
  });

  // The tab stops a reader can see, in order.
  const stops = () => [...dialog.querySelectorAll("input, select, button, a[href]")]
    .filter((node) => !node.disabled && node.checkVisibility());
  dialog.addEventListener("keydown", async (event) => {
    const links = [...list.querySelectorAll(".archive-search__link")];
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      // Down from the box through the results to the "more" button, and up again.
      const line = [input, ...links, ...(more.hidden ? [] : [more])];
      const at = line.indexOf(event.target);
      const next = line[at + (event.key === "ArrowDown" ? 1 : -1)];
      if (at < 0 || !next) return;
      event.preventDefault();
      next.focus();
    } else if (event.key === "Enter" && event.target === input) {
      // The best result of what is typed, once it is in.
      event.preventDefault();
      clearTimeout(timer);
      await run();
      const best = list.querySelector(".archive-search__link");
      if (best) best.click();
    } else if (event.key === "Tab") {
      const all = stops();
      const [first, last] = [all[0], all[all.length - 1]];
      if (event.shiftKey ? event.target === first : event.target === last) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      }
    } else if (links.includes(event.target) && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a result goes on typing the query, and is no shortcut of the page behind.
      event.stopPropagation();
      input.focus();
    }
  });

  let latest = 0;
  let timer;
  let found = { ids: [], query: "", read: [], shown: 0 };
  // Busy from the key until the list shows that key's results, for assistive technology (and tests);
  // a search still running for the keys before it shows nothing when done.
  function later() {
    list.setAttribute("aria-busy", "true");
    latest++;
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  }
  async function run() {
    const query = input.value.trim();
    const ticket = ++latest;
    list.setAttribute("aria-busy", "true");
    await load();
    const ids = await search.find(query, year.value, person.value.trim());
    if (ticket !== latest) return; // a newer query superseded this one
    found = { ids: ids || [], query, read: (ids && ids.read) || [], shown: 0 };
    if (!ids) status.textContent = placeholder;
    else say();
    await showMore(ticket, true, PAGE, !(ids && ids.more));
    if (!(ids && ids.more)) return;
    // The pages read with a typo's corrections, after those holding the words as typed: up to a page's
    // worth shown.
    const more = await ids.more;
    if (ticket !== latest) return;
    Object.assign(found, { ids: more, read: more.read });
    say();
    await showMore(ticket, false, PAGE - found.shown);
  }
  function say() {
    const { ids, read } = found;
    status.textContent = ids.length ? words.count(ids.length) + (read.length ? words.read(read) : "") : words.none;
  }
  // The next `count` results; the first replaces the list, once its first rows are in. The list is
  // no longer busy once they are in, unless more are coming.
  async function showMore(ticket, first, count = PAGE, done = true) {
    const { ids, query, read, shown } = found;
    const end = Math.min(ids.length, shown + count);
    // The first few rows' files first: the browser fetches only a few files at a time from one host.
    const head = await Promise.all(ids.slice(shown, Math.min(end, shown + FIRST)).map(search.page));
    if (ticket !== latest) return;
    if (first) list.replaceChildren();
    list.append(...head.map((row) => render(row, query, read)));
    const rest = await Promise.all(ids.slice(shown + FIRST, end).map(search.page));
    if (ticket !== latest) return;
    list.append(...rest.map((row) => render(row, query, read)));
    found.shown = end;
    const left = ids.length - end;
    more.hidden = left === 0;
    more.textContent = words.more(Math.min(PAGE, left), left);
    if (done) list.setAttribute("aria-busy", "false");
  }
  let showing = false;
  more.addEventListener("click", async () => {
    if (showing) return;
    const from = list.children.length;
    showing = true;
    await showMore(latest, false);
    showing = false;
    // Focus goes on to the first result just shown, where the reader's eyes go.
    const next = list.children[from];
    if (next) next.querySelector("a").focus();
  });

  input.addEventListener("input", later);
  year.addEventListener("change", run);
  person.addEventListener("change", run);
}

// Made here, after the page's header, rather than written into every page: 1.7 KB of each page's HTML
// for a feature that needs this script anyway. The labels are the script's own, never page text.
function made() {
  const dialog = element("dialog", { class: "archive-search", id: "archive-search", "aria-label": labels.dialog });
  dialog.innerHTML = `<form class="archive-search__form" role="search">${icon(MAGNIFY)}
<input type="text" class="archive-search__input" name="query" aria-label="${labels.search}" placeholder="${labels.hint}"
 autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" enterkeyhint="search"
 aria-controls="archive-search-results" aria-describedby="archive-search-status">
<button type="button" class="archive-search__close md-icon" data-archive-search-close aria-label="${labels.close}"
 title="${labels.closeTitle}">${icon(CLOSE)}</button>
</form>
<div class="archive-search__filters">
<select aria-label="${labels.year}"><option value="">${labels.anyYear}</option></select>
<input type="text" list="archive-people" autocomplete="off" placeholder="${labels.person}" aria-label="${labels.person}">
<datalist id="archive-people"></datalist>
</div>
<p class="archive-search__status" id="archive-search-status" role="status">${labels.hint}</p>
<ol class="archive-search__results" id="archive-search-results" aria-busy="false" aria-label="${labels.results}"></ol>
<button type="button" class="archive-search__more" hidden></button>`;
  const header = document.querySelector(".md-header");
  if (header) header.after(dialog);
  else document.body.prepend(dialog);
  return dialog;
}

if (document.querySelector("[data-archive-search-open]")) setUp(made());
