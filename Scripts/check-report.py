#!/usr/bin/env python3
"""Drives the HTML report in headless Chromium (Debian's chromium and chromium-driver packages):
the page loads with no console errors, the screenshot is not blank, a click on a node in the diagram
shows that node's evidence, a click on an edge shows its sentence, and the search and filters act.

usage: check-report.py REPORT.html [SCREENSHOT.png]"""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

failures = []


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name + (f": {detail}" if detail and not condition else ""))
    if not condition:
        failures.append(name)


def main():
    report = os.path.abspath(sys.argv[1])
    shot = sys.argv[2] if len(sys.argv) > 2 else None
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get("file://" + report)
        time.sleep(0.5)
        data = json.loads(driver.find_element(By.ID, "geflecht-data").get_attribute("textContent"))
        errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
        check("no console errors", not errors, "; ".join(e["message"] for e in errors)[:500])

        png = driver.get_screenshot_as_png()
        if shot:
            open(shot, "wb").write(png)
        check("screenshot is not blank", len(png) > 30_000, f"{len(png)} bytes")
        nodes = driver.execute_script("return document.querySelectorAll('#diagram g.node').length")
        check("diagram has one group per node", nodes == len(data["nodes"]), f"{nodes} vs {len(data['nodes'])}")
        width = driver.execute_script("return document.querySelector('#diagram svg').getBoundingClientRect().width")
        check("diagram is visible", width > 300, f"width {width}")
        rows = driver.execute_script("return document.querySelectorAll('#rankings tbody tr').length")
        check("ranking table lists every node", rows == len(data["nodes"]), f"{rows}")

        # Click the node with the most evidence, on its shape inside the diagram.
        best = max(range(len(data["nodes"])), key=lambda i: sum(len(e["evidence"]) for e in data["edges"] if i in (e["source"], e["target"])))
        driver.execute_script("document.getElementById('node-%d').scrollIntoView({block: 'center'})" % best)
        shape = driver.find_element(By.CSS_SELECTOR, "#node-%d text" % best)
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", shape)
        panel = driver.find_element(By.ID, "details").text
        sentences = [ev["text"] for e in data["edges"] if best in (e["source"], e["target"]) for ev in e["evidence"]]
        label = data["nodes"][best]["label"]
        check("a click on a node shows its evidence", label in panel and any(s[:60] in panel for s in sentences),
              f"panel starts {panel[:120]!r}")

        edge = next(k for k, e in enumerate(data["edges"]) if e["relation"] != "co_occurs")
        target = driver.find_element(By.CSS_SELECTOR, "#edge-%d path" % edge)
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", target)
        panel = driver.find_element(By.ID, "details").text
        check("a click on an edge shows its sentence", data["edges"][edge]["evidence"][0]["text"][:60] in panel)

        search = driver.find_element(By.ID, "search")
        search.send_keys(label[:5])
        matched = driver.execute_script("return document.querySelectorAll('#diagram g.node.match').length")
        check("search highlights matching nodes", matched >= 1, f"{matched}")

        box = driver.find_element(By.CSS_SELECTOR, "#filter-relation input")
        box.click()
        hidden = driver.execute_script("return Array.from(document.querySelectorAll('#diagram g.edge')).filter(g => g.style.display === 'none').length")
        check("a relation filter hides edges", hidden >= 1, f"{hidden}")

        errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
        check("no console errors after interaction", not errors, "; ".join(e["message"] for e in errors)[:500])
    finally:
        driver.quit()
    print(f"{len(failures)} failed" if failures else "report works in Chromium")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
