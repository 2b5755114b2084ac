// The navigation drawer of narrow screens, opened by the header's menu button (a button, not
// Material's label, so that the keyboard reaches it: overrides/partials/header.html). Opened from the
// keyboard, focus moves into it; Escape closes it and gives focus back to the button.
const toggle = document.getElementById("__drawer");
const button = document.querySelector("[data-archive-drawer-button]");
const drawer = document.querySelector(".md-sidebar--primary");

function show(open) {
  toggle.checked = open;
  // As a click on the overlay does: the button's state follows the toggle's changes.
  toggle.dispatchEvent(new Event("change"));
}

if (toggle && button && drawer) {
  toggle.addEventListener("change", () => button.setAttribute("aria-expanded", String(toggle.checked)));
  button.addEventListener("click", (event) => {
    show(!toggle.checked);
    // A click from the keyboard has no pointer position (detail 0). The drawer shows at once
    // (archive.css hides it only once closed), so its first link can take focus.
    const first = drawer.querySelector("a[href]");
    if (toggle.checked && event.detail === 0 && first) first.focus();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !toggle.checked) return;
    show(false);
    button.focus();
  });
}
