"""Published under a sub-path (`https://user.github.io/repo/`): every internal link, asset and the
search index resolve, and nothing points outside the site."""

from __future__ import annotations

import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from tests.conftest import build_site
from tests.serve_subpath import serve


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value and not (tag == "a" and name == "href" and value.startswith("#")):
                self.links.append(value)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_site(tmp_path_factory.mktemp("publish"), person_pages_from=1)


def test_every_internal_link_and_asset_resolves_under_a_sub_path(site):
    with serve(site) as base:
        host = urlsplit(base).netloc
        seen: set[str] = set()
        queue = [base]
        broken = []
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            try:
                response = urllib.request.urlopen(url, timeout=10)
            except urllib.error.HTTPError as error:
                broken.append(f"{url} ({error.code})")
                continue
            if "text/html" not in response.headers.get("Content-Type", ""):
                continue
            parser = _Links()
            parser.feed(response.read().decode("utf-8"))
            for link in parser.links:
                target = urldefrag(urljoin(url, link)).url
                if urlsplit(target).netloc == host:
                    assert urlsplit(target).path.startswith("/repo/"), f"{url} links outside the site: {link}"
                    queue.append(target)
        assert not broken, broken
        pages = {urlsplit(u).path for u in seen}
        for expected in ("/repo/", "/repo/people/", "/repo/people/benjamin-netanyahu/", "/repo/dates/2024/03/",
                         "/repo/articles/000-67ba8191cee16773/", "/repo/assets/archive.css"):
            assert expected in pages
        for search_file in ("search-index/meta.json", "search-index/keys/0.txt", "search-index/pages/0.json", "search-index/people.json"):
            assert urllib.request.urlopen(base + search_file, timeout=10).status == 200
