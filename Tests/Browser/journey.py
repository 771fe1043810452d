#!/usr/bin/env python3
"""The coordinator's and a division head's journey in a real headless Chromium, against the running
server on a fresh SQLite data folder:

1. sign in with the one-time password and change it;
2. import the real published document;
3. edit a measure;
4. as a division head, add progress with an evidence file;
5. download the O43 report as .docx and check it carries the progress;
6. kill the server with SIGKILL and check the acknowledged progress survived.

A screenshot of each page is kept under test-output/screenshots/.
"""
import argparse
import io
import os
import re
import tempfile
import urllib.request
import zipfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from chromium_page import ChromiumPage
from prongsai_server import ROOT, SCREENSHOTS, Server, free_port  # noqa: F401 (re-exported)

FIXTURE = os.path.join(ROOT, "Tests", "Fixtures", "thapkhlo-measures-2566.txt")
SHOTS = SCREENSHOTS

# A minimal valid PDF, so the evidence is sniffed as application/pdf.
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


class Journey(ChromiumPage):
    """The coordinator's and division head's steps on top of the shared browser helpers."""

    def follow(self, selector):
        """Opens the link's target (clicking can race a page that is still settling)."""
        href = self.driver.find_element(By.CSS_SELECTOR, selector).get_attribute("href")
        self.driver.get(href)

    def sign_in(self, username, password):
        self.open("/login")
        self.fill("username", username)
        self.fill("password", password)
        self.submit()

    def change_password(self, current, new):
        self.expect(self.driver.current_url.endswith("/password"), "a one-time password must lead to the change form")
        self.fill("current", current)
        self.fill("new", new)
        self.fill("repeat", new)
        self.submit()

    def sign_out(self):
        self.submit("header form button")

    def cookie_header(self):
        return "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())

    def download(self, path):
        request = urllib.request.Request(self.server.base + path, headers={"Cookie": self.cookie_header()})
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers.get("Content-Type"), response.read()


def run(binary):
    data = tempfile.mkdtemp(prefix="prongsai-journey-")
    server = Server(binary, data)
    server.start()
    journey = Journey(server)
    try:
        walk(journey, server)
    finally:
        journey.quit()
        server.stop()
    print(f"journey passed; screenshots in {SHOTS}")


def walk(j, server):
    # 1. Sign in with the one-time password, then set a real one.
    j.open("/login")
    j.shot("login")
    admin_password = server.one_time_password()
    j.sign_in("admin", admin_password)
    j.shot("change-password")
    j.change_password(admin_password, "ผู้ดูแล-ทับคล้อ-2566")
    j.open("/a/thapkhlo")
    j.expect("73.35" in j.text() and "C" in j.text(), "the dashboard shows the example agency's 73.35 and level C")
    j.shot("dashboard")

    # 2. Import the real published document.
    j.open("/a/thapkhlo/results")
    j.shot("results")
    j.driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(FIXTURE)
    j.submit("form[action*='/results/preview'] button[type=submit]")
    j.expect("73.35" in j.text(), "the preview shows the parsed total")
    j.expect("35" in j.text() and "I7" in j.text(), "the preview lists the repair of line 35 (ข้อ 17 → I7)")
    j.shot("import-preview")
    j.submit("form#confirm button[type=submit]")
    j.shot("import-confirmed")

    # 3. Edit a measure.
    j.open("/a/thapkhlo/measures")
    j.shot("measures")
    j.follow("a[href*='/edit']")
    j.shot("measure-edit")
    new_title = "การเผยแพร่แผนการใช้จ่ายงบประมาณให้บุคลากรทราบทุกไตรมาส"
    j.fill("title", new_title)
    j.submit()
    j.open("/a/thapkhlo/measures")
    j.expect(new_title in j.text(), "the edited title is saved")
    measure_link = j.driver.find_element(By.XPATH, f"//td[contains(., '{new_title}')]/ancestor::tr//a[contains(@href, '/progress')]")
    progress_path = re.sub(r"^https?://[^/]+", "", measure_link.get_attribute("href"))

    # The administrator creates a division head for กองคลัง.
    j.open("/admin/users")
    j.fill("username", "head.finance")
    j.fill("displayName", "หัวหน้ากองคลัง")
    Select(j.driver.find_element(By.NAME, "role")).select_by_value("divisionHead")
    Select(j.driver.find_element(By.NAME, "agency")).select_by_value("thapkhlo")
    Select(j.driver.find_element(By.NAME, "division")).select_by_value("กองคลัง")
    j.submit("form[action='/admin/users'] button[type=submit]")
    head_password = j.driver.find_element(By.ID, "one-time-password").text.strip()
    j.shot("user-created")
    j.sign_out()

    # 4. As the division head, add progress with an evidence file.
    j.sign_in("head.finance", head_password)
    j.change_password(head_password, "กองคลัง-รายงาน-2566")
    j.open(progress_path)
    j.shot("progress-empty")
    evidence = os.path.join(tempfile.mkdtemp(), "รายงานการประชุมชี้แจงงบประมาณ.pdf")
    with open(evidence, "wb") as f:
        f.write(PDF)
    progress_text = "จัดประชุมชี้แจงแผนการใช้จ่ายงบประมาณให้บุคลากรทุกกอง 35 คน"
    # Typing into a date field depends on the browser's locale; set the ISO value the form submits.
    j.driver.execute_script("arguments[0].value = '2022-11-15'", j.driver.find_element(By.NAME, "date"))
    j.fill("text", progress_text)
    Select(j.driver.find_element(By.NAME, "status")).select_by_value("inProgress")
    j.fill("percent", "40")
    j.driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(evidence)
    j.submit("form[method=post][enctype='multipart/form-data'] button[type=submit]")
    j.expect(progress_text in j.text(), "the progress entry is listed")
    j.expect("รายงานการประชุมชี้แจงงบประมาณ.pdf" in j.text(), "the evidence file is listed")
    j.shot("progress-added")

    # 5. The O43 report as .docx carries the progress.
    status, content_type, body = j.download("/a/thapkhlo/documents/o43.docx")
    j.expect(status == 200 and "wordprocessingml" in (content_type or ""), f"the O43 .docx downloads ({status} {content_type})")
    document_xml = zipfile.ZipFile(io.BytesIO(body)).read("word/document.xml").decode("utf-8")
    j.expect(progress_text in document_xml, "the O43 report contains the progress text")
    j.open("/a/thapkhlo/documents")
    j.shot("documents")

    # 6. An acknowledged write survives SIGKILL.
    server.kill_hard()
    server.start()
    j.open(progress_path)
    if j.driver.current_url.endswith("/login"):
        j.sign_in("head.finance", "กองคลัง-รายงาน-2566")
        j.open(progress_path)
    j.expect(progress_text in j.text(), "the progress entry survived kill -9")
    j.shot("after-kill-9")

    # English is one click away.
    j.click_and_wait(j.driver.find_element(By.CSS_SELECTOR, "a.lang"))
    j.expect("Progress" in j.text() or "Measure" in j.text(), "the English page is shown")
    j.shot("english")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True, help="the built prongsai executable")
    run(os.path.abspath(parser.parse_args().binary))
