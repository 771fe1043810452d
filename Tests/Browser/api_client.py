"""A small JSON/multipart client for the reliability scripts (kill9-rounds, schemathesis-roles,
attack-regression): bearer sign-in, the administrator's first password change, and test files.
Standard library only."""
import json
import os
import struct
import urllib.error
import urllib.request
import uuid
import zlib

import complaint_channel as channel


def call(base, method, path, body=None, token=None, content_type="application/json", timeout=120, headers=None):
    """One request; returns (status, parsed JSON or raw bytes, headers). Never raises on an HTTP status."""
    sent = dict(headers or {})
    if token:
        sent["Authorization"] = "Bearer " + token
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        sent["Content-Type"] = content_type
    request = urllib.request.Request(base + path, data=data, method=method, headers=sent)
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        response = error
    raw = response.read()
    try:
        parsed = json.loads(raw)
    except ValueError:
        parsed = raw
    return response.status, parsed, response.headers


def sign_in(base, username, password):
    status, answer, _ = call(base, "POST", "/api/v1/session", {"username": username, "password": password})
    if status != 200:
        raise SystemExit(f"API sign-in as {username} answered {status}: {answer!r:.300}")
    return answer


def admin_token(server):
    """The administrator's bearer token, changing the first-start one-time password when the server
    still asks for it (the password is then channel.ADMIN_PASSWORD, as the browser helpers use)."""
    status, answer, _ = call(server.base, "POST", "/api/v1/session", {"username": "admin", "password": channel.ADMIN_PASSWORD})
    if status == 200:
        return answer["token"]
    one_time = server.one_time_password()
    token = sign_in(server.base, "admin", one_time)["token"]
    status, answer, _ = call(server.base, "POST", "/api/v1/password", {"current": one_time, "new": channel.ADMIN_PASSWORD}, token)
    if status != 200:
        raise SystemExit(f"the administrator's password change answered {status}: {answer!r:.300}")
    return sign_in(server.base, "admin", channel.ADMIN_PASSWORD)["token"]


def multipart(parts):
    """parts: (name, value) or (name, bytes, file name, content type). Returns (body, content type)."""
    boundary = "----prongsai-" + uuid.uuid4().hex
    chunks = []
    for part in parts:
        name, value = part[0], part[1]
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"'
        if len(part) > 2:
            head += f'; filename="{part[2]}"\r\nContent-Type: {part[3]}'
        chunks.append(head.encode() + b"\r\n\r\n" + (value if isinstance(value, bytes) else str(value).encode()) + b"\r\n")
    return b"".join(chunks) + f"--{boundary}--\r\n".encode(), "multipart/form-data; boundary=" + boundary


def random_png(side):
    """A valid RGB PNG of random pixels (so every file is different and nothing compresses it away)."""
    raw = b"".join(b"\0" + os.urandom(side * 3) for _ in range(side))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
