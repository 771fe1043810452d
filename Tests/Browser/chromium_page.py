"""A headless Chromium driven by Selenium with the helpers every browser journey uses (screenshots of
the whole page, waiting for the next page after a click). Debian's chromium and chromium-driver;
nothing is downloaded."""
import os
import re
import time

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from prongsai_server import SCREENSHOTS


class ChromiumPage:
    """Headless Chromium pointed at the server, with the helpers every journey uses.

    Screenshots go to `folder` as NN-name.png; the ones this journey took last time are removed first,
    pictures of other journeys stay.
    """

    def __init__(self, server, folder=SCREENSHOTS, prefix="", width=1280):
        self.server, self.folder, self.prefix, self.width = server, folder, prefix, width
        options = Options()
        options.binary_location = "/usr/bin/chromium"
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},1400", "--lang=th"):
            options.add_argument(flag)
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.driver.implicitly_wait(15)
        self.shot_number = 0
        self.step_mark = 0
        os.makedirs(folder, exist_ok=True)
        own = re.compile(re.escape(prefix) + r"\d\d-.*\.png$")
        for old in os.listdir(folder):
            if own.match(old):
                os.remove(os.path.join(folder, old))

    def open(self, path):
        self.driver.get(self.server.base + path)

    def shot(self, name, width=None):
        """The whole page, not only the window, so long tables are visible in the picture; `width`
        shows it as on a narrower screen (a phone is about 390)."""
        self.shot_number += 1
        path = os.path.join(self.folder, f"{self.prefix}{self.shot_number:02d}-{name}.png")
        self.driver.set_window_size(width or self.width, 900)
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(width or self.width, max(900, min(height + 40, 6000)))
        self.driver.save_screenshot(path)
        self.driver.set_window_size(self.width, 1400)
        return path

    def fill(self, name, value):
        field = self.driver.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)

    def click_and_wait(self, target):
        """Clicks and waits until the browser shows a new document, so the next step sees the new page.

        `target` is a CSS selector or an element. A selector is looked up again when the page was still
        settling from the step before (the element then belongs to a document that is going away).

        The old document is marked before the click and the wait ends when the mark is gone. Selenium's
        `staleness_of` is not used: Chromium 156 answers a query on a detached node with a generic
        "Node with given id does not belong to the document" error instead of a stale-element one,
        which `staleness_of` lets escape.
        """
        self.step_mark += 1
        mark = str(self.step_mark)
        for attempt in range(3):
            try:
                self.driver.execute_script("document.documentElement.setAttribute('data-step', arguments[0])", mark)
                element = self.driver.find_element(By.CSS_SELECTOR, target) if isinstance(target, str) else target
                element.click()
                break
            except WebDriverException:
                if not isinstance(target, str) or attempt == 2:
                    raise
                time.sleep(0.2)

        def left_the_page(driver):
            try:
                return driver.execute_script("return document.documentElement.getAttribute('data-step')") != mark
            except WebDriverException:
                return False  # the browser is between documents; ask again

        WebDriverWait(self.driver, 60).until(left_the_page)

    def submit(self, selector="main form button[type=submit]"):
        self.click_and_wait(selector)

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def expect(self, condition, message):
        if not condition:
            self.shot("failure")
            raise AssertionError(message + f"\nat {self.driver.current_url}\n" + self.text()[:2000])

    def quit(self):
        self.driver.quit()
