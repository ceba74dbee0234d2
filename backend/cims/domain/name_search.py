"""Names like a search text: typos, swapped name order and homophones.

The exact search (``customers.text_condition``) finds a name whose folded key holds
the text. This module finds the names that are only *like* it, ranked below:

- Latin text: one or two typos (an insertion, deletion, substitution or swap of
  neighbours: optimal string alignment distance, ``rapidfuzz``) and the given and
  family names in either order (``Danyan Ding``);
- Chinese text: the pinyin of the typed characters equal to a customer's pinyin,
  so a homophone slip of an input method (丁丹研 for 丁丹妍) still finds them.

Scale: every customer stores a *sound key* (``Customer.name_sound``, indexed): the
sorted first letters of its Latin name's words and the number of letters, e.g.
``dd10`` for Ding Danyan. A search looks up the keys the text could have with the
typos it allows (the same first letters, the length within the edit budget): a few
index lookups, whatever the number of customers. Only those candidates (at most
``CANDIDATES``) are read and scored in Python. A typo in a word's first letter or
a name written as one word is out of its reach; the exact search still finds a
prefix or a run-together name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz.distance import OSA

from cims.domain.normalize import fold

# Candidates read for one search, a bound (the nearest length bands first: on the
# demo the largest band holds 93 of 11,454 customers, some 8,000 of 1,000,000),
# and similar customers kept from them (the fewest typos first).
CANDIDATES = 20000
SIMILAR_MAX = 200
# A sound key holds at most this many initials (a long corporate name).
MAX_INITIALS = 12

_WORD_BREAK = re.compile(r"[\s\u00b7\u30fb\-]+")
_LATIN = re.compile(r"[a-z]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _plain_u(syllable: str) -> str:
    """ü as on a passport: lv and nv written lyu and nyu, u elsewhere."""
    if syllable in {"lv", "nv"}:
        return syllable[0] + "yu"
    return syllable.replace("v", "u")


@lru_cache(maxsize=4096)
def _syllables(text: str) -> str:
    from pypinyin import Style, lazy_pinyin  # ~57 MB: only once a name needs it

    return "".join(_plain_u(s) for s in lazy_pinyin(text, style=Style.NORMAL))


def _readings(character: str) -> list[str]:
    from pypinyin import Style, pinyin

    return pinyin(character, style=Style.NORMAL, heteronym=True)[0]


def latin_words(text: str | None) -> list[str]:
    """The folded words of a Latin name; [] when a word is not plain letters."""
    if not text:
        return []
    words = [fold(w) for w in _WORD_BREAK.split(text)]
    words = [w for w in words if w]
    if not words or not all(_LATIN.fullmatch(w) for w in words):
        return []
    return words


def is_chinese(text: str) -> bool:
    return _HAN.search(text) is not None


def _han(name: str) -> str:
    """The Chinese characters of a name, simplified."""
    return "".join(ch for ch in fold(name) if _HAN.match(ch))


def chinese_readings(name: str) -> list[list[str]]:
    """Pinyin words of a Chinese name: [family, given], one list per reading.

    The family name is the first character, or the first two (欧阳, 司马); the
    family character's every reading is tried (曾 zeng or ceng).
    """
    han = _han(name)
    if not han:
        return []
    if len(han) == 1:
        return [[_syllables(han)]]
    family_readings = {_plain_u(r) for r in _readings(han[0])}
    family_readings.add(_syllables(han[0]))
    rest = _syllables(han[1:])
    readings = [[family, rest] for family in sorted(family_readings)]
    if len(han) >= 3:
        readings.append([_syllables(han[:2]), _syllables(han[2:])])
    return readings


def sound_of(words: list[str]) -> str:
    """The sound key of a name's Latin words: sorted initials, then the length."""
    initials = "".join(sorted(w[0] for w in words))[:MAX_INITIALS]
    return f"{initials}{sum(map(len, words))}"


def name_sound(full_name: str | None, name_latin: str | None) -> str:
    """The stored sound key of a customer: from the Latin name, else the name's
    own Latin words or its pinyin; "" when it has none."""
    words = latin_words(name_latin) or latin_words(full_name)
    if not words and full_name and (han := _han(full_name)):
        # The everyday reading of each character (a search tries the others).
        words = (
            [_syllables(han[0]), _syllables(han[1:])] if han[1:] else [_syllables(han)]
        )
    return sound_of(words) if words else ""


MAX_EDITS = 2


def allowed_edits(length: int) -> int:
    """Typos tolerated in a Latin name of ``length`` letters."""
    if length < 4:
        return 0
    return 1 if length < 8 else MAX_EDITS


class Probe:
    """What a search text may be like: spellings, their budget, their sound keys.

    ``bands`` are the sound keys to look up, nearest first: the text's own length
    (a substitution or a swap keeps it), then one letter more or fewer, then two.
    """

    def __init__(self, text: str) -> None:
        self.spellings: set[str] = set()
        self.edits = 0
        self.bands: list[list[str]] = []
        if any(ch.isdigit() or ch == "@" for ch in text):
            return  # a number or an address: the exact search's
        if is_chinese(text):
            readings = chinese_readings(text)
            self.spellings = {"".join(words) for words in readings}
            self.bands = [sorted({sound_of(words) for words in readings})]
            return
        words = latin_words(text)
        if len(words) < 2:
            return  # one word: the exact search's prefix and key match
        orders = {tuple(words), tuple(reversed(words))}
        orders |= {tuple(words[1:] + words[:1]), tuple(words[-1:] + words[:-1])}
        self.spellings = {"".join(order) for order in orders}
        length = sum(map(len, words))
        self.edits = allowed_edits(length)
        initials = "".join(sorted(w[0] for w in words))[:MAX_INITIALS]
        self.bands = [
            [f"{initials}{n}" for n in sorted({length - d, length + d}) if n > 0]
            for d in range(self.edits + 1)
        ]

    @property
    def sounds(self) -> set[str]:
        return {sound for band in self.bands for sound in band}

    def __bool__(self) -> bool:
        return bool(self.bands)

    def distance(self, name_key: str) -> int | None:
        """Typos between the text and a stored name key (``normalize.name_key``)
        in its nearest spelling; None when more than the text allows."""
        best = None
        for spelling in _spellings(name_key):
            for wanted in self.spellings:
                found = OSA.distance(wanted, spelling, score_cutoff=self.edits)
                if found <= self.edits and (best is None or found < best):
                    best = found
        return best

    def matches(self, name_key: str) -> bool:
        return self.distance(name_key) is not None


def _spellings(name_key: str) -> Iterable[str]:
    """The Latin spellings of a stored key: its Latin parts, else its pinyin."""
    parts = name_key.split("|")
    latin = [p for p in parts if _LATIN.fullmatch(p)]
    if latin:
        return latin
    return [_syllables(p) for p in parts if is_chinese(p)]
