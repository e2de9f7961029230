from datetime import date

import pytest

from warta.stages.dates import find_dates, parse_date_line

ANCHOR = date(2015, 12, 28)  # a Monday


@pytest.mark.parametrize("text,expected", [
    ("Senin 28 Desember 2015", "2015-12-28"),
    ("Senin, 28 Desember 2015", "2015-12-28"),
    ("Senin (28/12/2015)", "2015-12-28"),
    ("Selasa (29/12)", "2015-12-29"),
    ("28/12/2015", "2015-12-28"),
    ("28 Des 2015", "2015-12-28"),
    ("kemarin", "2015-12-27"),
    ("hari ini", "2015-12-28"),
    ("besok", "2015-12-29"),
    ("pekan lalu", "2015-12-21"),
    ("dua hari lalu", "2015-12-26"),
    ("3 hari yang lalu", "2015-12-25"),
    ("Jumat lalu", "2015-12-25"),
    ("Sabtu", "2015-12-26"),
    ("Senin depan", "2016-01-04"),
    ("Januari lalu", "2015-01-01"),
    ("Desember 2014", "2014-12-01"),
    ("pada 17 Agustus", "2015-08-17"),
])
def test_expressions_resolve_against_the_anchor(text, expected):
    found = find_dates(f"Ia datang {text} ke kantor.", ANCHOR)
    assert [f.value.isoformat() for f in found] == [expected]


def test_offsets_and_no_overlaps():
    text = "Rapat digelar Senin (28/12/2015) dan dilanjutkan Selasa (29/12) pekan lalu."
    found = find_dates(text, ANCHOR)
    assert [text[f.start:f.end] for f in found] == ["Senin (28/12/2015)", "Selasa (29/12)", "pekan lalu"]


def test_relative_expressions_need_an_anchor():
    assert find_dates("Ia datang kemarin.") == []


def test_lower_case_minggu_is_a_week_not_a_sunday():
    found = find_dates("Harga naik dalam satu minggu ini.", ANCHOR)
    assert all(f.granularity != "day" or f.value != date(2015, 12, 27) for f in found)


def test_invalid_dates_are_ignored():
    assert find_dates("tanggal 31/02/2015 tidak ada", ANCHOR) == []


@pytest.mark.parametrize("line,expected", [
    ("5 Agustus 2016", date(2016, 8, 5)),
    ("Senin, 28 Desember 2015 | 10:05 WIB", date(2015, 12, 28)),
    ("Kamis, 05 Nov 2015 10:00 WIB", date(2015, 11, 5)),
    ("Diperbarui 28/12/2015 pukul 14.00", date(2015, 12, 28)),
    ("Ia datang pada 5 Agustus 2016 ke Jakarta.", None),
])
def test_date_lines(line, expected):
    assert parse_date_line(line) == expected
