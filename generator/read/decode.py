"""Bytes to text: UTF-8 first, then the encodings Vietnamese archives really come in, then detection.

Whatever the encoding, the text comes out in Unicode NFC with `\n` line ends, so that decomposed
(NFD) text, Windows-1258's combining tone marks and precomposed text all compare equal; text once
read in the wrong encoding and saved again is repaired (`mojibake`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..errors import ArticleError
from ..lexicon import vietnamese_marks
from ..model import Problem
from .mojibake import repair_mojibake
from .viscii import decode_viscii

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Control characters other than tab and line breaks: Markdown drops some and uses others internally.
_PAGE_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# What no page or feed can hold, whichever way it came in (a JSON `\\u0001`, an HTML `&#1;`): control
# characters go, lone surrogates become U+FFFD, and the two non-characters XML forbids go too.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]|(?P<surrogate>[\ud800-\udfff])")


def clean_text(text: str) -> str:
    return _NOT_TEXT.sub(lambda m: "\ufffd" if m.group("surrogate") else "", text)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # as a person would name it: `UTF-8`, `Windows-1258`, `VISCII`, `UTF-16`
    controls_removed: int = 0  # invisible control characters taken out: no page can show them
    replaced: int = 0  # stray bytes in a UTF-8 file, each shown as U+FFFD
    line: int = 0  # where the first stray byte or control character was
    repaired: Problem | None = None  # text once read in another encoding and saved again, repaired


def decode(data: bytes, source: str) -> Decoded:
    if not data.strip():
        raise ArticleError(source, 1, "empty file", "write the article's text into it or delete it")
    decoded = _by_byte_order_mark(data) or _utf8(data) or _legacy(data, source)
    # Before the control characters go: Latin-1 reads some bytes of UTF-8 as C1 controls.
    text, repaired = repair_mojibake(decoded.text.replace("\r\n", "\n").replace("\r", "\n"), source)
    text = unicodedata.normalize("NFC", text)
    control = _PAGE_CONTROLS.search(text)
    line = decoded.line or (text.count("\n", 0, control.start()) + 1 if control else 0)
    text, removed = _PAGE_CONTROLS.subn("", text)
    if not text.strip():
        raise ArticleError(source, 1, "empty file", "write the article's text into it or delete it")
    return Decoded(text, decoded.encoding, removed, decoded.replaced, line, repaired)


def looks_utf16(data: bytes) -> bool:
    """A byte-order mark, or UTF-16 without one: every other byte of Latin text is zero."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    zeros_odd, zeros_even = data[1::2].count(0), data[0::2].count(0)
    return len(data) >= 4 and max(zeros_odd, zeros_even) > len(data) / 4 and min(zeros_odd, zeros_even) == 0


def _by_byte_order_mark(data: bytes) -> Decoded | None:
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="strict"), "UTF-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16"), "UTF-16")
    return None


def _utf8(data: bytes) -> Decoded | None:
    if b"\x00" in data:
        return None
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError as error:
        first = error.start
    # A UTF-8 file with a stray byte or two: each becomes one U+FFFD, and the rest stays as written.
    # Text in a legacy encoding has no valid multi-byte sequences to speak of, and is decoded below.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(_NON_ASCII.findall(text)) - text.count("\ufffd")
    if good < _GOOD_PER_STRAY_BYTE * bad:
        return None
    return Decoded(text, "UTF-8", replaced=bad, line=data.count(b"\n", 0, first) + 1)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_GOOD_PER_STRAY_BYTE = 4


def _legacy(data: bytes, source: str) -> Decoded:
    if looks_utf16(data):
        zeros_odd, zeros_even = data[1::2].count(0), data[0::2].count(0)
        encoding = "utf-16-le" if zeros_odd > zeros_even else "utf-16-be"
        try:
            return Decoded(data.decode(encoding), "UTF-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ArticleError(source, line, "binary file, not text", "remove it from the articles folder")
    # Vietnamese text decoded with the right table is full of Vietnamese letters; with a wrong one
    # it is full of Western accents. Without Vietnamese letters, trust the general detector.
    vietnamese = max(_vietnamese_candidates(data), key=_vietnamese_score, default=None)
    if vietnamese and _vietnamese_score(vietnamese):
        return vietnamese
    import charset_normalizer  # here, not at the top: only files that are not UTF-8 need it

    detected = charset_normalizer.from_bytes(data).best()
    if detected is not None and not _CONTROL.search(str(detected)):
        return Decoded(str(detected), detected.encoding)
    if vietnamese:
        return vietnamese
    line = data.count(b"\n", 0, _first_non_ascii(data)) + 1
    raise ArticleError(source, line, "not text in any encoding this generator knows", "save it as UTF-8 or remove it")


def _vietnamese_score(decoded: Decoded) -> int:
    return vietnamese_marks(decoded.text)


def _vietnamese_candidates(data: bytes):
    for name, decoder in (("Windows-1258", lambda d: d.decode("cp1258")), ("VISCII", decode_viscii)):
        try:
            text = decoder(data)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text):
            yield Decoded(text, name)


def _first_non_ascii(data: bytes) -> int:
    return next((i for i, byte in enumerate(data) if byte > 0x7F), 0)
