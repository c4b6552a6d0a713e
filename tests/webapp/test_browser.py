"""End to end in real headless Chromium (Debian's chromium + chromium-driver; nothing is downloaded):
sign in, queue, case page with a highlighted evidence box, correct the appeal deadline, audit entry,
CSV export with the corrected value. Screenshots go to test-artifacts/ at the repository root."""
from __future__ import annotations

import csv
import io
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def server(app):
    """The app served by uvicorn in a thread on a free local port."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture
def browser(tmp_path):
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        pytest.skip(f"BROWSER TEST SKIPPED: {', '.join(missing)} not installed (apt-get install chromium "
                    "chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={tmp_path / 'chrome-profile'}", "--window-size=1400,1100"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()
    shutil.rmtree(tmp_path / "chrome-profile", ignore_errors=True)


def test_review_flow_in_chromium(server, browser, users, cases):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.webapp.conftest import PASSWORD

    wait = WebDriverWait(browser, 10)
    ARTIFACTS.mkdir(exist_ok=True)
    rid = cases["soon"]

    # signing in (the queue sends us to the login page first)
    browser.get(server + "/")
    wait.until(EC.presence_of_element_located((By.ID, "username"))).send_keys("ana")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    browser.find_element(By.ID, "login-submit").click()

    # the queue, most urgent first
    wait.until(EC.presence_of_element_located((By.ID, "queue")))
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.case-row")
    assert [r.get_attribute("data-record-id") for r in rows][:2] == [cases["overdue"], rid]
    browser.save_screenshot(str(ARTIFACTS / "queue.png"))

    # the case page, with the deadline's evidence box over the rendered letter
    browser.find_element(By.CSS_SELECTOR, f'tr[data-record-id="{rid}"] a.open-case').click()
    img = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#page-1 img")))
    wait.until(lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", img))
    box = browser.find_element(By.CSS_SELECTOR, '.hl[data-field="appeal.deadline"]')
    assert box.is_displayed() and box.size["width"] > 20 and box.size["height"] > 5
    i, b = img.rect, box.rect
    assert i["x"] <= b["x"] and b["x"] + b["width"] <= i["x"] + i["width"] + 1
    assert i["y"] <= b["y"] and b["y"] + b["height"] <= i["y"] + i["height"] + 1
    field = browser.find_element(By.ID, "f-appeal-deadline")
    ActionChains(browser).move_to_element(field).perform()  # hovering the field lights its box
    wait.until(lambda d: "active" in box.get_attribute("class"))
    browser.save_screenshot(str(ARTIFACTS / "case.png"))

    # correcting the appeal deadline
    field.find_element(By.CSS_SELECTOR, "details.edit summary").click()
    date_input = field.find_element(By.CSS_SELECTOR, 'input[name="value"]')
    browser.execute_script("arguments[0].value = '2025-07-15'", date_input)
    field.find_element(By.CSS_SELECTOR, 'input[name="comment"]').send_keys("letter allows 60 days")
    field.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "case-deadline"), "2025-07-15"))
    assert "corrected by ana" in browser.find_element(By.ID, "f-appeal-deadline").text

    # the audit trail shows the change
    browser.find_element(By.ID, "audit-link").click()
    corrections = wait.until(EC.presence_of_element_located((By.ID, "corrections"))).text
    assert "appeal.deadline" in corrections and "2025-06-07" in corrections and "2025-07-15" in corrections
    assert "letter allows 60 days" in corrections
    browser.save_screenshot(str(ARTIFACTS / "audit.png"))

    # the CSV export carries the corrected value (fetched with the browser's session)
    browser.get(server + "/exports")
    text = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch('/exports/cases.csv', {credentials: 'same-origin'}).then(r => r.text()).then(done);")
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["record_id"] == rid)
    assert row["appeal_deadline"] == "2025-07-15" and row["corrected_fields"] == "appeal.deadline"

    browser.get(server + "/dashboard")
    wait.until(EC.presence_of_element_located((By.ID, "review-share")))
    browser.save_screenshot(str(ARTIFACTS / "dashboard.png"))

    # no Content-Security-Policy violations or script errors along the way
    problems = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not problems, problems
