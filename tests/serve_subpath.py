"""Serve a built site under a sub-path on 127.0.0.1, as GitHub Pages serves a project site."""

from __future__ import annotations

import functools
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _SubPathHandler(SimpleHTTPRequestHandler):
    prefix = "/repo/"

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def log_message(self, *args):
        pass


@contextmanager
def serve(site: Path, prefix: str = "/repo/"):
    """Yields the site's base URL, `http://127.0.0.1:PORT/repo/`; nothing outside the prefix exists."""
    handler = functools.partial(type("Handler", (_SubPathHandler,), {"prefix": prefix}), directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
