#!/usr/bin/python3
"""Opens a report in headless Chromium (Debian's chromium + chromium-driver,
through python3-selenium) and checks it as a reader would use it.

  browser_test.py --report DIR            check DIR/report.html
  browser_test.py --unxref BIN --corpus C --work W
                                          scan C into W first (--formats none)
  [--shots DIR]       save overview.png and document.png there
  [--max-seconds S]   fail when the overview takes longer than S to be ready
  [--timing-only]     only open the overview and print how long it took

Fails on any console error or warning of the pages, and unless the graph, the
tables, the timeline, a document page and a target page render, and search
and a kind filter change what the graph shows. Exits 77 (ctest's skip) with a
message when Chromium, its driver or Selenium is missing.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

SKIP = 77


def skip(why):
    print(f"SKIPPED: {why}")
    sys.exit(SKIP)


def find_driver():
    for path in ("/usr/bin/chromedriver", shutil.which("chromedriver") or ""):
        if path and os.access(path, os.X_OK):
            return path
    return None


def open_browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        skip("python3-selenium is not installed (tools/setup.sh installs it)")
    driver_path = find_driver()
    if not driver_path or not shutil.which("chromium"):
        skip("chromium or chromium-driver is not installed (tools/setup.sh installs them)")
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--allow-file-access-from-files", "--no-first-run"):
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(driver_path), options=options)


class Checker:
    def __init__(self, driver):
        self.driver = driver
        self.failures = []

    def check(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            self.failures.append(what)

    def console_clean(self, page):
        bad = [e for e in self.driver.get_log("browser") if e.get("level") in ("SEVERE", "WARNING")]
        for e in bad:
            print(f"     console: {e.get('level')}: {e.get('message')}")
        self.check(not bad, f"{page}: no console errors or warnings")

    def wait_for(self, script, seconds=20):
        end = time.time() + seconds
        while time.time() < end:
            value = self.driver.execute_script(script)
            if value:
                return value
            time.sleep(0.05)
        return None


def open_overview(driver, report):
    url = "file://" + os.path.abspath(os.path.join(report, "report.html"))
    driver.get(url)
    end = time.time() + 30
    while time.time() < end:
        ready = driver.execute_script("return document.body.getAttribute('data-ready')")
        if ready:
            return float(ready) / 1000.0
        time.sleep(0.05)
    return None


def run_checks(driver, report, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    c = Checker(driver)
    ready = open_overview(driver, report)
    c.check(ready is not None, "overview: script ran to the end (data-ready set)")
    if ready is None:
        c.console_clean("overview")
        return c.failures
    print(f"     overview ready after {ready:.2f} s")
    nodes = driver.execute_script("return document.querySelectorAll('#graph .node').length")
    links = driver.execute_script("return document.querySelectorAll('#graph .link').length")
    c.check(nodes > 0 and links > 0, f"graph: {nodes} vertices and {links} edges drawn")
    boxes = driver.execute_script(
        "return Array.from(document.querySelectorAll('#graph .node')).slice(0, 50)"
        ".filter(e => { const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0; }).length")
    c.check(boxes > 0, "graph: vertices have a size on screen")
    # Vertex names that are drawn do not run over each other: a name that
    # would is left to the tooltip. Boxes shrink by a pixel so that names
    # that only touch pass.
    overlaps = driver.execute_script(
        "const bs = Array.from(document.querySelectorAll('#graph .node-label'))"
        ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.getBoundingClientRect());"
        "let n = 0; for (let i = 0; i < bs.length; ++i) for (let j = i + 1; j < bs.length; ++j) {"
        "const a = bs[i], b = bs[j]; if (a.left + 1 < b.right && b.left + 1 < a.right &&"
        " a.top + 1 < b.bottom && b.top + 1 < a.bottom) ++n; } return [n, bs.length];")
    c.check(overlaps[0] == 0 and overlaps[1] > 0,
            f"graph: {overlaps[1]} vertex names drawn, {overlaps[0]} pairs overlapping")
    # The first view is the documents' years: they fill the graph's width
    # instead of a strip beside decades of older targets. Only a corpus
    # dated over several years spreads across the width.
    doc_span = ("const g = document.getElementById('graph').getBoundingClientRect();"
                "const docs = Array.from(document.querySelectorAll('#graph .node.doc'));"
                "if (new Set(docs.map(e => e.__data__.year).filter(y => y !== null)).size < 3) return null;"
                "const xs = docs.map(e => e.getBoundingClientRect()).map(b => b.x + b.width / 2);"
                "return (Math.max(...xs) - Math.min(...xs)) / g.width;")
    first_view = driver.execute_script(doc_span)
    if first_view is not None and first_view > 0:
        c.check(first_view >= 0.4, f"graph: the documents span {first_view:.0%} of the first view's width")
        driver.find_element(By.ID, "whole-graph").click()
        whole = driver.execute_script(doc_span)
        c.check(whole <= first_view + 1e-6, f"graph: 'Whole graph' zooms out ({first_view:.0%} -> {whole:.0%})")
        driver.find_element(By.ID, "reset-view").click()
    target_rows = len(driver.find_elements(By.CSS_SELECTOR, "#targets-table tbody tr"))
    doc_rows = len(driver.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr"))
    c.check(0 < target_rows <= 25, f"targets table: {target_rows} rows on its first page")
    c.check(0 < doc_rows <= 25, f"documents table: {doc_rows} rows on its first page")
    # Years to scale: the axis labels, left to right, are consecutive years
    # (a year without documents keeps its column), or a break marked "⋯"
    # standing for four or more empty years.
    labels = driver.execute_script(
        "return Array.from(document.querySelectorAll('#graph .year-label')).map(e => e.firstChild.textContent)")
    brk = "\u22ef"
    steps_ok = all(
        (int(b) == int(a) + 1) if a.isdigit() and b.isdigit() else
        (a.isdigit() and c.isdigit() and int(c) - int(a) >= 5) if b == brk else True
        for a, b, c in zip(labels, labels[1:], labels[2:] + ["no year"]))
    c.check(sum(l.isdigit() for l in labels) > 0 and steps_ok,
            f"graph: year columns to scale ({sum(l.isdigit() for l in labels)} years, {labels.count(brk)} breaks)")
    series = len(driver.find_elements(By.CSS_SELECTOR, "#timeline path.series"))
    c.check(series > 0, f"timeline: {series} series drawn")

    # Sorting: the first row follows the column clicked.
    first_row = lambda: driver.find_element(By.CSS_SELECTOR, "#targets-table tbody tr").text
    before = first_row()
    header = driver.find_element(By.CSS_SELECTOR, "#targets-table th[data-key='id']")
    header.click()
    asc = first_row()
    header.click()
    desc = first_row()
    c.check(asc != desc or target_rows == 1, "targets table: sorting by target changes the order")
    c.check("asc" in header.get_attribute("class") or "desc" in header.get_attribute("class"),
            "targets table: the sorted column is marked")
    del before
    info = driver.find_element(By.CSS_SELECTOR, "#targets-table .table-tools span").text
    if "of 1 " not in info:
        driver.find_element(By.XPATH, "//div[@id='targets-table']//button[contains(., 'next')]").click()
        c.check("page 2" in driver.find_element(By.CSS_SELECTOR, "#targets-table .table-tools span").text,
                "targets table: the next page is shown")

    # Search: the most-cited target by its id.
    target_id = driver.execute_script(
        "const d = JSON.parse(document.getElementById('report-data').textContent);"
        "return d.graph.nodes.filter(n => !n.corpus).sort((a, b) => b.cited - a.cited)[0].id")
    box = driver.find_element(By.ID, "search")
    box.send_keys(target_id)
    matches = int(driver.find_element(By.ID, "graph").get_attribute("data-matches") or 0)
    dimmed = driver.execute_script("return document.querySelectorAll('#graph .node.dim').length")
    c.check(matches >= 1, f"search '{target_id}': {matches} matching vertices outlined")
    c.check(dimmed > 0 or nodes == matches, f"search: {dimmed} other vertices dimmed")
    box.send_keys(Keys.ENTER)
    box.clear()
    box.send_keys(Keys.BACKSPACE)

    # Filter: hiding the corpus documents hides their vertices.
    shown_before = int(driver.find_element(By.ID, "graph").get_attribute("data-shown"))
    kind = driver.find_element(By.CSS_SELECTOR, "#kind-filter input.kind[value='document']")
    kind.click()
    shown_after = int(driver.find_element(By.ID, "graph").get_attribute("data-shown"))
    hidden = driver.execute_script(
        "return Array.from(document.querySelectorAll('#graph .node.doc')).filter(e => e.style.display === 'none').length")
    c.check(shown_after < shown_before and hidden > 0,
            f"kind filter 'document': {shown_before} -> {shown_after} vertices shown, {hidden} documents hidden")
    kind.click()
    year_to = driver.find_element(By.ID, "year-to")
    first_year = driver.find_element(By.ID, "year-from").get_attribute("value")
    if first_year:
        year_to.clear()
        year_to.send_keys(first_year)
        narrowed = int(driver.find_element(By.ID, "graph").get_attribute("data-shown"))
        c.check(narrowed < shown_before, f"year filter to {first_year}: {shown_before} -> {narrowed} vertices shown")
    if shots:
        driver.execute_script("window.scrollTo(0, 0)")
        driver.get(driver.current_url)
        open_overview(driver, report)
        driver.save_screenshot(os.path.join(shots, "overview.png"))
    c.console_clean("overview")

    # A document page, through the documents table.
    driver.find_element(By.CSS_SELECTOR, "#documents-table tbody tr a").click()
    c.wait_for("return document.readyState === 'complete' && !!document.querySelector('h1')")
    c.check("report/doc-" in driver.current_url, "document page opened from the documents table")
    c.check(bool(driver.find_element(By.TAG_NAME, "h1").text), "document page: heading")
    cites = len(driver.find_elements(By.CSS_SELECTOR, "a.cite"))
    rows = len(driver.find_elements(By.CSS_SELECTOR, "#cites + table tr"))
    c.check(cites > 0, f"document page: {cites} citations highlighted in the text")
    c.check(rows > 1, f"document page: {rows - 1} targets in 'What it cites'")
    if shots:
        driver.save_screenshot(os.path.join(shots, "document.png"))
        driver.execute_script("document.getElementById('text').scrollIntoView()")
        driver.save_screenshot(os.path.join(shots, "document-text.png"))
    c.console_clean("document page")

    # A target page, through a highlighted citation.
    link = driver.find_element(By.CSS_SELECTOR, "a.cite[href]")
    cited = link.get_attribute("title").split(",")[0]
    link.click()
    c.wait_for("return document.readyState === 'complete' && !!document.querySelector('h1')")
    c.check("report/target-" in driver.current_url or "report/doc-" in driver.current_url,
            "target page opened from a citation")
    heading = driver.find_element(By.TAG_NAME, "h1").text
    if "report/target-" in driver.current_url:
        c.check(heading == cited, f"target page: heading is {cited}")
    else:  # a corpus document that is cited: its page is headed by its title
        c.check(bool(heading), f"page of the cited corpus document {cited}: heading '{heading}'")
    citers = driver.find_elements(By.CSS_SELECTOR, "#citers + table tr, #cited-by + table tr")
    c.check(len(citers) > 1, f"target page: {len(citers) - 1} citing documents listed")
    if shots:
        driver.save_screenshot(os.path.join(shots, "target.png"))
    c.console_clean("target page")
    return c.failures


def check_uptake(driver, report):
    from selenium.webdriver.common.by import By

    c = Checker(driver)
    open_overview(driver, report)
    links = driver.find_elements(By.CSS_SELECTOR, "#uptake-list a")
    c.check(len(links) == 1 and links[0].is_displayed(), f"overview: {len(links)} uptake page listed")
    if links:
        links[0].click()
        c.wait_for("return document.readyState === 'complete' && !!document.querySelector('h1')")
        rows = driver.find_elements(By.CSS_SELECTOR, "table tr")
        marks = driver.find_elements(By.TAG_NAME, "mark")
        c.check(len(rows) > 1 and len(marks) > 0, f"uptake page: {len(rows) - 1} recommendations, {len(marks)} shared passages marked")
        c.console_clean("uptake page")
    return c.failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--report")
    ap.add_argument("--unxref")
    ap.add_argument("--corpus")
    ap.add_argument("--work")
    ap.add_argument("--uptake", help="SOURCE,TARGET given to the scan; the uptake page is checked too")
    ap.add_argument("--shots")
    ap.add_argument("--max-seconds", type=float, default=0)
    ap.add_argument("--timing-only", action="store_true")
    args = ap.parse_args()
    report = args.report
    if not report:
        if not (args.unxref and args.corpus and args.work):
            ap.error("give --report, or --unxref, --corpus and --work")
        shutil.rmtree(args.work, ignore_errors=True)
        os.makedirs(args.work)
        scan = [args.unxref, "scan", args.corpus, "--out", args.work, "--formats", "none", "--quiet"]
        if args.uptake:
            scan += ["--uptake", args.uptake]
        subprocess.run(scan, check=True)
        report = args.work
    if args.shots:
        os.makedirs(args.shots, exist_ok=True)
    driver = open_browser()
    try:
        if args.timing_only:
            best = None
            for _ in range(3):
                ready = open_overview(driver, report)
                if ready is None:
                    print("FAIL overview never got ready")
                    return 1
                best = ready if best is None else min(best, ready)
            print(f"overview ready after {best:.2f} s (best of 3)")
            failures = [] if not args.max_seconds or best <= args.max_seconds else ["too slow"]
        else:
            failures = run_checks(driver, report, args.shots)
            if args.uptake:
                failures += check_uptake(driver, report)
            if args.max_seconds:
                ready = open_overview(driver, report)
                if ready is None or ready > args.max_seconds:
                    failures.append(f"overview took {ready} s, more than {args.max_seconds}")
    finally:
        driver.quit()
    passed = "0 failed" if not failures else f"{len(failures)} failed"
    print(f"browser test: {passed}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
