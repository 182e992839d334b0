#!/usr/bin/env python3
"""Serve a built site under /edition/ on 127.0.0.1, compressing text as GitHub Pages does.

GitHub Pages answers `Accept-Encoding: gzip` with gzip for HTML, CSS, JS, JSON and SVG, so
the bytes a reader downloads are the compressed ones; Python's http.server never compresses.
With --no-gzip this serves the files as they are, to measure the uncompressed weight.

    python benchmarks/serve.py SITE_DIR PORT_FILE [--no-gzip]

Writes the port it listens on to PORT_FILE and serves until it is stopped.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SUB_PATH = "/edition/"
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")


class Handler(SimpleHTTPRequestHandler):
    compress = True

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        if path.startswith(SUB_PATH):
            path = "/" + path[len(SUB_PATH):]
        return super().translate_path(path)

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.compress and wants_gzip and path.suffix in COMPRESSED and path.is_file()
                and self.path.startswith(SUB_PATH)):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("port_file", type=Path)
    parser.add_argument("--no-gzip", action="store_true")
    args = parser.parse_args()
    Handler.compress = not args.no_gzip
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(args.site)))
    args.port_file.write_text(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
