"""Bad input costs nothing else (issue 6), end to end through `kg extract`.

A folder holding every kind of bad file next to good articles: each bad one
gets one `warning:` line naming it; the good articles' facts are all kept;
no traceback reaches the user; the exit code says what happened
(0 all fine, 1 nothing extracted, 2 usage error, 3 done with skipped articles).
"""

from __future__ import annotations

import json
import os
import sys

import pytest

import kg.pipeline
from kg.cli import EXIT_CODES, build_parser, main

GOOD = [
    ' date 2025-03-14 Foreign Minister Alma Verhoeven met Trade Secretary Tomas Lindqvist in Kessel on Tuesday. '
    '"We have found common ground," Verhoeven told reporters.\n',
    " date 2025-03-15 Prime Minister Ines Carvalho spoke with President Omar Haddad by phone on Monday.\n",
]
BAD = {  # name -> (content, what the warning says, skipped?)
    "empty.txt": (b"", "is empty", True),
    "binary.txt": (bytes(range(256)) * 20, "binary", True),
    "latin1.txt": (" date 2025-03-16 José García met Zoë Müller in Málaga on Monday.".encode("latin-1"),
                   "not UTF-8", False),
    "utf16.txt": (" date 2025-03-16 Ada Novak met Jonas Berg in Oslo.".encode("utf-16"), None, False),
    "nodate.txt": (b"Mara Costa met Erik Dahl in Lisbon on Friday.", "no ' date YYYY-MM-DD' header", False),
    "baddate.txt": (b" date 2026-13-45 Lena Okafor met Piet Jansen.", "impossible date '2026-13-45'", False),
    "scripts.html": (b"<html><head><script>var s = '<p>Alma met Tomas.</p>';</script></head>"
                     b"<body><div id='root'></div><script>render()</script></body></html>", "no article text",
                     True),
    "feed.jsonl": (b'{"text": "Yusuf Demir met Clara Moreau.", "date": "2025-03-17"}\nnot json\n',
                   "feed.jsonl:2: is not valid JSON", True),
}


def _folder(tmp_path, bad=BAD):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(GOOD):
        (folder / f"good-{i}.txt").write_text(text, encoding="utf-8")
    for name, (content, _, _) in bad.items():
        (folder / name).write_bytes(content)
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    return folder


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    return code, out, err


def test_every_bad_file_one_warning_good_facts_kept_exit_3(nlp, tmp_path, capsys):
    folder = _folder(tmp_path)
    out_file = tmp_path / "out.nt"
    code, _, err = _run(capsys, "extract", str(folder), "-o", str(out_file))
    warnings = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert code == 3, err
    for name, (_, needle, _) in BAD.items():
        mine = [w for w in warnings if f"{folder / name}:" in w]
        if needle is None:
            assert mine == [], name
            continue
        assert len(mine) == 1, (name, warnings)
        assert needle in mine[0]
    assert len([w for w in warnings if "gone.txt" in w]) == 1
    assert len(warnings) == sum(1 for _, n, _ in BAD.values() if n) + 1
    graph = out_file.read_text(encoding="utf-8")
    for person in ("Alma Verhoeven", "Tomas Lindqvist", "Ines Carvalho", "Omar Haddad", "José García",
                   "Ada Novak", "Mara Costa", "Lena Okafor", "Yusuf Demir"):
        assert f'"{person}"' in graph, person
    summary = err.strip().splitlines()[-1]
    assert summary.startswith("kg: 7 articles (5 skipped)"), summary


def test_into_the_store_too_and_the_second_run_skips_unchanged(nlp, tmp_path, capsys):
    folder = _folder(tmp_path)
    store = str(tmp_path / "store")
    assert _run(capsys, "extract", str(folder), "--store", store)[0] == 3
    code, _, err = _run(capsys, "extract", str(folder), "--store", store)
    assert code == 3 and "kg: 0 articles (7 unchanged, not extracted again, 5 skipped)" in err
    code, out, _ = _run(capsys, "query", "persons", "--store", store, "--format", "csv")
    assert code == 0 and "Yusuf Demir" in out and "Alma Verhoeven" in out


def test_only_bad_files_exit_1(nlp, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)))
    code, _, err = _run(capsys, "extract", str(folder), "-o", str(tmp_path / "out.ttl"))
    assert code == 1
    assert len([line for line in err.splitlines() if line.startswith("warning: ")]) == 2


def test_folder_without_articles_exit_1(tmp_path, capsys):
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    code, _, err = _run(capsys, "extract", str(tmp_path), "-o", str(tmp_path / "out.ttl"))
    assert code == 1 and "no articles found" in err


def test_all_fine_exit_0_and_date_option_fills_the_missing_date(nlp, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD[0], encoding="utf-8")
    (tmp_path / "nodate.txt").write_text("Mara Costa met Erik Dahl in Lisbon.", encoding="utf-8")
    out_file = tmp_path / "out.ttl"
    code, _, err = _run(capsys, "extract", str(tmp_path), "-o", str(out_file), "--date", "2025-03-20")
    assert code == 0 and "warning" not in err
    assert '"2025-03-20"^^xsd:date' in out_file.read_text(encoding="utf-8")


def test_article_without_date_is_extracted_with_a_warning_exit_0(nlp, tmp_path, capsys):
    (tmp_path / "nodate.txt").write_text("Mara Costa met Erik Dahl in Lisbon on Friday.", encoding="utf-8")
    out_file = tmp_path / "out.ttl"
    code, _, err = _run(capsys, "extract", str(tmp_path), "-o", str(out_file))
    assert code == 0 and "no ' date YYYY-MM-DD' header" in err and "--date" in err
    assert "Mara Costa" in out_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("argv", [
    ["extract", "x.txt", "--date", "2026-13-45"],
    ["extract", "x.txt", "--date", "yesterday"],
    ["extract"],
    ["extract", "x.txt", "--format", "xml"],
    ["frobnicate"],
    ["query", "persons", "--format", "xml"],
])
def test_usage_errors_exit_2_without_traceback(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "kg: error:" in err and "--help" in err


def test_missing_article_path_exit_2(tmp_path, capsys):
    code, _, err = _run(capsys, "extract", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.ttl"))
    assert code == 2 and "no such file or folder" in err


def test_output_without_known_extension_exit_2(nlp, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD[0], encoding="utf-8")
    code, _, err = _run(capsys, "extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.xyz"))
    assert code == 2 and "--format" in err


def test_a_rule_that_fails_costs_only_its_article(nlp, tmp_path, capsys, monkeypatch):
    from kg.extract import extract as real_extract

    def flaky(doc, article):
        if "Carvalho" in article.text:
            raise ValueError("rule bug")
        return real_extract(doc, article)

    monkeypatch.setattr(sys.modules["kg.extract"], "extract", flaky)
    for i, text in enumerate(GOOD):
        (tmp_path / f"g{i}.txt").write_text(text, encoding="utf-8")
    out_file = tmp_path / "out.ttl"
    code, _, err = _run(capsys, "extract", str(tmp_path), "-o", str(out_file))
    assert code == 3
    [warning] = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert "g1.txt: could not be extracted (ValueError: rule bug)" in warning
    assert "Verhoeven" in out_file.read_text(encoding="utf-8")


def test_an_internal_error_is_one_line_and_debug_shows_the_traceback(nlp, tmp_path, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(kg.pipeline, "facts_to_nquads", broken)
    (tmp_path / "a.txt").write_text(GOOD[0], encoding="utf-8")
    code, _, err = _run(capsys, "extract", str(tmp_path), "-o", str(tmp_path / "o.ttl"))
    assert code == 1
    assert err.strip().splitlines() == ["kg: internal error: ZeroDivisionError: oops (run with --debug for the "
                                        "traceback, and please report it)"]
    with pytest.raises(ZeroDivisionError):
        main(["--debug", "extract", str(tmp_path), "-o", str(tmp_path / "o.ttl")])
    monkeypatch.setenv("KG_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["extract", str(tmp_path), "-o", str(tmp_path / "o.ttl")])


def test_exit_codes_are_documented_in_help_and_readme(capsys):
    help_text = build_parser().format_help()
    assert EXIT_CODES in help_text
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    assert EXIT_CODES.splitlines()[1].strip() in capsys.readouterr().out
    readme = (os.path.dirname(__file__) + "/../README.md")
    text = open(readme, encoding="utf-8").read()
    for code in ("`0`", "`1`", "`2`", "`3`", "130"):
        assert code in text, code


def test_jsonl_feed_with_many_bad_lines_keeps_every_good_one(nlp, tmp_path, capsys):
    lines = []
    for i in range(30):
        if i % 3 == 0:
            lines.append("{broken json " + str(i))
        else:
            lines.append(json.dumps({"text": f"Alma Verhoeven met Tomas Lindqvist {i}.", "date": "2025-03-14"}))
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    code, _, err = _run(capsys, "extract", str(tmp_path), "-o", str(tmp_path / "out.ttl"))
    assert code == 3
    warnings = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert [w.split(":")[2] for w in warnings] == [str(i + 1) for i in range(0, 30, 3)]
    assert "kg: 20 articles (10 skipped)" in err


@pytest.mark.parametrize("target", ["a-folder", "file/out.ttl"])
def test_unwritable_output_is_one_line_exit_2(nlp, tmp_path, capsys, target):
    (tmp_path / "a.txt").write_text(GOOD[0], encoding="utf-8")
    (tmp_path / "a-folder.ttl").mkdir()
    (tmp_path / "file").write_text("a file, not a folder", encoding="utf-8")
    out = tmp_path / (target if target.endswith(".ttl") else target + ".ttl")
    code, _, err = _run(capsys, "extract", str(tmp_path / "a.txt"), "-o", str(out))
    assert code == 2 and f"cannot write {out}" in err
    assert not list(tmp_path.glob("**/.*.tmp"))
