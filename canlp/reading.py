"""Reading communiqués from files, folders and standard input.

:func:`read_inputs` turns command-line paths into :class:`InputDocument`
objects in input order, and reports every input it cannot read as an
:class:`InputError` (file, line, one-line reason) instead of stopping: in
batch work a bad input is reported and skipped and nothing else is lost.

Supported inputs:

- ``.txt`` (also ``.text``, ``.md``): plain text in UTF-8, UTF-16 (with or
  without a byte-order mark) or an older encoding such as cp1251 or latin-1
  (detected with charset-normalizer). A ``.txt`` file that is clearly an HTML
  page is read as one.
- ``.html``/``.htm``: the article's text, without scripts, menus, footers or
  cookie banners (extracted with trafilatura, imported only when an HTML page
  is read). The headline leads the text; a publication date from the page's
  meta tags becomes the document date when the caller gave none; the
  canonical URL and the title are carried through as ``url`` and ``title``.
- ``.jsonl``/``.ndjson`` (read line by line, so files of any size) and
  ``.json`` (one object, an array, or JSON Lines): records with a ``text``
  field and optional ``id``, ``date``, ``source_state``, ``url``, ``source``;
  other fields are carried through.
- folders (read recursively, in sorted order) and ``-`` (standard input, read
  like a ``.txt`` file).

Limits (communiqués are short): a file read whole (text, HTML, ``.json``,
stdin) may be at most :data:`MAX_FILE_BYTES`; a JSON line at most
:data:`MAX_LINE_BYTES`; a document's text longer than :data:`MAX_TEXT_CHARS`
is cut there with a warning. A text mostly in a non-Latin script (Cyrillic,
CJK, Arabic...) is refused: canlp reads English only for now. An unparseable
``date`` in a record is a warning, and the date is then unknown (canlp looks
for it in the text).

Example:
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("President Tokayev held talks with President Mirziyoyev.")
    >>> _ = (folder / "b.txt").write_text("   ")
    >>> [type(item).__name__ for item in read_inputs([folder])]
    ['InputDocument', 'InputError']
"""

import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".jsonl", ".json", ".ndjson"}
STREAMED_SUFFIXES = {".jsonl", ".ndjson"}
READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

MB = 1024 * 1024
#: Largest file read whole (a text or HTML file, a .json file, standard input).
MAX_FILE_BYTES = 20 * MB
#: Largest line of a JSON Lines file (JSON Lines files themselves are streamed, of any size).
MAX_LINE_BYTES = 20 * MB
#: A document's text is cut to this many characters (about 15,000 words), with a warning.
MAX_TEXT_CHARS = 100_000
#: Largest HTML page (in elements, after scripts, menus and footers are dropped) canlp extracts an
#: article from: extraction time grows faster than the page (3,000 elements 0.8 s, 10,000 3.6 s).
MAX_HTML_ELEMENTS = 15_000
#: Below this share of Latin letters a text is "not English".
MIN_LATIN_SHARE = 0.5

#: Single-byte encodings tried first (English, Russian and the region's legacy pages); multi-byte
#: guesses (Big5, GB18030...) come only when none fits, since short cp1251 text also "decodes" as Big5.
SINGLE_BYTE_ENCODINGS = [
    "cp1252", "cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "cp1250", "cp1254", "cp1256", "latin_1",
]

_MAGIC = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, or a .docx/.xlsx/.odt file"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "an SQLite database"),
]
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV sound file", b"AVI ": "an AVI video"}

#: Control characters (other than tab, newlines, form feed), C1 controls and the replacement
#: character: a few in a page are noise, many mean binary data or a wrong encoding.
_JUNK = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
#: Runs of letters and of Latin letters: counted by their lengths (a match per letter costs 6 times more).
_LETTER = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_SCRIPTS = [
    ("Cyrillic", re.compile(r"[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")),
    ("CJK", re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff]")),
    ("Arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")),
    ("Greek", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("Hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("Armenian", re.compile(r"[\u0530-\u058f]")),
    ("Georgian", re.compile(r"[\u10a0-\u10ff]")),
    ("Devanagari", re.compile(r"[\u0900-\u097f]")),
    ("Thai", re.compile(r"[\u0e00-\u0e7f]")),
]
#: Letters that tell the Cyrillic languages of the region from Russian.
_CYRILLIC_LANGUAGES = [
    ("Kazakh", re.compile(r"[әұіһӘҰІҺ]")),
    ("Tajik", re.compile(r"[ҷӣӯҶӢӮ]")),
    ("Uzbek", re.compile(r"[ўЎ]")),
    ("Kyrgyz", re.compile(r"[ңөүҢӨҮ]")),
]
_ENGLISH_WORDS = frozenset(
    "the of and to in a an on with for is was were are by at that this as from it its his her their has have "
    "had be been will would which who also he she they we not or but".split()
)


@dataclass
class InputDocument:
    """One document to classify: its text and what the input said about it."""

    id: str
    text: str
    date: "str | None" = None
    source_state: "str | None" = None
    extra: dict = field(default_factory=dict)
    origin: str = ""
    path: str = ""
    line: "int | None" = None
    warnings: list = field(default_factory=list)


@dataclass
class InputError:
    """An input that could not be read: where (file, and line of a JSON Lines file) and why, in one line."""

    path: str
    message: str
    line: "int | None" = None
    item: "int | None" = None  # position in a JSON array

    @property
    def origin(self):
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        if self.item is not None:
            where += f"[{self.item}]"
        return where

    def __str__(self):
        return f"{self.origin}: {self.message}"


class _Unreadable(ValueError):
    """Raised inside the readers; becomes an :class:`InputError`."""


# ------------------------------------------------------------------------ bytes to text


def binary_kind(data):
    """What a binary file is, from its first bytes ("a PDF document"...), or None if it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    return None


def _utf16_without_bom(sample):
    """'utf-16-le' or 'utf-16-be' for text without a byte-order mark: NUL bytes on one side
    of each pair only, and the high bytes of a few kinds (0 for ASCII, 4 for Cyrillic...)."""
    from collections import Counter

    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if high.count(0) / len(high) > 0.05 and low.count(0) / len(low) < 0.01:
            if sum(n for _, n in Counter(high).most_common(4)) >= 0.9 * len(high):
                return encoding
    return None


def _declared_charset(data):
    """The charset an HTML page declares in a <meta> tag within its first bytes, if any."""
    match = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", data[:4096], re.I)
    if not match:
        return None
    import codecs

    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _size(n):
    return f"{n // MB} MB" if n >= MB else f"{n:,} bytes"


def _junk_share(text):
    sample = text[:100_000]
    return len(_JUNK.findall(sample)) / max(len(sample), 1)


def decode(data, origin=""):
    """Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without one,
    the charset an HTML page declares, else charset-normalizer's best guess.

    Raises ValueError with a one-line reason for binary data (naming what it is when its
    first bytes say so) and for bytes that are not text in any encoding canlp knows.

    Example:
        >>> decode("Tokayev met Müller in Zürich.".encode("cp1252"))
        'Tokayev met Müller in Zürich.'
        >>> decode(b"%PDF-1.7 ...")
        Traceback (most recent call last):
        ValueError: binary file (a PDF document), not text
    """
    kind = binary_kind(data)
    if kind:
        raise ValueError(f"binary file ({kind}), not text")
    text = None
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise ValueError(f"starts like {encoding.upper()} text but is not valid {encoding.upper()}") from None
            break
    if text is None and b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data[:4096])
        try:
            text = data.decode(encoding) if encoding else None
        except UnicodeDecodeError:
            text = None
        if text is None:
            raise ValueError("binary file, not text")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if text is None:
        declared = _declared_charset(data)
        if declared:
            try:
                text = data.decode(declared)
            except UnicodeDecodeError:
                text = None
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=SINGLE_BYTE_ENCODINGS).best() or from_bytes(data).best()
        if best is None:
            raise ValueError("not text in any encoding canlp recognises (binary data?)")
        text = str(best)
    if _junk_share(text) > 0.01:
        raise ValueError("not text: too many control characters (binary data or an unknown encoding)")
    return text


# ------------------------------------------------------------------------ text checks


def language_problem(text):
    """Why ``text`` is not English enough for canlp (one line), or None.

    A text is refused when fewer than half its letters are Latin; the message names the
    script that dominates and, for Cyrillic, the language its letters suggest. An English
    text quoting a Russian name or phrase stays well above the threshold. A long
    Latin-script text with almost none of the commonest English words (Uzbek or Turkish
    in Latin letters) is refused too.

    Example:
        >>> print(language_problem("Президент Казахстана провёл телефонный разговор."))
        not English (looks like Russian, Cyrillic script); canlp reads English only for now
        >>> language_problem("President Tokayev met Sergey Lavrov (Сергей Лавров) in Astana.") is None
        True
    """
    sample = text[:20_000]
    if sample.isascii():  # the common case, counted in C: every letter is Latin
        letters = latin = len(sample.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    else:
        letters = sum(map(len, _LETTER.findall(sample)))
        latin = sum(map(len, _LATIN.findall(sample)))
    if letters == 0:
        return "no words in the text (no letters)"
    if latin / letters < MIN_LATIN_SHARE:
        counts = {name: len(pattern.findall(sample)) for name, pattern in _SCRIPTS}
        script = max(counts, key=counts.get)
        if counts[script] == 0:
            return "not English (mostly letters of a non-Latin script); canlp reads English only for now"
        language = {"Cyrillic": "Russian", "Arabic": "Arabic or Persian"}.get(script)
        if script == "Cyrillic":
            language = next((name for name, pattern in _CYRILLIC_LANGUAGES if pattern.search(sample)), "Russian")
        elif script == "CJK":
            language = "Japanese" if re.search(r"[\u3040-\u30ff]", sample) else (
                "Korean" if re.search(r"[\uac00-\ud7af]", sample) else "Chinese")
        looks = f"looks like {language}, {script} script" if language else f"{script} script"
        return f"not English ({looks}); canlp reads English only for now"
    words = re.findall(r"[a-z]+(?:['’ʻʼ][a-z]+)*", sample.lower())
    if len(words) >= 40 and sum(map(_ENGLISH_WORDS.__contains__, words)) / len(words) < 0.03:
        return ("not English (Latin script, but almost none of the commonest English words: Uzbek, Turkish "
                "or another language?); canlp reads English only for now")
    return None


def normalise_date(value):
    """A record's or a page's date as ``YYYY-MM-DD``, and a warning when it cannot be read.

    Accepts ISO dates and date-times ("2023-01-02", "2023-01-02T10:15:00+06:00") and
    "2023/01/02"; anything else gives ``(None, warning)``: the date is then unknown.

    Example:
        >>> normalise_date("2023-01-02T10:15:00+06:00")
        ('2023-01-02', None)
        >>> normalise_date("last Tuesday")[0] is None
        True
    """
    import datetime as dt

    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, str):
        match = re.match(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])", value)
        if match:
            try:
                return dt.date(*map(int, match.groups())).isoformat(), None
            except ValueError:
                pass
    shown = str(value) if len(str(value)) <= 40 else str(value)[:37] + "..."
    return None, f"date {shown!r} is not YYYY-MM-DD: treated as unknown (canlp looks for the date in the text)"


#: HTML tags left in text that is not a page (a CMS export, a spreadsheet cell): block tags become line
#: breaks, inline ones disappear. Only these names, so that "<Kazakhstan>" or "a < b" are left alone.
_BLOCK_TAG = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article)(?:\s[^<>]*)?/?>", re.I)
_INLINE_TAG = re.compile(r"</?(?:span|strong|em|b|i|u|a|font|small|sup|sub|td|th|tbody|thead)(?:\s[^<>]*)?/?>", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


def clean_markup(text):
    """``text`` without the HTML markup a scraper or a CMS export leaves in plain text: entities decoded
    ("&nbsp;" a space, "&#8217;" an apostrophe, "&amp;" "&"), paragraph tags as line breaks, inline tags
    dropped. Text without "&" or "<" is returned as it is (most texts: two substring tests).

    Example:
        >>> clean_markup("<p>Tokayev&nbsp;met Mirziyoyev&#8217;s delegation</p><p>Trade &amp; transit.</p>")
        'Tokayev met Mirziyoyev’s delegation\\n\\nTrade & transit.'
    """
    if "<" in text:
        stripped = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text))
        if stripped != text:
            text = re.sub(r"\n{3,}", "\n\n", stripped).strip()
    if "&" in text and _ENTITY.search(text):
        import html

        text = html.unescape(text).replace("\xa0", " ")
    return text


def _cut(text):
    """The text cut to MAX_TEXT_CHARS at a space, and a warning; or the text and None."""
    if len(text) <= MAX_TEXT_CHARS:
        return text, None
    cut = text.rfind(" ", MAX_TEXT_CHARS - 2000, MAX_TEXT_CHARS)
    cut = cut if cut > 0 else MAX_TEXT_CHARS
    return text[:cut], (
        f"text of {len(text):,} characters cut to the first {cut:,} (canlp reads communiqués; "
        f"the limit is {MAX_TEXT_CHARS:,})"
    )


def _document(text, *, path, ident, line=None, date=None, source_state=None, extra=None, warnings=None, empty="empty file"):
    """An InputDocument from text, after the checks every input goes through; raises _Unreadable."""
    text = clean_markup(text)
    if not text.strip():
        raise _Unreadable(empty)
    problem = language_problem(text)
    if problem:
        raise _Unreadable(problem)
    warnings = list(warnings or [])
    text, warning = _cut(text)
    if warning:
        warnings.append(warning)
    return InputDocument(
        id=ident, text=text, date=date, source_state=source_state, extra=extra or {},
        origin=path if line is None else f"{path}:{line}", path=path, line=line, warnings=warnings,
    )


# ------------------------------------------------------------------------ HTML


def looks_like_html(text):
    """True for a page that is clearly HTML: a doctype or <html> first, or both <head> and <body>."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if re.match(r"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", head, re.I | re.S):
        return True
    start = text[:65536]
    return bool(re.search(r"<head[\s>]", start, re.I) and re.search(r"<body[\s>]", start, re.I))


_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date", "article.published",
)


def _page_metadata(tree):
    """Title (headline), publication date (from meta tags or JSON-LD) and canonical URL of a parsed page."""
    metas = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content:
            metas.setdefault(key, content)
    headline = next((" ".join(h.text_content().split()) for h in tree.iter("h1") if h.text_content().strip()), None)
    titles = [t.text_content() for t in tree.iter("title")]
    title = metas.get("og:title") or headline or (" ".join(titles[0].split()) if titles else None)
    date = next((metas[k] for k in _DATE_META if k in metas), None)
    if date is None:
        for script in tree.iter("script"):
            if (script.get("type") or "").lower() == "application/ld+json":
                match = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script.text or "")
                if match:
                    date = match.group(1)
                    break
    url = next((link.get("href") for link in tree.iter("link")
                if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")), None)
    return {"title": title or None, "date": date, "url": url or metas.get("og:url")}


def extract_html(html):
    """The article of an HTML page: ``(text, metadata)``, boilerplate dropped.

    ``metadata`` has the page's ``title``, ``date`` (as found in its meta tags) and
    canonical ``url`` (each may be None). The headline leads the text. Raises ValueError
    when nothing article-like remains (a page of scripts, menus and links).
    """
    import logging

    import trafilatura
    from trafilatura.utils import load_html

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)  # its notes on odd pages are not canlp's errors
    tree = load_html(html)
    if tree is None:
        raise ValueError("not a readable HTML page")
    metadata = _page_metadata(tree)
    # trafilatura drops these anyway; dropping them first keeps script- and menu-heavy pages quick
    for element in list(tree.iter("script", "style", "noscript", "svg", "template", "iframe", "nav", "footer", "select")):
        if element.getparent() is not None:
            element.drop_tree()
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_HTML_ELEMENTS:
        raise ValueError(
            f"HTML page of {elements:,} elements is over the {MAX_HTML_ELEMENTS:,}-element limit "
            "(canlp reads one article a page; save the article alone)"
        )
    extracted = trafilatura.bare_extraction(
        tree, favor_precision=True, include_comments=False, include_images=False, include_links=False,
        with_metadata=False,
    )
    text = (extracted.text if extracted is not None else "") or ""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not any(len(re.findall(r"[^\W\d_]{2,}", line)) >= 4 for line in lines):
        raise ValueError("no article text in the HTML page (only scripts, menus, links or boilerplate)")
    title = metadata["title"]
    if title and not any(title.lower() in line.lower() for line in lines[:3]):
        lines.insert(0, title)
    return "\n".join(lines), metadata


def _from_html(html, *, path, ident, date):
    try:
        text, metadata = extract_html(html)
    except ValueError as error:
        raise _Unreadable(str(error)) from None
    warnings = []
    if date is None and metadata["date"]:
        date, _ = normalise_date(metadata["date"])  # a page date canlp cannot read is simply not used
    extra = {k: metadata[k] for k in ("url", "title") if metadata[k]}
    return _document(text, path=path, ident=ident, date=date, extra=extra, warnings=warnings,
                     empty="no article text in the HTML page")


# ------------------------------------------------------------------------ files


def _read_whole(path, handle=None):
    """The bytes of a file read whole, or _Unreadable when it is over MAX_FILE_BYTES."""
    limit_mb = MAX_FILE_BYTES // MB
    if handle is None:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _Unreadable(
                f"file of {size / MB:.0f} MB is over the {limit_mb} MB limit for one file "
                "(split it, or give records as JSON Lines)"
            )
        with open(path, "rb") as opened:
            data = opened.read(MAX_FILE_BYTES + 1)
    else:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _Unreadable(f"input is over the {limit_mb} MB limit for one file (split it, or give records as JSON Lines)")
    return data


def _decoded(data):
    try:
        return decode(data)
    except ValueError as error:
        raise _Unreadable(str(error)) from None


def _text_input(data, *, path, ident, date, html=False):
    """One document from the bytes of a text or HTML file (or stdin)."""
    if not data.strip():
        raise _Unreadable("empty file")
    text = _decoded(data)
    if html or looks_like_html(text):
        return _from_html(text, path=path, ident=ident, date=date)
    return _document(text, path=path, ident=ident, date=date)


def _record(item, *, path, line=None, position=None):
    """An InputDocument or InputError from one parsed JSON record."""
    where = dict(path=path, line=line, item=position)
    if not isinstance(item, dict):
        return InputError(message="a record must be a JSON object", **where)
    text = item.get("text")
    if text is None:
        return InputError(message="record has no 'text'", **where)
    if not isinstance(text, str):
        return InputError(message=f"record's 'text' is a {type(text).__name__}, not a string", **where)
    date, warning = normalise_date(item.get("date"))
    warnings = [warning] if warning else []
    source_state = item.get("source_state")
    if source_state is not None and not (isinstance(source_state, str) and re.fullmatch(r"[A-Za-z]{3}", source_state)):
        warnings.append(f"source_state {str(source_state)[:20]!r} is not a three-letter state code: ignored")
        source_state = None
    known = {"id", "text", "date", "source_state"}
    fallback = f"{path}:{line}" if line is not None else f"{path}[{position}]" if position is not None else path
    try:
        return _document(
            text, path=path, line=line, ident=str(item.get("id") or "").strip() or fallback, date=date,
            source_state=source_state.upper() if source_state else None,
            extra={k: v for k, v in item.items() if k not in known}, warnings=warnings,
            empty="record has an empty 'text'",
        )
    except _Unreadable as error:
        return InputError(message=str(error), **where)


def _records_from_text(text, path):
    """Records of a JSON document (object or array), else of JSON Lines."""
    stripped = text.strip()
    if not stripped:
        yield InputError(path, "empty file (no records)")
        return
    try:
        whole = json.loads(stripped)
    except (json.JSONDecodeError, RecursionError) as error:
        whole = error
    if not isinstance(whole, Exception):
        if isinstance(whole, list):
            if not whole:
                yield InputError(path, "empty JSON array (no records)")
            for number, item in enumerate(whole, 1):
                yield _record(item, path=path, position=number)
            return
        if isinstance(whole, dict):
            yield _record(whole, path=path)
            return
    if stripped.startswith("["):
        message = whole.msg if isinstance(whole, json.JSONDecodeError) else "nested too deeply"
        line = f", line {whole.lineno}" if isinstance(whole, json.JSONDecodeError) else ""
        yield InputError(path, f"not valid JSON ({message}{line})")
        return
    for number, line in enumerate(text.splitlines(), 1):
        yield from _json_line(line, path, number)


def _json_line(line, path, number):
    if not line.strip():
        return
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        yield InputError(path, f"not valid JSON ({error.msg})", line=number)
        return
    except RecursionError:
        yield InputError(path, "not valid JSON (nested too deeply)", line=number)
        return
    yield _record(item, path=path, line=number)


def _stream_json_lines(path):
    """Records of a JSON Lines file, read line by line (a file of any size, each line at most MAX_LINE_BYTES)."""
    with open(path, "rb") as handle:
        head = handle.read(65536)
        if not head.strip():
            yield InputError(path, "empty file (no records)")
            return
        kind = binary_kind(head)
        if kind:
            yield InputError(path, f"binary file ({kind}), not text")
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or b"\x00" in head or head.lstrip().startswith(b"["):
            handle.seek(0)  # UTF-16/32 or one JSON array: read whole (within the file limit)
            yield from _records_from_text(_decoded(_read_whole(path, handle)), path)
            return
        handle.seek(0)
        fallback = None
        number = 0
        while True:
            raw = handle.readline(MAX_LINE_BYTES + 1)
            if not raw:
                break
            number += 1
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                while True:  # skip the rest of the line without holding it
                    rest = handle.readline(MB)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield InputError(path, f"line longer than the {_size(MAX_LINE_BYTES)} limit", line=number)
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                if fallback is None:
                    from charset_normalizer import from_bytes

                    best = from_bytes(head, cp_isolation=SINGLE_BYTE_ENCODINGS).best()
                    fallback = best.encoding if best is not None else "cp1252"
                try:
                    line = raw.decode(fallback)
                except UnicodeDecodeError:
                    yield InputError(path, "line is not UTF-8 text", line=number)
                    continue
            yield from _json_line(line, path, number)


def read_path(path, date=None):
    """Documents and errors from one file."""
    path = Path(path)
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in STREAMED_SUFFIXES:
            yield from _stream_json_lines(origin)
        elif suffix in RECORD_SUFFIXES:
            data = _read_whole(path)
            kind = binary_kind(data)
            if kind:
                raise _Unreadable(f"binary file ({kind}), not text")
            yield from _records_from_text(_decoded(data), origin)
        else:
            yield _text_input(_read_whole(path), path=origin, ident=path.stem, date=date, html=suffix in HTML_SUFFIXES)
    except _Unreadable as error:
        yield InputError(origin, str(error))
    except OSError as error:
        yield InputError(origin, f"cannot read it ({error.strerror or error.__class__.__name__})")


def read_stream(stream=None, date=None):
    """The one document on standard input (plain text or an HTML page), or an InputError."""
    stream = stream if stream is not None else sys.stdin
    try:
        if hasattr(stream, "buffer"):
            data = _read_whole(None, stream.buffer)
        else:
            text = stream.read(MAX_FILE_BYTES + 1)
            data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
            if len(data) > MAX_FILE_BYTES:
                raise _Unreadable(f"input is over the {MAX_FILE_BYTES // MB} MB limit for one file")
        return _text_input(data, path="stdin", ident="stdin", date=date)
    except _Unreadable as error:
        return InputError("stdin", str(error))
    except (OSError, UnicodeError) as error:
        return InputError("stdin", f"cannot read it ({error.__class__.__name__})")


def _walk(folder):
    """Readable files under ``folder`` (sorted) and an InputError for each folder that cannot be listed."""
    files, errors = [], []

    def unreadable(error):
        errors.append(InputError(error.filename or str(folder), f"cannot read the folder ({error.strerror or error})"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs.sort()
        files.extend(Path(root) / n for n in names if Path(n).suffix.lower() in READ_SUFFIXES)
    return errors + sorted(p for p in files if p.is_file())


def expand(paths):
    """What to read, in order: files, '-' for stdin, and InputErrors for folders that cannot be listed.

    Folders are walked recursively (sorted; only files canlp reads). Raises
    FileNotFoundError for a path that does not exist (a usage error).
    """
    items = []
    for raw in paths:
        if str(raw) == "-":
            items.append("-")
            continue
        path = Path(raw)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file or directory")
        items.extend(_walk(path) if path.is_dir() else [path])
    return items


def read_inputs(paths, date=None, stdin=None):
    """Yield InputDocument or InputError for every input, in input order.

    ``date`` (YYYY-MM-DD) is the date of plain-text and HTML inputs; an HTML page's own
    date is used only when it is None.
    """
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
        elif item == "-":
            yield read_stream(stdin, date)
        else:
            yield from read_path(item, date)


def problem_rows(items):
    """``(path, line, level, message)`` for every InputError and every warning of an InputDocument."""
    rows = []
    for item in items:
        if isinstance(item, InputError):
            rows.append((item.path if item.item is None else f"{item.path}[{item.item}]", item.line, "error", item.message))
        else:
            rows.extend((item.path or item.origin, item.line, "warning", w) for w in item.warnings)
    return rows


def write_problems(items, path):
    """Write :func:`problem_rows` atomically: JSON Lines for a ``.jsonl``/``.json`` file, else CSV.

    Columns ``path``, ``line`` (empty when not a JSON Lines input), ``level`` (``error``:
    skipped; ``warning``: read, with the stated change) and ``message``.
    """
    import csv
    import io

    from canlp.files import write_text_atomic

    rows = problem_rows(items)
    columns = ("path", "line", "level", "message")
    if Path(path).suffix.lower() in (".jsonl", ".json", ".ndjson"):
        text = "".join(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n" for row in rows)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        text = buffer.getvalue()
    write_text_atomic(path, text)
    return Path(path)
