#!/usr/bin/env python3
"""The OIT disclosure in a real headless Chromium, against the running server:

1. the coordinator sets the main website (a small local site started here, never the internet),
   enters two disclosure items from the browser, checks them with their links, and freezes the
   answer sheet;
2. signed out, the public transparency page /public/thapkhlo/ita/2566 answers without a login,
   with one h1, headings in order, captioned tables with header cells, the complaint link, no
   script, and an ETag that gives 304.

Screenshots go to test-output/screenshots/oit-*.png.
"""
import argparse
import functools
import http.server
import os
import tempfile
import threading
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from journey import SHOTS, Journey, Server, free_port


class PublicJourney(Journey):
    """The journey's browser, with its own oit-NN pictures beside the other journeys'."""

    def __init__(self, server):
        super().__init__(server, prefix="oit-")


def agency_website():
    """A stand-in for the agency's own website on 127.0.0.1: /ita/o1.html answers, the rest is 404."""
    root = tempfile.mkdtemp(prefix="prongsai-site-")
    os.makedirs(os.path.join(root, "ita"))
    with open(os.path.join(root, "ita", "o1.html"), "w", encoding="utf-8") as f:
        f.write("<!doctype html><html lang='th'><title>โครงสร้าง</title><h1>โครงสร้าง อบต.ทับคล้อ</h1></html>")
    handler = functools.partial(QuietHandler, directory=root)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run(binary):
    data = tempfile.mkdtemp(prefix="prongsai-public-")
    server = Server(binary, data)
    server.start()
    site, website = agency_website()
    journey = PublicJourney(server)
    try:
        coordinator_enters_checks_and_freezes(journey, server, website)
        public_page_signed_out(journey, server, website)
    finally:
        journey.quit()
        server.stop()
        site.shutdown()
    print(f"public page journey passed; screenshots in {SHOTS}/oit-*.png")


def coordinator_enters_checks_and_freezes(j, server, website):
    admin_password = server.one_time_password()
    j.sign_in("admin", admin_password)
    j.change_password(admin_password, "ผู้ดูแล-ทับคล้อ-2566")
    j.open("/admin/users")
    j.fill("username", "ita.coordinator")
    j.fill("displayName", "ผู้ประสานงาน ITA")
    Select(j.driver.find_element(By.NAME, "role")).select_by_value("coordinator")
    Select(j.driver.find_element(By.NAME, "agency")).select_by_value("thapkhlo")
    j.submit("form[action='/admin/users'] button[type=submit]")
    password = j.driver.find_element(By.ID, "one-time-password").text.strip()
    j.sign_out()
    j.sign_in("ita.coordinator", password)
    j.change_password(password, "ประสานงาน-ITA-2566")

    # From the navigation to the year's list.
    j.open("/a/thapkhlo?year=2566")
    j.click_and_wait(j.driver.find_element(By.LINK_TEXT, "การเปิดเผยข้อมูล (OIT)"))
    j.expect("การเปิดเผยข้อมูลสาธารณะ (OIT) ปี พ.ศ. 2566" in j.text(), "the disclosure list opens from the navigation")
    j.expect("ยังไม่ได้ระบุเว็บไซต์หลัก" in j.text(), "the list says the main website is not set")
    j.shot("disclosure-list-empty")

    j.follow("a[href*='/disclosure/settings']")
    j.fill("mainWebsite", website)
    j.fill("publicSite", server.base)
    j.submit()
    j.expect("บันทึกการตั้งค่าแล้ว" in j.text(), "the settings are saved")

    # O1: a link that answers, every component with its evidence.
    j.follow("a[href*='/disclosure/items/O1?']")
    j.fill("url", website + "/ita/o1.html")
    j.fill("location", "เมนูข้อมูลหน่วยงาน > โครงสร้าง")
    for component in ("O1.1", "O1.2", "O1.3"):
        j.driver.find_element(By.CSS_SELECTOR, f"input[name=component][value='{component}']").click()
        j.fill(f"evidence-{component}", "แผนผังโครงสร้าง หน้า 1")
    j.fill("responsible", "สำนักปลัด")
    j.shot("item-o1-filled")
    j.submit("main form[method=post]:not([enctype]) button[type=submit]")
    j.expect("บันทึกแล้ว" in j.text() and "ไม่พบสิ่งที่ต้องแก้" in j.text(), "O1 is saved with nothing to fix")
    j.shot("item-o1-saved")

    # O2: a link that is gone and the executives' contacts missing, as the assessor of 2565 found.
    j.open("/a/thapkhlo/disclosure/items/O2?year=2566")
    j.fill("url", website + "/ita/executives.html")
    j.fill("location", "เมนูข้อมูลหน่วยงาน > ผู้บริหาร")
    for component in ("O2.1", "O2.2", "O2.3", "O2.4", "O2.5", "O2.7"):
        j.driver.find_element(By.CSS_SELECTOR, f"input[name=component][value='{component}']").click()
        j.fill(f"evidence-{component}", "หน้าผู้บริหาร")
    j.submit("main form[method=post]:not([enctype]) button[type=submit]")
    j.expect("ขาดองค์ประกอบ O2.6 ช่องทางการติดต่อ" in j.text(), "O2 says the contact channel is missing")

    # Check now: links opened, flags and the prediction.
    j.open("/a/thapkhlo/disclosure?year=2566")
    j.submit("main form[action*='/disclosure/check'] button[type=submit]")
    text = j.text()
    j.expect("ผลการตรวจก่อนส่ง" in text, "the check result opens")
    j.expect("executives.html เปิดไม่ได้ (ไม่พบหน้า HTTP 404)" in text, "the dead O2 link is flagged")
    j.expect("ตัวชี้วัดที่ 9" in text and "คะแนนรวม" in text, "the prediction is shown")
    j.expect(not j.driver.find_elements(By.CSS_SELECTOR, "main table a[href*='/disclosure/items/O1?']"), "O1 is complete and its link answers")
    j.shot("check-now")

    j.open("/a/thapkhlo/disclosure?year=2566")
    j.submit("main form[action*='/disclosure/submissions'] button[type=submit]")
    j.expect("บันทึกแบบตอบเป็นฉบับที่ส่งแล้ว" in j.text(), "the answer sheet is frozen")
    j.expect("ผู้ประสานงาน ITA" in j.text(), "the submission lists who froze it")
    j.shot("frozen")
    j.follow("a[href*='/submissions/'][href$='format=html']")
    j.expect(website + "/ita/o1.html" in j.text() and "SHA-256" in j.text(), "the frozen sheet shows the links and its hash")
    j.shot("frozen-sheet")
    j.open("/a/thapkhlo/disclosure?year=2566")
    j.sign_out()


def public_page_signed_out(j, server, website):
    path = "/public/thapkhlo/ita/2566"
    j.driver.delete_all_cookies()
    j.open(path)
    j.expect(j.driver.current_url.endswith(path), "the public page needs no sign-in")
    d = j.driver
    j.expect(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "th", "the page is in Thai")
    j.expect(not d.find_elements(By.TAG_NAME, "script"), "the page has no script")
    headings = [int(h.tag_name[1]) for h in d.find_elements(By.CSS_SELECTOR, "h1, h2, h3, h4, h5, h6")]
    j.expect(headings.count(1) == 1 and headings[0] == 1, f"one h1, first: {headings[:5]}")
    j.expect(all(b - a <= 1 for a, b in zip(headings, headings[1:])), f"headings skip no level: {headings}")
    tables = d.find_elements(By.TAG_NAME, "table")
    j.expect(len(tables) >= 8, "a table per sub-indicator and the measures")
    for table in tables:
        j.expect(table.find_elements(By.TAG_NAME, "caption"), "every table has a caption")
        j.expect(table.find_elements(By.CSS_SELECTOR, "th[scope=col]"), "every table has column headers")
    link = d.find_element(By.PARTIAL_LINK_TEXT, "เปิดข้อมูลข้อ O1 โครงสร้าง")
    j.expect(link.get_attribute("href") == website + "/ita/o1.html", "O1's link is the one entered")
    complaint = d.find_elements(By.CSS_SELECTOR, "a[href='/public/thapkhlo/complaints/new']")
    j.expect(len(complaint) >= 2, "the complaint channel is linked in the header and the footer")
    j.expect("ดาวน์โหลดเอกสารมาตรการ (PDF)" in j.text(), "the measures document can be downloaded")
    j.shot("public-page")

    # The skip link shows when a keyboard user tabs into the page.
    d.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = d.switch_to.active_element
    j.expect(focused.get_attribute("class") == "skip" and focused.is_displayed(), "the first Tab reaches the skip link")
    j.driver.set_window_size(1280, 900)
    d.save_screenshot(os.path.join(SHOTS, "oit-99-skip-link-focused.png"))

    with urllib.request.urlopen(server.base + path) as response:
        tag = response.headers["ETag"]
        j.expect(response.headers["Cache-Control"] == "public, max-age=300", "the page is cacheable")
        body = response.read().decode("utf-8")
        j.expect("<script" not in body.lower(), "no script in the HTML")
    request = urllib.request.Request(server.base + path, headers={"If-None-Match": tag})
    try:
        urllib.request.urlopen(request)
        j.expect(False, "the same ETag must give 304")
    except urllib.error.HTTPError as error:
        j.expect(error.code == 304, f"the same ETag gives 304, not {error.code}")
    status = urllib.request.urlopen(server.base + path + "/documents/o42.html").status
    j.expect(status == 200, "the O42 document is public")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True, help="the built prongsai executable")
    run(os.path.abspath(parser.parse_args().binary))
