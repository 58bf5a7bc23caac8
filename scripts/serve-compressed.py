#!/usr/bin/env python3
"""A static server that sends files brotli-compressed (Content-Encoding: br) to clients that
accept it, as a real host would; the measurements use it (scripts/lighthouse.sh). Files are
compressed once, on first request, with Debian's `brotli` (-q 11), and kept in memory.
    serve-compressed.py DIRECTORY PORT"""
import http.server
import io
import subprocess
import sys
from functools import partial

_compressed = {}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, '.wasm': 'application/wasm',
                      '.mjs': 'text/javascript', '.js': 'text/javascript'}

    def send_head(self):
        path = self.translate_path(self.path)
        if 'br' not in self.headers.get('Accept-Encoding', '') or self.path.endswith('/'):
            return super().send_head()
        try:
            if path not in _compressed:
                _compressed[path] = subprocess.run(['brotli', '-q', '11', '-c', path], check=True,
                                                   capture_output=True).stdout
        except (OSError, subprocess.CalledProcessError):
            return super().send_head()
        body = _compressed[path]
        self.send_response(200)
        self.send_header('Content-Type', self.guess_type(path))
        self.send_header('Content-Encoding', 'br')
        self.send_header('Content-Length', str(len(body)))
        self.send_header('Vary', 'Accept-Encoding')
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


if __name__ == '__main__':
    directory, port = sys.argv[1], int(sys.argv[2])
    http.server.ThreadingHTTPServer(('127.0.0.1', port), partial(Handler, directory=directory)).serve_forever()
