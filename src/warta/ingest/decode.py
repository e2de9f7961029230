"""Bytes to text: encoding detection, binary detection, Unicode normalisation."""

from __future__ import annotations

import re
import unicodedata

import charset_normalizer
import ftfy
import ftfy.badness

from warta.settings import Settings


class InputError(Exception):
    """A document that cannot be processed; the message is the reason shown to the user."""


_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_bytes(data: bytes, settings: Settings) -> tuple[str, list[str]]:
    """Decode one document. Returns the text and any warnings; raises InputError."""
    if not data.strip():
        raise InputError("empty document")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), []
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} after its byte-order mark: {exc.reason}") from None
    head = data[:65536]
    controls = len(_CONTROL.findall(head))
    if b"\x00" in head or controls > settings.max_binary_ratio * len(head):
        raise InputError(f"binary content, not text ({controls} control bytes in the first {len(head)} bytes)")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        position = exc.start
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"invalid UTF-8 at byte {position} and no other encoding fits")
    return str(best), [f"input is not UTF-8 (invalid byte at {position}); decoded as {best.encoding}"]


# Spaces and invisible characters that scrapers leave behind, mapped to what a reader sees.
_ODD_SPACES = {cp: " " for cp in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
_INVISIBLE = {cp: None for cp in (0x200B, 0x2060, 0xFEFF, 0x00AD)}
_LINE_BREAKS = {0x2028: "\n", 0x2029: "\n\n", 0x0085: "\n"}
_TRANSLATE = {**_ODD_SPACES, **_INVISIBLE, **_LINE_BREAKS}
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize_text(text: str) -> tuple[str, list[str]]:
    """NFC, plain spaces, Unix newlines, and mojibake repaired where ftfy is sure of it."""
    warnings: list[str] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)
    text = _STRAY_CONTROLS.sub("", text)
    if ftfy.badness.is_bad(text):
        fixed = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=False)
        if fixed != text:
            warnings.append("repaired mojibake (text decoded with the wrong encoding)")
            text = fixed
    return unicodedata.normalize("NFC", text), warnings
