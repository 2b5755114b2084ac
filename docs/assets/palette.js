// The header's light/dark switch, made and worked here as Material's own script works its markup (its
// bundle is not loaded: overrides/main.html): a radio per palette of mkdocs.yml (palettes.js, made from
// it by overrides/assets/palettes.js), each followed by the label that switches to the next. The choice
// is stored where Material stores it (under the site's address, which is the folder above this
// file's), so that the header's script applies it before the next page is first drawn.
import palettes from "./palettes.js";

const form = document.querySelector("[data-md-component=palette]");
const stored = new URL("../", import.meta.url).pathname + ".__palette";
const sprite = new URL("icons.svg", import.meta.url).pathname;

// Material's markup of the switch.
function make(palettes) {
  return palettes.map((palette, index) => {
    const input = document.createElement("input");
    Object.assign(input, { className: "md-option", type: "radio", name: "__palette", id: `__palette_${index}` });
    for (const key of ["media", "scheme", "primary", "accent"]) {
      if (palette[key] != null) input.setAttribute(`data-md-color-${key}`, palette[key]);
    }
    form.append(input);
    if (palette.name == null) {
      input.setAttribute("aria-hidden", "true");
      return input;
    }
    input.setAttribute("aria-label", palette.name);
    const label = document.createElement("label");
    Object.assign(label, { className: "md-header__button md-icon", title: palette.name, htmlFor: `__palette_${(index + 1) % palettes.length}`, hidden: true });
    label.innerHTML = `<svg viewBox="0 0 24 24"><use href="${sprite}#palette-${index}"/></svg>`;
    form.append(label);
    return input;
  });
}

const inputs = form ? make(palettes) : [];

function apply(index) {
  const input = inputs[index];
  const color = {};
  for (const key of ["media", "scheme", "primary", "accent"]) {
    if (input.hasAttribute(`data-md-color-${key}`)) color[key] = input.getAttribute(`data-md-color-${key}`);
  }
  // No colour transitions while the whole page changes palette (Material's palette.css).
  document.body.setAttribute("data-md-color-switching", "");
  for (const [key, value] of Object.entries(color)) document.body.setAttribute(`data-md-color-${key}`, value);
  requestAnimationFrame(() => document.body.removeAttribute("data-md-color-switching"));
  input.checked = true;
  inputs.forEach((other, at) => {
    if (other.nextElementSibling && other.nextElementSibling.tagName === "LABEL") other.nextElementSibling.hidden = at !== index;
  });
  return color;
}

if (inputs.length) {
  const saved = JSON.parse(localStorage.getItem(stored));
  apply(saved && inputs[saved.index] ? saved.index : 0);
  form.addEventListener("change", (event) => {
    const index = inputs.indexOf(event.target);
    const color = apply(index);
    try {
      localStorage.setItem(stored, JSON.stringify({ index, color }));
    } catch {
      // Storage full or refused: the choice holds for this page only.
    }
  });
  // Enter on the focused switch goes to the next palette, as a click on its label does.
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const next = inputs[(inputs.findIndex((input) => input.checked) + 1) % inputs.length];
    next.click();
    next.focus();
  });
}
