// The header's light/dark switch, worked as Material's own script works it (its bundle is not loaded:
// overrides/main.html). Material's markup has a radio per palette, each followed by the label that
// switches to the next; the choice is stored where Material stores it, so that the head's script
// applies it before the next page is first drawn.
const form = document.querySelector("[data-md-component=palette]");
const inputs = form ? [...form.querySelectorAll("input[name=__palette]")] : [];

function apply(index) {
  const input = inputs[index];
  const color = {};
  for (const key of ["media", "scheme", "primary", "accent"]) {
    color[key] = input.getAttribute(`data-md-color-${key}`);
  }
  // No colour transitions while the whole page changes palette (Material's palette.css).
  document.body.setAttribute("data-md-color-switching", "");
  for (const [key, value] of Object.entries(color)) document.body.setAttribute(`data-md-color-${key}`, value);
  requestAnimationFrame(() => document.body.removeAttribute("data-md-color-switching"));
  input.checked = true;
  inputs.forEach((other, at) => {
    other.nextElementSibling.hidden = at !== index;
  });
  return color;
}

if (inputs.length) {
  const saved = __md_get("__palette");
  apply(saved && inputs[saved.index] ? saved.index : 0);
  form.addEventListener("change", (event) => {
    const index = inputs.indexOf(event.target);
    __md_set("__palette", { index, color: apply(index) });
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
