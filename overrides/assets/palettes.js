{#-
  The palettes of mkdocs.yml's `theme.palette`, for assets/palette.js to make the light/dark switch
  from: one module fetched once and cached, where every page carried them in its header (0.3 KB).
  Listed under the theme's `static_templates` in mkdocs.yml.
-#}
{%- set palettes = config.theme.palette if config.theme.palette and config.theme.palette is not mapping else [] -%}
// Made from mkdocs.yml's theme.palette (overrides/assets/palettes.js).
export default [
{%- for option in palettes %}
  {{ {"media": option.media or none,
      "scheme": option.scheme | d("default", true) | replace(" ", "-"),
      "primary": option.primary | d("indigo", true) | replace(" ", "-"),
      "accent": option.accent | d("indigo", true) | replace(" ", "-"),
      "name": option.toggle.name if option.toggle else none} | tojson }},
{%- endfor %}
];
