"""Shared by the complaint browser test and the load script: start the real server on a fresh SQLite data
folder, and set up the example agency's complaint channel the way an administrator does (two receiving
officers with keys, the channel opened). Standard library only."""
import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

OFFICER_PASSWORDS = {"officer.one": "รหัสผ่านเจ้าหน้าที่-หนึ่ง-2567", "officer.two": "รหัสผ่านเจ้าหน้าที่-สอง-2567"}
ONE_TIME_PASSWORDS = {}
ADMIN_PASSWORD = "ผู้ดูแลระบบ-รหัสใหม่-2567"


# Imported from the shared module so the load script and the browser test start the server the same way.
from prongsai_server import Server, free_port  # noqa: E402,F401


class Session:
    """A cookie-keeping client for the server's HTML forms and JSON API."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.csrf = None

    def request(self, method, path, data=None, headers=None, timeout=120):
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        try:
            response = self.opener.open(request, timeout=timeout)
        except urllib.error.HTTPError as error:
            response = error
        body = response.read().decode("utf-8", errors="replace")
        match = re.search(r'name="_csrf" value="([^"]+)"', body)
        if match:
            self.csrf = match.group(1)
        return response.status, body, response.headers

    def get(self, path):
        return self.request("GET", path)

    def post_form(self, path, fields):
        fields = list(fields) + ([("_csrf", self.csrf)] if self.csrf else [])
        data = urllib.parse.urlencode(fields).encode()
        return self.request("POST", path, data, {"Content-Type": "application/x-www-form-urlencoded"})

    def sign_in(self, username, password, new_password=None):
        self.get("/login")
        status, _, headers = self.post_form("/login", [("username", username), ("password", password)])
        if status != 303:
            raise SystemExit(f"sign-in as {username} answered {status}")
        if headers.get("Location") == "/password":
            self.get("/password")
            status, body, _ = self.post_form("/password", [("current", password), ("new", new_password), ("repeat", new_password)])
            if status != 303:
                raise SystemExit(f"password change for {username} answered {status}: {body[:300]}")
        return self


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def set_up_channel(server):
    """As the administrator: add two receiving officers, name them, let each sign in (which makes their
    keys), and open the channel. Returns the administrator's session."""
    admin = Session(server.base).sign_in("admin", server.one_time_password(), ADMIN_PASSWORD)
    for username in OFFICER_PASSWORDS:
        admin.get("/admin/users")
        status, body, _ = admin.post_form("/admin/users", [
            ("username", username), ("displayName", "เจ้าหน้าที่ " + username), ("role", "viewer"), ("agency", "thapkhlo")])
        match = re.search(r'id="one-time-password"[^>]*>([^<]+)<', body)
        if not match:
            raise SystemExit(f"no one-time password for {username}: {status} {body[:400]}")
        ONE_TIME_PASSWORDS[username] = match.group(1).strip()
    user_ids = officer_ids(server, admin)
    admin.get("/admin/complaints/thapkhlo")
    admin.post_form("/admin/complaints/thapkhlo/recipients", [("recipient", user_id) for user_id in user_ids])
    for username, password in OFFICER_PASSWORDS.items():
        Session(server.base).sign_in(username, ONE_TIME_PASSWORDS[username], password)
    admin.get("/admin/complaints/thapkhlo")
    status, body, _ = admin.post_form("/admin/complaints/thapkhlo/open", [])
    if status != 303:
        raise SystemExit(f"the channel did not open: {status} {body[:600]}")
    return admin


def officer_ids(server, admin):
    """The officers' account ids, read from the recipients form of the channel page."""
    _, body, _ = admin.get("/admin/complaints/thapkhlo")
    ids = []
    for username in OFFICER_PASSWORDS:
        match = re.search(r'name="recipient" value="([0-9a-f-]{36})"[^>]*> เจ้าหน้าที่ ' + re.escape(username), body)
        if not match:
            raise SystemExit(f"{username} is not on the channel page")
        ids.append(match.group(1))
    return ids


def api_sign_in(server, username, password):
    request = urllib.request.Request(
        server.base + "/api/v1/session", method="POST", headers={"Content-Type": "application/json"},
        data=json.dumps({"username": username, "password": password}).encode())
    return json.loads(urllib.request.urlopen(request, timeout=60).read())["token"]


def api_get(server, token, path):
    request = urllib.request.Request(server.base + path, headers={"Authorization": "Bearer " + token})
    return json.loads(urllib.request.urlopen(request, timeout=120).read())
