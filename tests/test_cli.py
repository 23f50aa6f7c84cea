"""``composer check`` as support staff and CI jobs use it: real files, real processes for the
exit status, and every way an input can be wrong."""

from __future__ import annotations

import json
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from composer.cli import main

CLEAN = "Order 302-4417865-2290147: which font would you like for the engraving?"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_installed_command_carries_its_data(tmp_path: Path) -> None:
    """Run from outside the checkout, where the installed package answers (in CI a wheel, not
    the source tree): its rules, phrase packs, inflections and word lists came with it."""
    path = tmp_path / "m.txt"
    path.write_text(
        "Subject: Bestellung 302-4417865-2290147\n"
        "Wir haben Ihre Bestellung erhalten und bereiten sie gerade vor. Vieleicht kommt sie "
        "morgen. Freundliche Grüsse aus Zürich",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "composer", "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr
    (report,) = json.loads(result.stdout)
    assert report["language"] == "de"
    assert report["category"] == "forbidden"
    spelling = [f["message"] for f in report["findings"] if f["rule"] == "spelling"]
    assert spelling == ["Possible spelling mistake in German: “Vieleicht”."]


def as_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict]]:
    code = main(["check", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_clean_message_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "engraving.txt"
    path.write_text(CLEAN, encoding="utf-8")
    code, out = as_json(capsys, str(path))
    assert code == 0
    assert out[0]["category"] == "critical"
    assert out[0]["findings"] == []


def test_error_finding_exits_1_with_json_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.txt"
    path.write_text("Subject: Your order 🚚\nWhich size? Call +1 202 555 0143.", encoding="utf-8")
    code, out = as_json(capsys, str(path))
    assert code == 1
    result = out[0]
    assert set(result) >= {
        "path",
        "category",
        "purposes",
        "sp_api_message_type",
        "language",
        "findings",
    }
    rules = {f["rule"]: f for f in result["findings"]}
    emoji = rules["emoji"]
    assert emoji["field"] == "subject"
    assert (emoji["line"], emoji["column"]) == (1, 12)
    assert emoji["fix"]["safety"] == "safe"
    phone = rules["phone-number"]
    assert phone["field"] == "body"
    body = "Which size? Call +1 202 555 0143."
    assert body[phone["start"] : phone["end"]] == "+1 202 555 0143"
    assert set(phone) == {
        "rule",
        "severity",
        "field",
        "start",
        "end",
        "line",
        "column",
        "message",
        "fix",
    }


def test_forbidden_without_errors_still_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.json"
    path.write_text(
        json.dumps(
            {
                "body": "Thank you so much for your purchase! We hope you love it.",
                "channel": "sp-api",
            }
        ),
        encoding="utf-8",
    )
    code, out = as_json(capsys, str(path))
    assert out[0]["category"] == "forbidden"
    assert code == 1


def test_text_format_reads_like_a_linter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.txt"
    path.write_text(
        "Order 302-4417865-2290147\nWhich font for the engraving?\nMail: jo@example.com\n",
        encoding="utf-8",
    )
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"{path}:3:7: error email-address " in lines[0]
    assert lines[1].startswith(f"{path}: critical: ")
    assert lines[-1].startswith("1 checked, 1 cannot be sent as written")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Grüße aus München".encode("latin-1"), "not valid UTF-8"),
        ("broken.json", b'{"body": "hi",', "malformed JSON at line 1"),
        ("nobody.json", b'{"subject": "x"}', '"body" is missing'),
        ("typo.json", b'{"body": "x", "ordr_id": "1"}', "unknown field 'ordr_id'"),
        ("date.json", b'{"body": "x", "order_date": "tomorrow"}', '"order_date" is not a date'),
        ("kind.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
        ("headers.eml", b"just some words, no headers\n", "no e-mail headers"),
    ],
)
def test_unreadable_input_is_one_line_and_others_still_checked(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(CLEAN, encoding="utf-8")
    result = run("check", "--format", "json", str(bad), str(good))
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"{bad}: error: ")
    assert reason in errors[0]
    assert "Traceback" not in result.stderr
    out = json.loads(result.stdout)
    assert out[0]["error"]
    assert out[0]["findings"] == []
    assert out[1]["path"] == str(good)
    assert out[1]["category"] == "critical"


def test_twenty_megabyte_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    result = run("check", str(big))
    assert result.returncode == 2
    assert "too large for a message (20.0 MB" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.txt"), str(tmp_path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].endswith("no such file")
    assert "folder holds no message files" in lines[1]


def test_folder_of_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "team" / "b.html").write_text("<p>" + CLEAN + "</p>", encoding="utf-8")
    (tmp_path / "team" / "notes.md").write_text("not a message", encoding="utf-8")
    code, out = as_json(capsys, str(tmp_path))
    assert code == 0
    assert [Path(o["path"]).name for o in out] == ["a.txt", "b.html"]


def test_standard_input() -> None:
    result = run("check", "--format", "json", "-", stdin=b'{"body": "Visit www.example.com"}')
    out = json.loads(result.stdout)
    assert out[0]["path"] == "-"
    assert "external-link" in {f["rule"] for f in out[0]["findings"]}
    assert result.returncode == 1


def test_malformed_html_is_read_leniently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        '<p style="color:red">Order 302-4417865-2290147 <b>which size?<p><a href="http://x.example'
        '.com">here<img src=http://i.example.com/a.png width=1 height=1 <div <<>>',
        encoding="utf-8",
    )
    code, out = as_json(capsys, str(path))
    rules = {f["rule"] for f in out[0]["findings"]}
    assert {"font-color", "insecure-link", "external-link"} <= rules
    assert code == 1


def test_eml_subject_html_part_and_attachments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = EmailMessage()
    mail["Subject"] = "[Important] Your invoice for order 302-4417865-2290147"
    mail["From"] = "shop@example.com"
    mail["To"] = "abc123@marketplace.amazon.co.uk"
    mail.set_content("Your invoice is attached.")
    mail.add_alternative(
        "<p>Your invoice is <font color='red'>attached</font>.</p>", subtype="html"
    )
    mail.add_attachment(
        b"%PDF-1.4 " * 100, maintype="application", subtype="pdf", filename="invoice-302.pdf"
    )
    mail.add_attachment(b"GIF89a" * 10, maintype="image", subtype="gif", filename="thanks.gif")
    path = tmp_path / "draft.eml"
    path.write_bytes(mail.as_bytes())
    code, out = as_json(capsys, str(path))
    found = {f["rule"]: f for f in out[0]["findings"]}
    assert found["important-tag-misuse"]["field"] == "subject"
    assert "font-color" in found  # the HTML part was read
    assert "animated-gif" in found  # the attachments were read
    assert out[0]["category"] == "forbidden"
    assert code == 1


def test_options_fill_in_what_files_do_not_say(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.txt"
    path.write_text(
        "Please confirm the delivery slot that suits you for the wardrobe.", encoding="utf-8"
    )
    _, out = as_json(capsys, "--buyer-language", "de-DE", "--channel", "sp-api", str(path))
    found = {f["rule"]: f for f in out[0]["findings"]}
    assert found["language-mismatch"]["severity"] == "error"
    assert found["missing-order-id"]["severity"] == "info"  # SP-API attaches the order


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--disable", "no-such-rule", "x.txt"])
    assert exc.value.code == 2
    assert "unknown rule" in capsys.readouterr().err


def test_user_dictionary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.txt"
    path.write_text(
        "Order 302-4417865-2290147: which colour for your teakwod board?", encoding="utf-8"
    )
    _, out = as_json(capsys, str(path))
    assert "spelling" in {f["rule"] for f in out[0]["findings"]}
    words = tmp_path / "words.txt"
    words.write_text("teakwod\n", encoding="utf-8")
    _, out = as_json(capsys, "--dictionary", str(words), str(path))
    assert "spelling" not in {f["rule"] for f in out[0]["findings"]}


def test_today_makes_dates_reproducible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.json"
    path.write_text(
        json.dumps({"body": CLEAN, "order_date": "2026-01-02", "delivery_date": "2026-01-05"}),
        encoding="utf-8",
    )
    _, out = as_json(capsys, "--today", "2026-01-20", str(path))
    assert "order-age" not in {f["rule"] for f in out[0]["findings"]}
    _, out = as_json(capsys, "--today", "2026-03-20", str(path))
    assert "order-age" in {f["rule"] for f in out[0]["findings"]}
    assert out[0]["category"] == "forbidden"


def test_rules_listing() -> None:
    result = run("rules")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("order-confirmation")
    assert "(not yet checked)" in result.stdout  # deferred rules say so


def test_an_html_title_is_read_as_text(tmp_path: Path) -> None:
    from composer.services.message_files import read_message_file

    path = tmp_path / "m.html"
    path.write_text("<title>Fish &amp; Chips – order</title><p>Hello</p>", encoding="utf-8")
    assert read_message_file(path).subject == "Fish & Chips – order"


FRENCH_CLI = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context><name>Cli</name>
<message><source>{checked}, {blocked}; {errors}, {warnings}, {notes}</source>
<translation>{checked}, {blocked} ; {errors}, {warnings}, {notes}</translation></message>
<message numerus="yes"><source>%n checked</source>
<translation><numerusform>%n vérifié</numerusform>
<numerusform>%n vérifiés</numerusform></translation></message>
<message numerus="yes"><source>%n cannot be sent as written</source>
<translation><numerusform>%n ne peut pas partir tel quel</numerusform>
<numerusform>%n ne peuvent pas partir tels quels</numerusform></translation></message>
<message numerus="yes"><source>%n error(s)</source>
<translation><numerusform>%n erreur</numerusform>
<numerusform>%n erreurs</numerusform></translation></message>
<message numerus="yes"><source>%n warning(s)</source>
<translation><numerusform>%n avertissement</numerusform>
<numerusform>%n avertissements</numerusform></translation></message>
<message numerus="yes"><source>%n note(s)</source>
<translation><numerusform>%n remarque</numerusform>
<numerusform>%n remarques</numerusform></translation></message>
</context>
<context><name>rule-message</name>
<message><source>Emoji and pictographs are not allowed: “{text}”.</source>
<comment>emoji</comment>
<translation>Les émojis et pictogrammes sont interdits : « {text} ».</translation></message>
</context>
</TS>
"""


def test_the_output_speaks_the_chosen_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from build_hooks.ts2qm import compile_file
    from composer import i18n

    catalogues = tmp_path / "catalogues"
    catalogues.mkdir()
    (tmp_path / "composer_fr.ts").write_text(FRENCH_CLI, encoding="utf-8")
    compile_file(tmp_path / "composer_fr.ts", catalogues / "composer_fr.qm")
    monkeypatch.setenv("COMPOSER_TRANSLATIONS", str(catalogues))
    monkeypatch.setenv("COMPOSER_LANGUAGE", "fr")
    path = tmp_path / "thanks.txt"
    path.write_text("Merci pour votre commande 123-1234567-1234567 😊", encoding="utf-8")
    try:
        main(["check", str(path)])
    finally:
        i18n.install(None)
    out = capsys.readouterr().out.splitlines()
    assert any(
        line.endswith("emoji Les émojis et pictogrammes sont interdits : « 😊 ».") for line in out
    )
    assert out[-1].startswith("1 vérifié, 1 ne peut pas partir tel quel ; ")
    assert "erreur" in out[-1]


def test_a_missing_or_damaged_catalogue_means_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from composer import i18n

    catalogues = tmp_path / "catalogues"
    catalogues.mkdir()
    (catalogues / "composer_de.qm").write_bytes(b"not a catalogue")
    monkeypatch.setenv("COMPOSER_TRANSLATIONS", str(catalogues))
    path = tmp_path / "note.txt"
    path.write_text("Thanks for your order 123-1234567-1234567 😊", encoding="utf-8")
    for language in ("de", "it"):  # damaged; missing
        monkeypatch.setenv("COMPOSER_LANGUAGE", language)
        try:
            main(["check", str(path)])
        finally:
            i18n.install(None)
        assert capsys.readouterr().out.splitlines()[-1].startswith("1 checked, ")
