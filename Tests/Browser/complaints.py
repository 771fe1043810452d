#!/usr/bin/env python3
"""The complaint channel's journey in a real headless Chromium, against the running server on a fresh data folder:

1. the administrator names two receiving officers and opens the channel (over HTTP, see complaint_channel.py);
2. a reporter files a report anonymously with an attachment and gets a receipt;
3. a wrong receipt is refused; the right one opens the report;
4. a receiving officer signs in, opens the case and replies;
5. the reporter, with the receipt, reads the reply and adds information;
6. the printed poster's QR code (PDF → PNG → zbarimg) leads to the channel;
7. the server's log holds no report content, no receipt and no client address.

A screenshot of each page is kept under test-output/screenshots/complaints/.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request

from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import complaint_channel as channel  # noqa: E402
from chromium_page import ChromiumPage  # noqa: E402
from prongsai_server import SCREENSHOTS  # noqa: E402

SHOTS = os.path.join(SCREENSHOTS, "complaints")
SENTENCE = "เจ้าหน้าที่กองช่างเรียกเงินห้าพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้างบ้านริมคลองทับคล้อ"
REPLY = "ได้รับเรื่องแล้ว กำลังตรวจสอบข้อเท็จจริง จะแจ้งผลให้ทราบทางหน้านี้"
ADDED = "เพิ่มเติม: เหตุเกิดวันที่ 3 พฤศจิกายน ช่วงบ่าย"
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


class Browser(ChromiumPage):
    """The reporter's and the officer's browser; pictures go to screenshots/complaints/."""

    def __init__(self, server):
        super().__init__(server, folder=SHOTS, width=1100)

    def forget(self):
        """A different person at the same browser: no cookies left."""
        self.driver.delete_all_cookies()


def journey(server, folder):
    b = Browser(server)
    try:
        b.open("/public/thapkhlo/complaints")
        b.expect("แจ้งเรื่องใหม่" in b.text(), "the front page offers to file a report")
        b.shot("front-page")
        b.driver.find_element(By.ID, "start").click()
        b.expect("ท่านไม่ต้องบอกชื่อ" in b.text(), "the form says no name is needed")
        b.shot("form")
        b.driver.find_element(By.CSS_SELECTOR, "input[name=category][value=corruption]").click()
        b.fill("details", SENTENCE)
        b.fill("whenAndWhere", "หน้าที่ทำการ อบต. ช่วงเช้า")
        evidence = os.path.join(folder, "หลักฐาน.pdf")
        with open(evidence, "wb") as file:
            file.write(PDF)
        b.driver.find_element(By.ID, "attachment").send_keys(evidence)
        b.shot("form-filled")
        b.click_and_wait("button#send")
        b.expect("ส่งเรื่องเรียบร้อยแล้ว" in b.text(), "the report was sent")
        receipt = b.driver.find_element(By.ID, "receipt").text.strip()
        b.expect(re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", receipt) is not None, f"a 16-digit receipt is shown: {receipt!r}")
        b.shot("receipt")

        b.forget()
        b.open("/public/thapkhlo/complaints/follow-up")
        b.fill("receipt", "1111 2222 3333 4444")
        b.click_and_wait("button#open")
        b.expect("ไม่พบเรื่อง" in b.text(), "a wrong receipt is refused")
        b.shot("wrong-receipt")
        b.fill("receipt", receipt)
        b.click_and_wait("button#open")
        b.expect(SENTENCE in b.text() and "ได้รับเรื่องแล้ว" in b.text(), "the receipt opens the report and its status")
        b.shot("follow-up")

        b.forget()
        b.open("/login")
        b.fill("username", "officer.one")
        b.fill("password", channel.OFFICER_PASSWORDS["officer.one"])
        b.click_and_wait("main form button[type=submit]")
        b.open("/a/thapkhlo/complaints")
        b.expect("กล่องเรื่อง" in b.text(), "the officer sees the inbox")
        b.shot("officer-inbox")
        href = b.driver.find_element(By.CSS_SELECTOR, "#complaints a").get_attribute("href")
        b.driver.get(href)
        b.expect(SENTENCE in b.text() and "หลักฐาน.pdf" in b.text(), "the officer reads the report and sees the attachment")
        b.fill("text", REPLY)
        b.click_and_wait("button#send-reply")
        b.expect(REPLY in b.text(), "the reply is on the case")
        b.shot("officer-case")

        b.forget()
        b.open("/public/thapkhlo/complaints/follow-up")
        b.fill("receipt", receipt.replace(" ", ""))
        b.click_and_wait("button#open")
        b.expect(REPLY in b.text(), "the reporter reads the officer's reply")
        b.expect("อยู่ระหว่างตรวจสอบ" in b.text(), "the status moved on with the reply")
        b.shot("reporter-reads-reply")
        b.fill("message", ADDED)
        b.click_and_wait("button#add")
        b.expect("ส่งข้อมูลเพิ่มเติมแล้ว" in b.text() and ADDED in b.text(), "the reporter adds information")
        b.shot("reporter-added")

        b.open("/lang/en?next=/public/thapkhlo/complaints/new")
        b.expect("File a complaint or a tip-off" in b.text(), "English is one click away")
        b.shot("form-english")
        b.open("/lang/th?next=/public/thapkhlo/complaints/statistics")
        b.shot("statistics")
        b.open("/public/thapkhlo/complaints/poster")
        b.expect(b.driver.find_element(By.CSS_SELECTOR, ".poster-qr svg") is not None, "the poster has its QR code")
        b.shot("poster")
        b.driver.set_window_size(390, 900)
        b.open("/public/thapkhlo/complaints/new")
        b.shot("form-phone", width=390)

        b.forget()
        b.open("/login")
        b.fill("username", "admin")
        b.fill("password", channel.ADMIN_PASSWORD)
        b.click_and_wait("main form button[type=submit]")
        b.open("/admin/complaints/thapkhlo")
        b.expect("เปิดรับเรื่องอยู่" in b.text(), "the administrator sees the channel open and safe")
        b.shot("admin-channel")
        return receipt
    finally:
        b.driver.quit()


def check_poster_pdf(server, folder):
    """The printed poster's QR code, read back from the PDF by a real decoder, leads to the channel."""
    pdf = os.path.join(folder, "poster.pdf")
    with urllib.request.urlopen(server.base + "/public/thapkhlo/complaints/poster/pdf", timeout=120) as response, open(pdf, "wb") as file:
        file.write(response.read())
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", pdf, os.path.join(folder, "poster")], check=True)
    shutil.copy(os.path.join(folder, "poster.png"), os.path.join(SHOTS, "99-poster-pdf.png"))
    decoded = subprocess.run(["zbarimg", "--raw", "-q", os.path.join(folder, "poster.png")], capture_output=True, text=True).stdout.strip()
    expected = server.base + "/public/thapkhlo/complaints"
    if decoded != expected:
        raise AssertionError(f"the poster's QR code reads {decoded!r}, expected {expected!r}")


def check_log(server, receipt):
    log = server.log()
    for secret in (SENTENCE, SENTENCE[:20], REPLY, ADDED, receipt, receipt.replace(" ", ""), "หลักฐาน.pdf"):
        if secret in log:
            raise AssertionError(f"the server log holds {secret[:30]!r}")
    addresses = [line for line in log.splitlines() if "127.0.0.1" in line and "is ready at" not in line and "listening" not in line.lower()]
    if addresses:
        raise AssertionError(f"the server log holds a client address: {addresses[0][:200]}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    arguments = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="prongsai-complaints-")
    server = channel.Server(os.path.abspath(arguments.binary), folder).start()
    try:
        channel.set_up_channel(server)
        receipt = journey(server, folder)
        check_poster_pdf(server, folder)
        check_log(server, receipt)
        print(f"complaints journey passed; screenshots in {SHOTS}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
