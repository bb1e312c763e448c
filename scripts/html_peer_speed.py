#!/usr/bin/env python3
"""Times the HTML body extractors of shared/eval's table on the same pages, one thread each.

Usage: html_peer_speed.py PAGES_DIR REPEATS
Prints one line per installed peer: name, median pages/s over REPEATS passes (wall), median pages
per CPU second, slowest page (ms).
Peers that are not installed are reported as such and skipped.
"""
import statistics
import sys
import time
from pathlib import Path


def peers():
    found = {}
    try:
        import trafilatura
        found["trafilatura"] = lambda html: trafilatura.extract(html) or ""
    except ImportError:
        pass
    try:
        from readability import Document
        found["readability-lxml"] = lambda html: Document(html).summary()
    except ImportError:
        pass
    try:
        import justext
        stop = justext.get_stoplist("English")
        found["jusText"] = lambda html: "\n".join(
            p.text for p in justext.justext(html.encode("utf-8"), stop) if not p.is_boilerplate)
    except ImportError:
        pass
    try:
        import html_text
        found["html-text"] = html_text.extract_text
    except ImportError:
        pass
    try:
        from goose3 import Goose
        goose = Goose()
        found["goose3"] = lambda html: goose.extract(raw_html=html).cleaned_text
    except ImportError:
        pass
    try:
        from newspaper import Article

        def newspaper_body(html):
            article = Article("https://example.invalid/")
            article.download(input_html=html)
            article.parse()
            return article.text
        found["newspaper4k"] = newspaper_body
    except ImportError:
        pass
    return found


def main():
    folder, repeats = Path(sys.argv[1]), int(sys.argv[2])
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.html"))]
    installed = peers()
    for name in ["trafilatura", "readability-lxml", "jusText", "html-text", "goose3", "newspaper4k"]:
        extract = installed.get(name)
        if extract is None:
            print(f"{name}\tnot installed")
            continue
        rates, cpu_rates, slowest = [], [], 0.0
        for _ in range(repeats):
            start, start_cpu = time.perf_counter(), time.process_time()
            for html in pages:
                page_start = time.perf_counter()
                try:
                    extract(html)
                except Exception:  # a peer failing on a page still spent the time
                    pass
                slowest = max(slowest, time.perf_counter() - page_start)
            rates.append(len(pages) / (time.perf_counter() - start))
            cpu_rates.append(len(pages) / (time.process_time() - start_cpu))
        print(f"{name}\t{statistics.median(rates):.1f}\t{statistics.median(cpu_rates):.1f}\t{slowest * 1000:.0f}")


if __name__ == "__main__":
    main()
