"""The `.md` links of the generator's raw HTML made page addresses: MkDocs does so in Markdown only."""

from __future__ import annotations

import logging
import posixpath
import re

from .render.markdown import page_href

log = logging.getLogger("mkdocs.plugins.archive")

# A link in raw HTML to a page's file (`../articles/a.md`), as the generator writes its lists.
MD_HREF = re.compile(r'href="(?!/)([^":#?]+\.md)(#[^"]*)?"')


def md_links_to_urls(html: str, page_file, files) -> str:
    """Each `href` to a docs page in `html`, as the address of that page relative to this one (the
    archive needs `use_directory_urls`, so a page `x.md` is served as `x/`)."""
    base = posixpath.dirname(page_file.src_uri)

    def address(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(base, match.group(1)))
        if files.get_file_from_path(target) is None:
            log.warning(f"{page_file.src_uri}: links to {match.group(1)}, which is not in the docs")
            return match.group(0)
        return f'href="{page_href(page_file.src_uri, target)}{match.group(2) or ""}"'

    return MD_HREF.sub(address, html)
