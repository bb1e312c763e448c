#!/usr/bin/env python3
"""Checks a briefing page as Chromium built it (the output of `chromium --dump-dom`).

Usage: check_dom.py DOM.html [--section TITLE ...] [--literal TEXT ...]

Fails (exit 1, one line per problem) unless: the page has a restrictive Content-Security-Policy;
no script, no event-handler attribute and no element or attribute outside what the templates
and libcmark make; every link points inside the page (#id) to an element that exists; the
table of contents links every section; each --section TITLE is an <h2> of the page; and each
--literal TEXT shows as text (article text that looks like markup stays text).
"""
import argparse
import sys
from html.parser import HTMLParser

# What briefing's templates and libcmark (safe mode) produce; anything else came from elsewhere.
ALLOWED_ELEMENTS = {
    "html", "head", "meta", "title", "style", "body", "div", "header", "nav", "main", "footer", "section",
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "ol", "ul", "li", "a", "mark", "strong", "em", "code", "pre",
    "blockquote", "hr", "br",
}
ALLOWED_ATTRIBUTES = {"id", "class", "href", "lang", "charset", "name", "content", "http-equiv", "aria-label", "start"}
VOID = {"meta", "br", "hr"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.ids, self.links, self.toc_links = [], set(), [], []
        self.h2, self.text, self.csp = [], [], None
        self.stack, self.in_h2, self.in_style = [], None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in ALLOWED_ELEMENTS:
            self.problems.append(f"element <{tag}> is not one briefing makes")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag}> has an event handler {name}={value!r}")
            elif name not in ALLOWED_ATTRIBUTES:
                self.problems.append(f"<{tag}> has an attribute briefing does not make: {name}={value!r}")
        if "id" in attrs:
            if attrs["id"] in self.ids:
                self.problems.append(f"id {attrs['id']!r} is used twice")
            self.ids.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
            if any(t == "nav" for t, _ in self.stack):
                self.toc_links.append(attrs["href"])
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy":
            self.csp = attrs.get("content", "")
        if tag == "h2" and not any(t == "nav" for t, _ in self.stack):
            self.in_h2 = [attrs.get("id"), ""]
        self.in_style = tag == "style"
        if tag not in VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break
        if tag == "h2" and self.in_h2 is not None:
            self.h2.append((self.in_h2[0], self.in_h2[1].replace("#", "").strip()))
            self.in_h2 = None
        self.in_style = False

    def handle_data(self, data):
        if self.in_h2 is not None:
            self.in_h2[1] += data
        if not self.in_style:
            self.text.append(data)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dom")
    parser.add_argument("--section", action="append", default=[])
    parser.add_argument("--literal", action="append", default=[])
    args = parser.parse_args()
    page = Page()
    with open(args.dom, encoding="utf-8") as f:
        page.feed(f.read())
    problems = page.problems
    csp = (page.csp or "").replace(" ", "")
    if "default-src'none'" not in csp or "script-src" in csp:
        problems.append(f"no restrictive Content-Security-Policy meta tag (found {page.csp!r})")
    for href in page.links:
        if not href.startswith("#"):
            problems.append(f"link leaves the page: {href!r}")
        elif href[1:] not in page.ids:
            problems.append(f"link {href!r} has no target on the page")
    for section_id, title in page.h2:
        if len(page.h2) == 1 and not page.toc_links:
            continue  # a page of one section has no table of contents
        if not section_id:
            problems.append(f"section {title!r} has no id")
        elif f"#{section_id}" not in page.toc_links:
            problems.append(f"section {title!r} is missing from the table of contents")
    titles = [title for _, title in page.h2]
    for wanted in args.section:
        if wanted not in titles:
            problems.append(f"section {wanted!r} missing (sections: {titles})")
    text = " ".join(" ".join(page.text).split())
    for literal in args.literal:
        if literal not in text:
            problems.append(f"text {literal!r} does not show on the page")
    for problem in problems:
        print(f"{args.dom}: {problem}")
    print(f"{args.dom}: {len(page.h2)} sections, {len(page.links)} links, {len(page.ids)} ids checked: "
          f"{'FAILED' if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
