#!/usr/bin/env python3
"""The static server of the quick start, the browser tests and the benchmarks: the built web
folder served as a real host serves it. A file the browser accepts compressed is sent from its
precompressed sibling (name.br, else name.gz, written by the build: wasm/deploy.mjs) with
Content-Encoding; content-hashed names (name.0123456789.ext) are cacheable for a year, every
other file is revalidated (the HTML pages name the hashed files). Only this folder is served.
    serve.py DIRECTORY [PORT]   (PORT 0 or absent: a free port; the chosen one is printed)"""
import http.server
import os
import re
import sys
from functools import partial

HASHED = re.compile(r'\.[0-9a-f]{10}\.(?:js|mjs|css|wasm)$')


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'  # keep-alive, as hosts serve
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      '.wasm': 'application/wasm', '.jwk': 'application/json', '.mjs': 'text/javascript', '.js': 'text/javascript',
                      '.css': 'text/css', '.html': 'text/html', '.json': 'application/json'}

    def end_headers(self):
        if not self.path.endswith(('.br', '.gz')):
            name = self.path.split('?', 1)[0]
            immutable = HASHED.search(name)
            self.send_header('Cache-Control', 'public, max-age=31536000, immutable' if immutable else 'no-cache')
            self.send_header('Vary', 'Accept-Encoding')
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, 'index.html')
        accepted = {e.split(';')[0].strip() for e in self.headers.get('Accept-Encoding', '').split(',')}
        for encoding, suffix in (('br', '.br'), ('gzip', '.gz')):
            if encoding in accepted and os.path.isfile(path + suffix):
                body = open(path + suffix, 'rb')
                self.send_response(200)
                self.send_header('Content-Type', self.guess_type(path))
                self.send_header('Content-Encoding', encoding)
                self.send_header('Content-Length', str(os.fstat(body.fileno()).st_size))
                self.end_headers()
                return body
        return super().send_head()

    def guess_type(self, path):
        kind = super().guess_type(path)
        return f'{kind}; charset=utf-8' if kind.startswith('text/') or kind == 'application/json' else kind

    def log_message(self, *args):
        pass


if __name__ == '__main__':
    directory, port = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0
    server = http.server.ThreadingHTTPServer(('127.0.0.1', port), partial(Handler, directory=directory))
    print(f'Serving {directory} on http://127.0.0.1:{server.server_address[1]}/ (port {server.server_address[1]})', flush=True)
    server.serve_forever()
