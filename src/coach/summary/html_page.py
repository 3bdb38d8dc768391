"""Minutes saved as an HTML page (W3C's scribe.perl minutes, a wiki page, an exported
document) read as the lines a person sees: headings as `#` lines, list items as `* `
lines, `Present` / `Chair` fields as `Present: …`, a line break as a new line, and a
scribe's `<cite>dape:</cite>` or `<cite>&lt;mjk5&gt;</cite>` as the `dape: …` or
`<mjk5> …` it shows. The page's head, navigation, scripts and scribe.perl's diagnostics are
not the meeting and are left out."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "main",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "table",
        "tr",
        "ul",
        "ol",
        "dl",
        "li",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figure",
        "figcaption",
        "details",
        "summary",
        "aside",
    ]
)
_SKIPPED = frozenset(["head", "script", "style", "nav", "address", "template", "noscript", "svg"])
_SKIPPED_CLASSES = frozenset(["diagnostics"])
_VOID = frozenset(
    ["br", "hr", "img", "meta", "link", "input", "wbr", "source", "col", "area", "base", "embed", "param", "track"]
)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_TAG_LINE = re.compile(r"^\s*</?[a-zA-Z][\w-]*(?:\s[^>]*)?>")


def looks_like_html(text: str) -> bool:
    """A page: it opens like one, or most of its lines start with a tag."""
    if _HTML_START.match(text[:2000]):
        return True
    lines = [line for line in text.splitlines()[:400] if line.strip()]
    tagged = sum(1 for line in lines if _TAG_LINE.match(line))
    return len(lines) >= 5 and tagged * 2 > len(lines) and "</" in text


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._skipping: list[str] = []
        """Open elements whose content is left out (innermost last)."""
        self._prefix = ""

    def _break(self) -> None:
        text = " ".join("".join(self._line).split())
        if text:
            self.lines.append(f"{self._prefix}{text}")
        self._line, self._prefix = [], ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        if self._skipping:
            if tag not in _VOID:
                self._skipping.append(tag)
            return
        if tag in _SKIPPED or classes & _SKIPPED_CLASSES:
            if tag not in _VOID:
                self._skipping.append(tag)
            return
        if tag == "br":
            self._break()
        elif tag == "dd":  # "Present" and its names on one line, "Present: Sam, Dana"
            said = "".join(self._line).rstrip()
            self._line.append(" " if not said or said.endswith(":") else ": ")
        elif tag in _BLOCKS:
            self._break()
            if re.fullmatch(r"h[1-6]", tag):
                self._prefix = "#" * int(tag[1]) + " "
            elif tag == "li":
                self._prefix = "* "
        elif tag in ("td", "th"):
            self._line.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag in self._skipping:  # closing the skipped element closes what was left open in it
                while self._skipping.pop() != tag:
                    pass
            return
        if tag == "dt":
            self._line.append(":")
        elif tag in _BLOCKS and tag != "dt":
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._line.append(data)

    def text(self) -> str:
        self._break()
        return "\n".join(self.lines) + "\n"


def page_text(html: str) -> str:
    """What the page shows, one block per line."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.text()
