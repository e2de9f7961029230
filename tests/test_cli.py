import json

from conftest import FIXTURES, run_warta

VIVA = str(FIXTURES / "viva-2015-rusia-isis.txt")


def test_process_jsonl_follows_the_contract():
    run = run_warta("process", VIVA, "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    (record,) = [json.loads(x) for x in run.stdout.decode().splitlines()]
    for field in ("source", "error", "warnings", "title", "outlet", "authors", "language", "published",
                  "dateline", "text", "paragraphs", "removed", "photos", "dates", "entities", "quotes", "events"):
        assert field in record, field
    assert record["source"] == VIVA
    assert "raw" not in record and "meta" not in record
    for p in record["paragraphs"]:
        assert record["text"][p["start"]:p["end"]] == p["text"]


def test_process_json_and_text_formats():
    run = run_warta("process", VIVA, "--format", "json")
    assert run.returncode == 0
    (record,) = json.loads(run.stdout)
    assert record["outlet"] == "VIVA.co.id"
    run = run_warta("process", VIVA, "--format", "text")
    assert run.returncode == 0
    assert b"title: Rusia Membuka Kerjasama" in run.stdout


def test_process_stdin_text_html_and_jsonl():
    text = (FIXTURES / "viva-2015-rusia-isis.txt").read_bytes()
    run = run_warta("process", "-", stdin=text)
    assert json.loads(run.stdout)["title"].startswith("Rusia Membuka")
    html = (FIXTURES / "kompas-singlepage.html").read_bytes()
    run = run_warta("process", "-", stdin=html)
    assert json.loads(run.stdout)["outlet"] == "Kompas.com"
    jsonl = (json.dumps({"text": text.decode()}) + "\n" + json.dumps({"text": text.decode()}) + "\n").encode()
    run = run_warta("process", "-", stdin=jsonl)
    assert [json.loads(x)["source"] for x in run.stdout.decode().splitlines()] == ["-#1", "-#2"]


def test_process_a_folder_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_bytes((FIXTURES / "viva-2015-rusia-isis.txt").read_bytes())
    (tmp_path / "1.html").write_bytes((FIXTURES / "kompas-singlepage.html").read_bytes())
    (tmp_path / "notes.md").write_text("not an article")
    run = run_warta("process", str(tmp_path))
    sources = [json.loads(x)["source"] for x in run.stdout.decode().splitlines()]
    assert sources == [str(tmp_path / "1.html"), str(tmp_path / "b" / "2.txt")]


def test_schema_describes_the_record():
    run = run_warta("schema")
    schema = json.loads(run.stdout)
    assert schema["type"] == "object"
    for field in ("source", "text", "paragraphs", "removed", "dates", "entities", "quotes", "events"):
        assert field in schema["properties"]
    assert "raw" not in schema["properties"]


def test_every_command_has_help():
    for args in (["--help"], ["process", "--help"], ["schema", "--help"], ["eval", "clean", "--help"]):
        run = run_warta(*args)
        assert run.returncode == 0 and len(run.stdout) > 100
