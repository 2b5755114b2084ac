// The navigation drawer of narrow screens, opened by the header's menu button (a button, not
// Material's label, so that the keyboard reaches it: overrides/partials/header.html). Its links are
// the tabs', which narrow screens hide: the page holds them once and this makes the drawer from them
// (overrides/main.html leaves its sidebar empty). Opened from the keyboard, focus moves into it;
// Escape closes it and gives focus back to the button, and Tab out of it closes it, so that focus is
// never on the page it covers.
const toggle = document.getElementById("__drawer");
const button = document.querySelector("[data-archive-drawer-button]");
const drawer = document.querySelector(".md-sidebar--primary");
const tabs = [...document.querySelectorAll(".md-tabs__item")];

function element(tag, className, children = []) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

// Material's markup of a navigation with one level, under the header's logo and the site's name, the
// current page's item marked as its own is.
function fill() {
  const logo = document.querySelector(".md-header .md-logo").cloneNode(true);
  logo.className = "md-nav__button md-logo";
  const title = element("label", "md-nav__title", [logo, document.querySelector(".md-header__topic").textContent.trim()]);
  title.htmlFor = "__drawer";
  const items = tabs.map((tab) => {
    const active = tab.classList.contains("md-tabs__item--active");
    const link = tab.querySelector("a").cloneNode(true);
    link.className = "md-nav__link" + (active ? " md-nav__link--active" : "");
    return element("li", "md-nav__item" + (active ? " md-nav__item--active" : ""), [link]);
  });
  const nav = element("nav", "md-nav md-nav--primary md-nav--lifted", [title, element("ul", "md-nav__list", items)]);
  nav.setAttribute("aria-label", button.getAttribute("aria-label"));
  drawer.append(element("div", "md-sidebar__scrollwrap", [element("div", "md-sidebar__inner", [nav])]));
}

function show(open) {
  toggle.checked = open;
  // As a click on the overlay does: the button's state follows the toggle's changes.
  toggle.dispatchEvent(new Event("change"));
}

if (toggle && button && drawer && tabs.length) {
  fill();
  toggle.addEventListener("change", () => button.setAttribute("aria-expanded", String(toggle.checked)));
  button.addEventListener("click", (event) => {
    show(!toggle.checked);
    // A click from the keyboard has no pointer position (detail 0). The drawer shows at once
    // (archive.css hides it only once closed), so its first link can take focus.
    const first = drawer.querySelector("a[href]");
    if (toggle.checked && event.detail === 0 && first) first.focus();
  });
  // Only focus moving to something else: a click on the drawer's empty part moves it nowhere.
  drawer.addEventListener("focusout", ({ relatedTarget: to }) => {
    if (toggle.checked && to && !drawer.contains(to)) show(false);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !toggle.checked) return;
    show(false);
    button.focus();
  });
}
