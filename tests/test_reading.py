"""Reading every kind of input, bad input included: one clear line per bad input, the rest processed.

The table :data:`CASES` is the contract of issue 6 ("Bad input"): each case's
files, the fragment of the one-line message on stderr, the exit code of
``canlp classify``, and how many documents still come out.
"""

import csv
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import canlp.reading as reading
from canlp.cli import app
from canlp.reading import InputDocument, InputError, decode, language_problem, read_inputs, read_path

GOOD = (
    "ASTANA. KAZINFORM – President Kassym-Jomart Tokayev held a telephone conversation with President of "
    "Uzbekistan Shavkat Mirziyoyev. The leaders discussed trade and transport links."
)
ENGLISH_WITH_RUSSIAN = (
    "President Kassym-Jomart Tokayev received Russian Foreign Minister Sergey Lavrov (Сергей Лавров) in Astana. "
    "The minister conveyed greetings from President Vladimir Putin, and the sides discussed the agenda of the "
    "forthcoming summit of the Commonwealth of Independent States."
)
RUSSIAN = (
    "Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом Узбекистана "
    "Шавкатом Мирзиёевым. Стороны обсудили вопросы торгово-экономического сотрудничества."
)
KAZAKH = "Мемлекет басшысы Өзбекстан Президенті Шавкат Мирзиёевпен телефон арқылы сөйлесті. Екі ел арасындағы сауда мәселелері талқыланды."
CHINESE = "哈萨克斯坦总统托卡耶夫与乌兹别克斯坦总统米尔济约耶夫通电话。双方讨论了两国贸易和交通合作问题。"
UZBEK_LATIN = (
    "Prezident Shavkat Mirziyoyev Qozog'iston Prezidenti Qasim-Jo'mart To'qayev bilan telefon orqali muloqot "
    "qildi. Suhbat chog'ida ikki mamlakat o'rtasidagi strategik sheriklik va ittifoqchilik munosabatlarini yanada "
    "mustahkamlash masalalari muhokama qilindi. Savdo-iqtisodiy, investitsiyaviy va transport-logistika "
    "sohalaridagi hamkorlikni kengaytirish bo'yicha kelishuvlarga erishildi."
)
LATIN1 = (
    "President Kassym-Jomart Tokayev met the Director-General of the Société Générale, José Müller, in Astana "
    "on 12 May 2019. They discussed investment in Kazakhstan."
)
UTF16 = "President Tokayev held talks with President Mirziyoyev in Tashkent – “a new page”, they said."

# ------------------------------------------------------------------ hand-written HTML pages

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tokayev and Japarov discuss water and energy by phone | Example Wire</title>
<meta property="article:published_time" content="2022-03-14T09:30:00+06:00">
<meta property="og:title" content="Tokayev and Japarov discuss water and energy by phone">
<link rel="canonical" href="https://wire.example.org/politics/2022/tokayev-japarov-call">
<script>window.analytics = {id: "SCRIPT-MARKER"}; function track() { return "SCRIPT-MARKER"; }</script>
<style>.nav { display: flex }</style>
</head>
<body>
<header>
  <nav class="main-menu"><ul>
    <li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/economy">Economy MENU-MARKER</a></li><li><a href="/sport">Sport</a></li>
  </ul></nav>
</header>
<div id="cookie-banner" class="cookie-consent">This site uses cookies COOKIE-MARKER to give you the best experience.
  <button>Accept all</button></div>
<main>
<article>
  <h1>Tokayev and Japarov discuss water and energy by phone</h1>
  <p class="byline">By Example Wire staff</p>
  <p>President of Kazakhstan Kassym-Jomart Tokayev held a telephone conversation with President of Kyrgyzstan
     Sadyr Japarov on Monday, the Akorda press service reported.</p>
  <p>The two leaders discussed the use of water resources of transboundary rivers ahead of the irrigation season
     and the supply of electricity from Kazakhstan to Kyrgyzstan during the winter months.</p>
  <p>Sadyr Japarov thanked his counterpart for the assistance and invited him to pay a state visit to Bishkek.</p>
</article>
</main>
<aside class="related"><h3>Read also</h3><ul>
  <li><a href="/a">RELATED-MARKER Tokayev visits Tashkent for talks on trade</a></li>
  <li><a href="/b">Ten tips for travelling across the steppe</a></li></ul></aside>
<footer><p>© 2022 Example Wire FOOTER-MARKER. All rights reserved.</p>
  <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
<script>document.querySelectorAll("a").forEach(function (a) { a.dataset.marker = "SCRIPT-MARKER"; });</script>
</body>
</html>
"""

BOILERPLATE_PAGE = """<!DOCTYPE html>
<html><head><title>Portal</title>
<script>var config = {"section": "home"}; for (var i = 0; i < 3; i++) { console.log(i); }</script>
<script src="/static/bundle.js"></script></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a> <a href="/contact">Contact</a></nav>
<div class="menu"><ul><li>Politics</li><li>Economy</li><li>Society</li><li>Sport</li><li>Culture</li></ul></div>
<script>document.write("<div class='ad'>advert</div>");</script>
<footer>© 2024 Portal. All rights reserved. Privacy policy. Terms of use.</footer>
</body></html>
"""

JSON_LD_PAGE = """<html><head>
<title>Mirziyoyev receives the Turkmen Foreign Minister</title>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-05T12:00:00Z"}</script>
</head><body>
<div class="content">
<h1>Mirziyoyev receives the Turkmen Foreign Minister</h1>
<p>President of Uzbekistan Shavkat Mirziyoyev received Minister of Foreign Affairs of Turkmenistan Rashid
Meredov, who is in Tashkent on a working visit.</p>
<p>The sides discussed the implementation of the agreements reached at the highest level, including
projects in transport and energy.</p>
</div>
</body></html>
"""


def _write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _noise(size, seed, allow_nul):
    rng = random.Random(seed)
    low = 0 if allow_nul else 1
    return bytes(rng.randrange(low, 256) for _ in range(size))


def _five_mb_line():
    sentence = "President Tokayev held talks with President Mirziyoyev on trade and energy. "
    return (sentence * (5 * 1024 * 1024 // len(sentence) + 1))[: 5 * 1024 * 1024]


# ------------------------------------------------------------------ the table of cases

#: (case, files {name: content}, message fragment on stderr or None, exit code, documents out)
CASES = [
    ("good text", {"good.txt": GOOD}, None, 0, 1),
    ("empty file", {"empty.txt": b""}, "empty.txt: empty file", 1, 0),
    ("whitespace-only file", {"blank.txt": b"  \n\t \r\n"}, "blank.txt: empty file", 1, 0),
    ("PDF", {"report.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj"},
     "report.txt: binary file (a PDF document), not text", 1, 0),
    ("ZIP", {"letter.txt": b"PK\x03\x04\x14\x00\x06\x00word/document.xml"}, "letter.txt: binary file (a ZIP archive", 1, 0),
    ("PNG", {"photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, "photo.txt: binary file (a PNG image), not text", 1, 0),
    ("a .txt of binary noise with NUL bytes", {"noise.txt": _noise(3000, 1, True)}, "noise.txt: binary file, not text", 1, 0),
    ("a .txt of binary noise without NUL bytes", {"noise.txt": _noise(3000, 2, False)}, "noise.txt: not text", 1, 0),
    ("cp1251 Russian", {"ru.txt": RUSSIAN.encode("cp1251")}, "ru.txt: not English (looks like Russian, Cyrillic script)", 1, 0),
    ("cp1251 English quoting a Russian name", {"en.txt": ENGLISH_WITH_RUSSIAN.encode("cp1251")}, None, 0, 1),
    ("latin-1", {"latin1.txt": LATIN1.encode("latin-1")}, None, 0, 1),
    ("UTF-16 with BOM", {"bom.txt": UTF16.encode("utf-16")}, None, 0, 1),
    ("UTF-16-LE without BOM", {"le.txt": UTF16.encode("utf-16-le")}, None, 0, 1),
    ("UTF-16-BE without BOM", {"be.txt": UTF16.encode("utf-16-be")}, None, 0, 1),
    ("HTML of scripts and navigation", {"portal.html": BOILERPLATE_PAGE},
     "portal.html: no article text in the HTML page", 1, 0),
    ("HTML article", {"article.html": ARTICLE_PAGE}, None, 0, 1),
    ("a .txt that is an HTML page", {"saved.txt": ARTICLE_PAGE}, None, 0, 1),
    ("malformed JSON line", {"r.jsonl": json.dumps({"id": "a", "text": GOOD}) + "\n{broken\n"},
     "r.jsonl:2: not valid JSON", 1, 1),
    ("record without text", {"r.jsonl": json.dumps({"id": "a"}) + "\n" + json.dumps({"id": "b", "text": GOOD}) + "\n"},
     "r.jsonl:1: record has no 'text'", 1, 1),
    ("record whose text is not a string", {"r.jsonl": json.dumps({"id": "a", "text": 42}) + "\n"},
     "r.jsonl:1: record's 'text' is a int, not a string", 1, 0),
    ("unparseable date (a warning: date unknown)", {"r.jsonl": json.dumps({"id": "a", "text": GOOD, "date": "last Monday"}) + "\n"},
     "warning: {tmp}/r.jsonl:1: date 'last Monday' is not YYYY-MM-DD: treated as unknown", 0, 1),
    ("empty JSON Lines file", {"r.jsonl": b"\n\n"}, "r.jsonl: empty file (no records)", 1, 0),
    ("broken JSON array", {"r.json": '[{"id": "a", "text": "x"},'}, "r.json: not valid JSON", 1, 0),
    ("Russian", {"ru.txt": RUSSIAN}, "ru.txt: not English (looks like Russian, Cyrillic script); canlp reads English only for now", 1, 0),
    ("Kazakh", {"kk.txt": KAZAKH}, "kk.txt: not English (looks like Kazakh, Cyrillic script)", 1, 0),
    ("Chinese", {"zh.txt": CHINESE}, "zh.txt: not English (looks like Chinese, CJK script)", 1, 0),
    ("Uzbek in Latin letters", {"uz.txt": UZBEK_LATIN}, "uz.txt: not English (Latin script, but almost none", 1, 0),
    ("English quoting a Russian name", {"en.txt": ENGLISH_WITH_RUSSIAN}, None, 0, 1),
    ("no letters at all", {"digits.txt": "12 345 -- 678 / 90"}, "digits.txt: no words in the text", 1, 0),
    ("a single 5 MB line (cut, with a warning)", {"long.txt": _five_mb_line()},
     "warning: {tmp}/long.txt: text of 5,242,880 characters cut to the first", 0, 1),
]


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def _classify(runner, args):
    result = runner.invoke(app, ["classify", *args, "--format", "jsonl", "--quiet"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return result, rows


def _one_line_messages(stderr):
    """Every stderr line is a one-line canlp message: no traceback, nothing else."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert all(line.startswith("canlp: ") for line in lines), stderr
    assert "Traceback" not in stderr
    return lines


@pytest.mark.parametrize("case, files, fragment, code, documents", CASES, ids=[c[0] for c in CASES])
def test_bad_input_table_through_the_cli(runner, tmp_path, case, files, fragment, code, documents):
    paths = [str(_write(tmp_path / name, content)) for name, content in files.items()]
    errors_file = tmp_path / "out" / "errors.csv"
    started = time.perf_counter()
    result, rows = _classify(runner, [*paths, "--errors", str(errors_file)])
    elapsed = time.perf_counter() - started
    assert result.exit_code == code, result.stderr
    assert len(rows) == documents
    lines = _one_line_messages(result.stderr)
    if fragment is None:
        assert lines == []
    else:
        fragment = fragment.replace("{tmp}", str(tmp_path))
        assert any(fragment in line for line in lines), result.stderr
    with open(errors_file, newline="", encoding="utf-8") as handle:
        recorded = list(csv.DictReader(handle))
    assert len(recorded) == len(lines)
    assert sum(r["level"] == "error" for r in recorded) == (code == 1) * len(lines)
    for row, line in zip(recorded, lines):
        where = row["path"] + (f":{row['line']}" if row["line"] else "")
        assert f"{where}: {row['message']}" in line
    assert elapsed < 30  # the 5 MB line takes about 2 s on 2 cores: nothing hangs


def test_bad_inputs_are_skipped_and_the_rest_processed_in_order(runner, tmp_path):
    folder = tmp_path / "scraped"
    _write(folder / "a-good.txt", GOOD)
    _write(folder / "b-empty.txt", "")
    _write(folder / "c-binary.txt", b"\x89PNG\r\n\x1a\nrest")
    _write(folder / "d-russian.txt", RUSSIAN.encode("cp1251"))
    _write(folder / "e-records.jsonl", json.dumps({"id": "r1", "text": GOOD, "date": "2023-01-02"}) + "\nnot json\n"
           + json.dumps({"id": "r3", "text": ENGLISH_WITH_RUSSIAN, "date": "2019-05-20"}) + "\n")
    _write(folder / "f-page.html", ARTICLE_PAGE)
    _write(folder / "notes.docx", b"PK\x03\x04")  # not a kind canlp reads: a folder walk leaves it out
    result, rows = _classify(runner, [str(folder), "--errors", str(tmp_path / "errors.jsonl")])
    assert result.exit_code == 1
    assert [r["id"] for r in rows] == ["a-good", "r1", "r3", "f-page"]
    recorded = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert [(Path(r["path"]).name, r["line"], r["level"]) for r in recorded] == [
        ("b-empty.txt", None, "error"), ("c-binary.txt", None, "error"), ("d-russian.txt", None, "error"),
        ("e-records.jsonl", 2, "error"),
    ]
    assert len(_one_line_messages(result.stderr)) == 4


def test_usage_errors_exit_2(runner, tmp_path):
    good = str(_write(tmp_path / "good.txt", GOOD))
    missing = runner.invoke(app, ["classify", good, str(tmp_path / "missing.txt")])
    assert missing.exit_code == 2
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in missing.stderr
    assert runner.invoke(app, ["classify", good, "--no-such-option"]).exit_code == 2
    assert runner.invoke(app, ["classify", good, "--date", "yesterday"]).exit_code == 2
    assert runner.invoke(app, ["classify", good, "--model", str(tmp_path / "none")]).exit_code == 2


def test_an_unreadable_folder_is_an_error_naming_it_and_the_rest_is_processed(runner, tmp_path, monkeypatch):
    """os.walk reports a folder it cannot list; simulated here so the test runs as root too."""
    _write(tmp_path / "ok" / "good.txt", GOOD)
    locked = tmp_path / "locked"
    _write(locked / "inside.txt", GOOD)
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result, rows = _classify(runner, [str(tmp_path)])
    assert result.exit_code == 1
    assert [r["id"] for r in rows] == ["good"]
    assert _one_line_messages(result.stderr) == [f"canlp: {locked}: cannot read the folder (Permission denied)"]


def test_a_folder_without_read_permission(runner, tmp_path):
    _write(tmp_path / "ok" / "good.txt", GOOD)
    locked = tmp_path / "locked"
    _write(locked / "inside.txt", GOOD)
    locked.chmod(0)
    try:
        try:
            os.listdir(locked)
            pytest.skip("running as root: chmod does not stop root from reading a folder")
        except PermissionError:
            pass
        result, rows = _classify(runner, [str(tmp_path)])
        assert result.exit_code == 1
        assert [r["id"] for r in rows] == ["good"]
        assert f"{locked}: cannot read the folder (Permission denied)" in result.stderr
    finally:
        locked.chmod(0o755)


# ------------------------------------------------------------------ reading, case by case


@pytest.mark.parametrize(
    "text, encoding",
    [
        (LATIN1, "latin-1"), (LATIN1, "cp1252"), (ENGLISH_WITH_RUSSIAN, "cp1251"), (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"), (UTF16, "utf-16"), (UTF16, "utf-16-le"), (UTF16, "utf-16-be"), (UTF16, "utf-8-sig"),
        (RUSSIAN, "utf-16-le"), (GOOD, "utf-32"), (CHINESE, "gb18030"),
    ],
)
def test_encodings_are_decoded_exactly(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_the_charset_an_html_page_declares_is_used():
    page = ARTICLE_PAGE.replace('charset="utf-8"', 'charset="windows-1251"').replace(
        "Sadyr Japarov thanked", "Sadyr Japarov (Садыр Жапаров) thanked")
    assert decode(page.encode("cp1251")) == page


@pytest.mark.parametrize(
    "text, expected",
    [
        (RUSSIAN, "not English (looks like Russian, Cyrillic script); canlp reads English only for now"),
        (KAZAKH, "not English (looks like Kazakh, Cyrillic script); canlp reads English only for now"),
        ("Мамлакатҳо оид ба ҳамкорӣ дар соҳаи энергетика гуфтугӯ карданд.", "not English (looks like Tajik, Cyrillic script); canlp reads English only for now"),
        (CHINESE, "not English (looks like Chinese, CJK script); canlp reads English only for now"),
        ("رئيس كازاخستان أجرى محادثة هاتفية مع رئيس أوزبكستان", "not English (looks like Arabic or Persian, Arabic script); canlp reads English only for now"),
        (ENGLISH_WITH_RUSSIAN, None),
        ("Tokayev met Lavrov.", None),
        (GOOD + " " + RUSSIAN[:60], None),  # a quoted Russian sentence in an English readout
    ],
)
def test_language_by_script_proportion(text, expected):
    assert language_problem(text) == expected


def test_no_bundled_communique_is_refused_as_not_english():
    from canlp.corpus import load_records

    refused = [r["id"] for r in load_records() if language_problem(r["text"])]
    assert refused == []


def test_jsonl_records_carry_fields_and_warn_about_dates_and_states(tmp_path):
    path = _write(tmp_path / "r.jsonl", "\n".join(json.dumps(r) for r in [
        {"id": "a", "text": GOOD, "date": "2023-01-02T10:00:00+06:00", "url": "http://x.example/a", "source": "Kazinform"},
        {"id": "b", "text": GOOD, "date": 20230102, "source_state": "Kazakhstan"},
        {"text": GOOD, "date": "2023-02-30"},
    ]) + "\n")
    a, b, c = read_path(path)
    assert (a.id, a.date, a.extra, a.warnings, a.line) == ("a", "2023-01-02", {"url": "http://x.example/a", "source": "Kazinform"}, [], 1)
    assert (b.date, b.source_state) == (None, None)
    assert b.warnings == [
        "date '20230102' is not YYYY-MM-DD: treated as unknown (canlp looks for the date in the text)",
        "source_state 'Kazakhstan' is not a three-letter state code: ignored",
    ]
    assert (c.id, c.date) == (f"{path}:3", None)
    assert c.warnings[0].startswith("date '2023-02-30' is not YYYY-MM-DD")


def test_a_json_file_may_be_one_object_an_array_or_json_lines(tmp_path):
    one = _write(tmp_path / "one.json", json.dumps({"id": "x", "text": GOOD}, indent=2))
    array = _write(tmp_path / "array.json", json.dumps([{"id": "y", "text": GOOD}, {"id": "z"}], indent=2))
    lines = _write(tmp_path / "lines.json", json.dumps({"id": "w", "text": GOOD}) + "\n" + json.dumps({"id": "v", "text": GOOD}))
    assert [d.id for d in read_path(one)] == ["x"]
    y, z = read_path(array)
    assert y.id == "y" and str(z) == f"{array}[2]: record has no 'text'"
    assert [d.id for d in read_path(lines)] == ["w", "v"]


def test_a_blank_id_is_replaced_by_the_place_of_the_record(tmp_path):
    # an id of spaces is no id (the output record needs a non-empty one); found by the property test
    path = _write(tmp_path / "r.jsonl", json.dumps({"id": " ", "text": GOOD}) + "\n" + json.dumps({"id": " a ", "text": GOOD}))
    assert [d.id for d in read_path(path)] == [f"{path}:1", "a"]


def test_a_json_line_over_the_line_limit_is_refused_and_the_next_read(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_LINE_BYTES", 2000)
    path = _write(tmp_path / "r.jsonl", json.dumps({"id": "big", "text": "word " * 1000}) + "\n"
                  + json.dumps({"id": "next", "text": GOOD}) + "\n")
    big, following = read_path(path)
    assert isinstance(big, InputError) and str(big) == f"{path}:1: line longer than the 2,000 bytes limit"
    assert following.id == "next" and following.line == 2


def test_json_lines_in_cp1251_are_read(tmp_path):
    path = _write(tmp_path / "r.jsonl", (json.dumps({"id": "a", "text": ENGLISH_WITH_RUSSIAN}, ensure_ascii=False) + "\n").encode("cp1251"))
    (document,) = read_path(path)
    assert document.text == ENGLISH_WITH_RUSSIAN


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    import tracemalloc

    path = tmp_path / "huge.txt"
    line = (GOOD + "\n").encode()
    with open(path, "wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    tracemalloc.start()
    (error,) = read_path(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert str(error) == f"{path}: file of 50 MB is over the 20 MB limit for one file (split it, or give records as JSON Lines)"
    assert peak < 1024 * 1024


def test_a_long_document_is_cut_at_a_space_with_a_warning(tmp_path):
    (document,) = read_path(_write(tmp_path / "long.txt", _five_mb_line()))
    assert len(document.text) <= reading.MAX_TEXT_CHARS
    assert len(document.text) > reading.MAX_TEXT_CHARS - 100 and not document.text.endswith("Tokay")
    assert document.warnings == [
        f"text of 5,242,880 characters cut to the first {len(document.text):,} (canlp reads communiqués; the limit is 100,000)"
    ]


def test_stdin_is_read_like_a_text_file(runner):
    result = runner.invoke(app, ["classify", "-", "--format", "jsonl"], input=UTF16.encode("utf-16"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "stdin"
    russian = runner.invoke(app, ["classify", "-", "--format", "jsonl"], input=RUSSIAN)
    assert russian.exit_code == 1 and russian.stdout == ""
    assert russian.stderr.strip() == "canlp: stdin: not English (looks like Russian, Cyrillic script); canlp reads English only for now"


# ------------------------------------------------------------------ HTML


def test_html_article_text_without_boilerplate(tmp_path):
    (document,) = read_path(_write(tmp_path / "call.html", ARTICLE_PAGE))
    text = document.text
    assert text.splitlines()[0] == "Tokayev and Japarov discuss water and energy by phone"
    assert "held a telephone conversation with President of Kyrgyzstan Sadyr Japarov on Monday" in text
    assert "supply of electricity from Kazakhstan to Kyrgyzstan" in text
    assert "invited him to pay a state visit to Bishkek" in text
    for marker in ("SCRIPT-MARKER", "MENU-MARKER", "COOKIE-MARKER", "RELATED-MARKER", "FOOTER-MARKER", "Privacy policy", "display: flex"):
        assert marker not in text
    assert document.date == "2022-03-14"
    assert document.extra == {"url": "https://wire.example.org/politics/2022/tokayev-japarov-call",
                              "title": "Tokayev and Japarov discuss water and energy by phone"}


def test_html_page_date_is_used_only_when_the_user_gave_none(tmp_path):
    path = _write(tmp_path / "call.html", ARTICLE_PAGE)
    (document,) = read_path(path, date="2022-03-13")
    assert document.date == "2022-03-13"
    (ld,) = read_path(_write(tmp_path / "ld.htm", JSON_LD_PAGE))
    assert ld.date == "2019-11-05"
    assert "Rashid Meredov, who is in Tashkent on a working visit" in " ".join(ld.text.split())


def test_a_page_over_the_element_limit_is_refused_and_menus_do_not_count(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_HTML_ELEMENTS", 60)
    menu = "<nav><ul>" + "<li><a href='/x'>Section</a></li>" * 200 + "</ul></nav>"
    (document,) = read_path(_write(tmp_path / "menu.html", ARTICLE_PAGE.replace("<header>", "<header>" + menu)))
    assert "Sadyr Japarov on Monday" in document.text
    rows = "".join(f"<p>Paragraph {i} of a very long live blog about talks.</p>" for i in range(100))
    (error,) = read_path(_write(tmp_path / "blog.html", ARTICLE_PAGE.replace("</article>", rows + "</article>")))
    assert str(error) == (f"{tmp_path / 'blog.html'}: HTML page of 125 elements is over the 60-element limit "
                          "(canlp reads one article a page; save the article alone)")


def test_html_classified_end_to_end(runner, tmp_path):
    result, (row,) = _classify(runner, [str(_write(tmp_path / "call.html", ARTICLE_PAGE))])
    assert result.exit_code == 0
    assert (row["modality"], row["date"], row["participant_states"]) == ("phone_call", "2022-03-14", ["KAZ", "KGZ"])
    assert row["url"] == "https://wire.example.org/politics/2022/tokayev-japarov-call"
    assert {"environment_water", "energy"} <= set(row["themes"])


def test_trafilatura_is_imported_only_for_html():
    code = (
        "import sys, tempfile, pathlib\n"
        "from canlp.reading import read_inputs\n"
        "p = pathlib.Path(tempfile.mkdtemp()) / 'a.txt'; p.write_text('President Tokayev met President Japarov.')\n"
        "list(read_inputs([p])); print('trafilatura' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------------ the installed console script


def _script():
    script = Path(sys.executable).parent / "canlp"
    assert script.exists()
    return str(script)


def test_console_script_reports_each_bad_input_in_one_line(tmp_path):
    """Only bad inputs, so the pipeline is not loaded (the CliRunner tests show the rest is processed)."""
    _write(tmp_path / "in" / "b.txt", b"%PDF-1.4 binary")
    _write(tmp_path / "in" / "c.txt", CHINESE)
    _write(tmp_path / "in" / "d.html", BOILERPLATE_PAGE)
    _write(tmp_path / "in" / "e.jsonl", "{oops\n")
    out = subprocess.run([_script(), "classify", str(tmp_path / "in"), "--format", "jsonl", "--errors",
                          str(tmp_path / "errors.csv")], capture_output=True, text=True)
    assert out.returncode == 1
    assert out.stdout == ""
    lines = _one_line_messages(out.stderr)
    assert [line.split(": ", 2)[1] for line in lines] == [str(tmp_path / "in" / n) for n in ("b.txt", "c.txt", "d.html", "e.jsonl:1")]
    with open(tmp_path / "errors.csv", newline="", encoding="utf-8") as handle:
        recorded = list(csv.reader(handle))
    folder = tmp_path / "in"
    assert recorded == [
        ["path", "line", "level", "message"],
        [str(folder / "b.txt"), "", "error", "binary file (a PDF document), not text"],
        [str(folder / "c.txt"), "", "error", "not English (looks like Chinese, CJK script); canlp reads English only for now"],
        [str(folder / "d.html"), "", "error", "no article text in the HTML page (only scripts, menus, links or boilerplate)"],
        [str(folder / "e.jsonl"), "1", "error", "not valid JSON (Expecting property name enclosed in double quotes)"],
    ]


def test_console_script_usage_error(tmp_path):
    out = subprocess.run([_script(), "classify", str(tmp_path / "nothing.txt")], capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.strip() == f"canlp: error: {tmp_path / 'nothing.txt'}: no such file or directory"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tokayev&nbsp;met Mirziyoyev&#8217;s delegation &amp; ministers.", "Tokayev met Mirziyoyev’s delegation & ministers."),
        ("<p>Tokayev met Japarov.</p><p>They discussed <b>trade</b>.</p>", "Tokayev met Japarov.\n\nThey discussed trade."),
        ("Line one<br/>Line two<BR>Line three", "Line one\nLine two\nLine three"),
        ("Trade rose by 10% (<5% in 2022) & more", "Trade rose by 10% (<5% in 2022) & more"),  # no markup: unchanged
        ("Q&A: the <Kazakhstan> model", "Q&A: the <Kazakhstan> model"),
    ],
)
def test_markup_left_in_plain_text_is_cleaned(text, expected):
    assert reading.clean_markup(text) == expected


def test_a_text_file_with_html_entities_reads_and_resolves_its_participants(tmp_path):
    from canlp.api import classify_documents

    path = tmp_path / "entities.txt"
    path.write_text("<p>President&nbsp;Kassym-Jomart Tokayev held talks with President&nbsp;Shavkat&nbsp;Mirziyoyev "
                    "in Astana on 6&nbsp;December&nbsp;2024.</p>", encoding="utf-8")
    (document,) = list(read_path(path))
    assert document.text.startswith("President Kassym-Jomart Tokayev held talks")
    (record,) = classify_documents([document])
    assert [p["name"] for p in record["participants"]] == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]
    assert record["date"] == "2024-12-06"
