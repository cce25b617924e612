#!/usr/bin/env python3
"""Runs one peer parser over a list of files, inside the benchmark's virtual environment.

Usage: .venv-bench/bin/python scripts/bench_peers.py TOOL LISTFILE BUDGET_SECONDS

TOOL is one of
  unstructured-text   unstructured.partition.text.partition_text(text=...)
  unstructured-html   unstructured.partition.html.partition_html(text=...)
  sec-parser          sec_parser.Edgar10QParser().parse(html)
  lxml-html           lxml.etree.fromstring(html, HTMLParser(recover, no_network)): a raw
                      libxml2 parse without xmllint's error printing

Files are taken in list order; after each file the loop stops once BUDGET_SECONDS of parse
time have passed (at least one file is always parsed), so a slow peer runs on a prefix of
the list, and the caller measures Folio on exactly that prefix. Prints one JSON line:
files (the prefix length), bytes, seconds (parse loop only: imports and model loading are
excluded, which favours the peer), import_seconds, elements, errors (first few messages).
"""
import json
import sys
import time


def load(tool):
    if tool == "unstructured-text":
        from unstructured.partition.text import partition_text

        return lambda data: partition_text(text=data.decode("utf-8", "replace"))
    if tool == "unstructured-html":
        from unstructured.partition.html import partition_html

        return lambda data: partition_html(text=data.decode("utf-8", "replace"))
    if tool == "lxml-html":
        # the libxml2 HTML parser with Folio's options (recover, no errors, no network)
        from lxml import etree

        parser = etree.HTMLParser(recover=True, no_network=True, remove_blank_text=True)
        return lambda data: [etree.fromstring(data, parser)]
    if tool == "sec-parser":
        import sec_parser as sp

        parser = sp.Edgar10QParser()
        return lambda data: parser.parse(data.decode("utf-8", "replace"))
    raise SystemExit(f"unknown tool {tool}")


def main():
    tool, listfile, budget = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(listfile) as fh:
        files = [line.rstrip("\n") for line in fh if line.strip()]
    t0 = time.monotonic()
    parse = load(tool)
    # warm-up on a tiny input so lazy model loading is not charged to the first file
    try:
        parse(b"<html><body><p>Warm up.</p></body></html>" if tool != "unstructured-text" else b"Warm up.\n")
    except Exception:
        pass
    import_seconds = time.monotonic() - t0
    done = nbytes = elements = 0
    errors = []
    start = time.monotonic()
    cpu0 = time.process_time()
    for path in files:
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            elements += len(parse(data))
        except Exception as e:  # a peer failing on a file is recorded, not fatal
            errors.append(f"{path}: {type(e).__name__}: {str(e)[:200]}")
        done += 1
        nbytes += len(data)
        if time.monotonic() - start >= budget:
            break
    seconds = time.monotonic() - start
    cpu = time.process_time() - cpu0
    print(json.dumps({"tool": tool, "files": done, "bytes": nbytes, "seconds": seconds, "cpu": cpu,
                      "import_seconds": import_seconds, "elements": elements,
                      "error_count": len(errors), "errors": errors[:5]}))


if __name__ == "__main__":
    main()
