"""Lab-test names in scripts other than Latin -> the English words the grammar reads (scripts.toml).

By rule rather than spelling by spelling: Chinese, Japanese and Korean runs, written without spaces, are
cut into the longest words the file knows ("空腹血糖" is "空腹" "血糖"); an Arabic word is also looked up
without the article or preposition glued on ("الكرياتينين"); a Cyrillic or Greek word also by its stem, its
case ending cut ("крови", "мочи", "ούρων"). What no rule reads stays as written, for `names` to set aside.
"""

from __future__ import annotations

import bisect
import importlib
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

# The `re` module's own pattern parser and its constants (private, stable since Python 3.5 as `sre_parse` and
# `sre_constants`): `_first_characters` reads a rule's first characters with them.
_re_parser: Any = importlib.import_module("re._parser")
_re_constants: Any = importlib.import_module("re._constants")

# Chinese characters, kana, Hangul and Thai: words written without spaces between them.
# Chinese characters (also Japanese kanji): the extension A, unified and compatibility blocks.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
UNSPACED = f"\u3040-\u30ff{HAN}\uac00-\ud7af\u0e01-\u0e4e"
_UNSPACED_RUN_RE = re.compile(f"[{UNSPACED}]+|[^{UNSPACED}]+")
_HAS_UNSPACED_RE = re.compile(f"[{UNSPACED}]")
# A katakana word (letters and the long-vowel mark): the words a print field cuts mid-word ("ﾌﾟﾛｶﾙｼﾄ").
_KATAKANA_RE = re.compile("[\u30a1-\u30fc]+")
# A cut word keeps at least this many letters to be completed ("アルブ" -> "アルブミン").
_MIN_CUT = 3
# Letters a voicing mark follows, and how far each voiced form lies in Unicode ("ヒ" +1 "ビ", +2 "ピ").
_VOICED = {letter: (1,) for letter in "カキクケコサシスセソタチツテト"} | {
    letter: (1, 2) for letter in "ハヒフヘホ"
}
_NOTHING_RE = re.compile(r"(?!x)x")
# A word keeps at least this many letters once its ending is cut ("мочи" -> "моч", never "м").
_MIN_STEM = 3


# A rule's leading assertions: a word boundary, the start, a look-behind or look-ahead (no nested groups).
_LEADING_ASSERTIONS_RE = re.compile(r"^(?:\\b|\^|\(\?<?[=!](?:[^()\\]|\\.)*\))+")


# A leading group of plain words ("(?:serum|plasma|blood) ...", "(aluminium|aluminum)\\sal"), maybe optional.
_LEADING_WORDS_RE = re.compile(r"^\((?:\?:)?([\w |]+)\)(\?)?")
_BACKREFERENCE_RE = re.compile(r"\\[1-9]")


def _gate_alternatives(alternative: str) -> list[str]:
    """`alternative` for the gate as alternatives that start with a letter where it starts with a group of
    plain words: one per word, the word followed by what followed the group, and, for an optional group, what
    followed it alone (the same texts match; the group's number, which no gate reads, is gone)."""
    match = _LEADING_WORDS_RE.match(alternative)
    rest = alternative[match.end() :] if match else ""
    if match is None or _BACKREFERENCE_RE.search(rest) or (match[2] and not rest):
        return [alternative]
    expanded = [f"{word}{rest}" for word in match[1].split("|")]
    return [*expanded, *_gate_alternatives(rest)] if match[2] else expanded


def _top_level_alternation(pattern: str) -> bool:
    """Whether `pattern` has a "|" outside any group or character class."""
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def any_rule(rules: Iterable[tuple[re.Pattern[str], str]]) -> re.Pattern[str]:
    """One pattern that finds a text some rule may change, so that most texts skip the rules.

    It matches wherever a rule matches, and a little more: a rule's leading assertions (a word boundary, a
    look-behind: "(?<=\\w\\w)cyten") are left out (an assertion left out only widens what matches), so that
    most alternatives start with a letter (a leading group of words is written out word by word); and the
    alternatives that start with the same plain letter are one branch after that letter ("s(?:ed
    rate|ticka|...)"), so that at each position the regex engine
    tries one branch per letter, not every rule. On the labelled names the grammar's phrase gate searched
    ~5x faster for the first (letting 7 % more texts through; a text let through in error only meets rules
    that change nothing); the rest made it 2.5x faster again on phrases and 18x on spellings (272 phrases
    and 125 spellings, on five common names; 2026-12-04).
    """
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    for pattern, _ in rules:
        for alternative in _gate_alternatives(_LEADING_ASSERTIONS_RE.sub("", pattern.pattern)):
            _add_gate_alternative(alternative, by_letter, others)
    branches = [
        f"{letter}(?:{'|'.join(f'(?:{rest})' for rest in rests)})"
        for letter, rests in sorted(by_letter.items())
    ]
    # The rest (a leading group with nested groups, a number, an alternation) are tried at every position:
    # those whose first character is one of a known few are guarded by a look-ahead for it, one per set of
    # first characters, so that at most positions one character test rejects them.
    by_first: dict[str | None, list[str]] = {}
    for alternative in others:
        by_first.setdefault(_first_characters(alternative), []).append(alternative)
    for first, alternatives in by_first.items():
        body = "|".join(f"(?:{alternative})" for alternative in alternatives)
        branches.append(f"(?:{body})" if first is None else f"(?={first})(?:{body})")
    return re.compile("|".join(branches) or _NOTHING_RE.pattern)


_Parsed = list[tuple[Any, Any]]


def _first_characters(pattern: str) -> str | None:
    """A character class of the characters any match of `pattern` starts with ("(\\d+) ?hrs" -> "[\\d]",
    "(?:ldl|hdl) elph" -> "[hl]"), or None when they are not a known few (a match may start with any word
    character, or be empty). Read from the pattern as the `re` module parses it (its parser, private but
    stable since Python 3.5 as `sre_parse`); a pattern it does not read is left unguarded."""
    try:
        parsed = _re_parser.parse(pattern)
    except re.error:
        return None
    first = _first_of(list(parsed))
    if first is None or first[1] or not first[0] or parsed.state.flags & re.IGNORECASE:
        return None
    return "[" + "".join(sorted(first[0])) + "]"


def _first_of(items: _Parsed) -> tuple[set[str], bool] | None:
    """The first characters of a parsed sequence (as class members) and whether it may match nothing."""
    characters: set[str] = set()
    for operator, argument in items:
        one = _first_of_item(operator, argument)
        if one is None:
            return None
        characters |= one[0]
        if not one[1]:
            return characters, False
    return characters, True


def _first_of_item(operator: Any, argument: Any) -> tuple[set[str], bool] | None:
    if operator is _re_constants.LITERAL:
        return {re.escape(chr(argument))}, False
    if operator is _re_constants.IN:
        members = set()
        for kind, value in argument:
            if kind is _re_constants.LITERAL:
                members.add(re.escape(chr(value)))
            elif kind is _re_constants.RANGE:
                members.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is _re_constants.CATEGORY and value is _re_constants.CATEGORY_DIGIT:
                members.add(r"\d")
            else:
                return None
        return members, False
    if operator is _re_constants.SUBPATTERN:
        _, flags_on, _, group = argument
        return None if flags_on & re.IGNORECASE else _first_of(list(group))
    if operator is _re_constants.BRANCH:
        characters, empty = set(), False
        for branch in argument[1]:
            one = _first_of(list(branch))
            if one is None:
                return None
            characters |= one[0]
            empty |= one[1]
        return characters, empty
    if operator in (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT):
        least, _, repeated = argument
        one = _first_of(list(repeated))
        return None if one is None else (one[0], one[1] or least == 0)
    if operator in (_re_constants.AT, _re_constants.ASSERT, _re_constants.ASSERT_NOT):
        return set(), True  # zero width: what follows starts the match
    return None


def _add_gate_alternative(alternative: str, by_letter: dict[str, list[str]], others: list[str]) -> None:
    """`alternative` into the branch of its first letter when it starts with a plain one, else `others`."""
    if (
        alternative[:1].isalnum()
        and alternative[1:2] not in ("*", "+", "?", "{")
        and not _top_level_alternation(alternative)
    ):
        by_letter.setdefault(alternative[0], []).append(alternative[1:])
    else:
        others.append(alternative)


class ScriptWordsError(ValueError):
    pass


@dataclass(frozen=True)
class ScriptWords:
    # Letters written two ways -> one (str.translate table), applied as names are cleaned.
    letters: dict[int, str] = field(default_factory=dict)
    # Cyrillic letters that look like Latin ones (str.translate table), read so in words with a digit.
    lookalikes: dict[int, str] = field(default_factory=dict)
    translations: dict[str, str] = field(default_factory=dict)
    # The words that cut a Chinese, Japanese or Korean run, and the length of the longest.
    run_words: frozenset[str] = frozenset()
    longest_run_word: int = 0
    # The katakana words, sorted: a katakana word cut by a print field at a name's end is the word it begins.
    katakana_words: tuple[str, ...] = ()
    stems: dict[str, str] = field(default_factory=dict)
    endings: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    phrases: tuple[tuple[re.Pattern[str], str], ...] = ()
    phrases_any: re.Pattern[str] = _NOTHING_RE
    # Cyrillic and Greek letters -> the Latin letters of the medical word they transcribe (str.translate
    # table), the Greek pairs read first ("ου" -> "u"), and letters read a second way ("г" -> "h").
    latin_letters: dict[int, str] = field(default_factory=dict)
    latin_pairs: tuple[tuple[str, str], ...] = ()
    latin_alternatives: dict[int, str] = field(default_factory=dict)

    def read(self, tokens: Iterable[str]) -> str:
        """Cleaned words of a name -> English where read, the others as they are; then the phrases."""
        if self.run_words:
            tokens = [word for token in tokens for word in self.cut(token)]
        tokens = list(tokens)
        completed: list[str] = []
        if tokens and self.word(tokens[-1]) is None:
            # A cut word may have been cut again into a known word and the rest ("テストステ": "テスト"
            # "ステ"): the last words joined, the most first.
            for first in range(max(0, len(tokens) - 3), len(tokens)):
                english = self.completed("".join(tokens[first:]))
                if english is not None:
                    tokens, completed = tokens[:first], [english]
                    break
        read = [english if (english := self.word(token)) is not None else token for token in tokens]
        text = " ".join(" ".join(read + completed).split())
        if self.phrases_any.search(text):
            for pattern, replacement in self.phrases:
                text = pattern.sub(replacement, text)
        return text

    def word(self, token: str) -> str | None:
        """The English of one word: as written, without an Arabic prefix ("ال", "وال"), or by its stem."""
        english = self.translations.get(token)
        if english is not None or token.isascii():
            return english
        if self.lookalikes and any(char.isdigit() for char in token):
            latin = token.translate(self.lookalikes)
            if latin.isascii():
                return latin
        for prefix in self.prefixes:
            if token.startswith(prefix) and len(token) - len(prefix) >= 2:
                english = self.translations.get(token[len(prefix) :])
                if english is not None:
                    return english
        return self.stems.get(stem(token, self.endings))

    def completed(self, token: str) -> str | None:
        """The English of a katakana word a print field cut at the name's end ("カルシノエンブ"; "ﾐｵｸﾞﾛﾋ", cut
        between a half-width letter and its voicing mark), when every known word it begins reads the same;
        else None."""
        if len(token) < _MIN_CUT or not self.katakana_words or not _KATAKANA_RE.fullmatch(token):
            return None
        # A half-width voiced letter is two characters ("ﾋﾞ"): the cut may leave the letter without its mark.
        spellings = {token}
        if token[-1] in _VOICED:
            spellings |= {token[:-1] + chr(ord(token[-1]) + shift) for shift in _VOICED[token[-1]]}
        found: set[str] = set()
        for spelling in spellings:
            at = bisect.bisect_right(self.katakana_words, spelling)
            while at < len(self.katakana_words) and self.katakana_words[at].startswith(spelling):
                found.add(self.translations[self.katakana_words[at]])
                at += 1
        return found.pop() if len(found) == 1 else None

    def transcriptions(self, token: str) -> list[str]:
        """A Cyrillic or Greek word written in Latin letters as the medical word it transcribes
        ("остеокальцин" -> "osteokalcin", "προγεστερόνη" -> "progesterone"): as written, then without its
        case ending, each also with the letters read a second way ("гомоцистеин" -> "homocistein"). None for
        a word with a letter the table lacks (another script, a digit)."""
        spellings = [token]
        cut = stem(token, self.endings)
        if cut != token:
            spellings.append(cut)
        found: list[str] = []
        for spelling in spellings:
            for before, after in self.latin_pairs:
                spelling = spelling.replace(before, after)
            for read in (spelling, spelling.translate(self.latin_alternatives)):
                latin = read.translate(self.latin_letters)
                if latin.isascii() and latin.isalpha() and latin not in found:
                    found.append(latin)
        return found

    def cut(self, token: str) -> list[str]:
        """A token cut into words: each run of Chinese, Japanese or Korean into the longest known words,
        from the left (what lies between them stays one word); letters glued on ("c反应蛋白") apart."""
        if not _HAS_UNSPACED_RE.search(token):
            return [token]
        words: list[str] = []
        for run in _UNSPACED_RUN_RE.findall(token):
            if not _HAS_UNSPACED_RE.match(run):
                words.append(run)
                continue
            start, unknown = 0, ""
            while start < len(run):
                for end in range(min(len(run), start + self.longest_run_word), start, -1):
                    if run[start:end] in self.run_words:
                        if unknown:
                            words.append(unknown)
                            unknown = ""
                        words.append(run[start:end])
                        start = end
                        break
                else:
                    unknown += run[start]
                    start += 1
            if unknown:
                words.append(unknown)
        return words


NO_SCRIPT_WORDS = ScriptWords()


def stem(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def _words(table: object) -> list[str]:
    words = table.get("words") if isinstance(table, dict) else None
    if not isinstance(words, str):
        raise ScriptWordsError(f"expected a table with 'words', got {table!r}")
    return words.split()


def parse_script_words(
    text: str,
    clean: Callable[[str, dict[int, str]], str],
    fold: Callable[[str, dict[int, str]], str],
    latin_words: frozenset[str] = frozenset(),
) -> ScriptWords:
    """scripts.toml's words, each key read as `clean` reads a name (lowercase, accents stripped, letters
    folded), so that a key written as a lab prints it matches; endings and transliterated letters are only
    folded (`fold`: no word is read). A key written twice (in two spellings that read as one) or that is no
    single word of another script fails."""
    data = tomllib.loads(text)
    letters_table = data["letters"]
    if not all(len(letter) == 1 for letter in letters_table):
        raise ScriptWordsError("scripts.toml [letters]: one letter -> its folded form")
    letters = str.maketrans(letters_table)

    def read_as_name(written: str) -> str:
        return clean(written, letters).strip()

    # Endings are folded as words are ("ий" is "ии" once its breve is stripped), letter by letter only: read
    # as a name, the Greek ending "α" alone would be the word "alpha", and no word would lose it.
    endings = tuple(
        sorted({fold(ending, letters) for ending in _words(data["endings"])}, key=len, reverse=True)
    )
    prefixes = tuple(sorted(_words(data["prefixes"]), key=len, reverse=True))
    translations: dict[str, str] = {}
    for written, english in data["translations"].items():
        key = read_as_name(written)
        if not key or " " in key or key.isascii():
            raise ScriptWordsError(f"scripts.toml: {written!r} is not one word of another script")
        if translations.get(key, english) != english or key in latin_words:
            raise ScriptWordsError(f"scripts.toml: {written!r} is translated twice")
        translations[key] = english
    stems: dict[str, str] = {}
    ambiguous: set[str] = set()
    for key, english in translations.items():
        if not _HAS_UNSPACED_RE.search(key):
            key_stem = stem(key, endings)
            if stems.get(key_stem, english) != english:
                ambiguous.add(key_stem)
            stems[key_stem] = english
    run_words = frozenset(key for key in translations if _HAS_UNSPACED_RE.search(key))
    # Acronyms spelt by their letters' names ("h d l"), longest first ("v l d l" before "l d l"); then
    # the phrases.
    spelt = sorted(_words(data.get("spelt_acronyms", {"words": ""})), key=len, reverse=True)
    phrases = tuple((re.compile(rf"\b{' '.join(acronym)}\b"), acronym) for acronym in spelt) + tuple(
        (re.compile(pattern), english) for pattern, english in data["phrases"].items()
    )
    return ScriptWords(
        letters=letters,
        lookalikes=str.maketrans(data["lookalikes"]),
        translations=translations,
        run_words=run_words,
        longest_run_word=max(map(len, run_words), default=0),
        katakana_words=tuple(sorted(key for key in run_words if _KATAKANA_RE.fullmatch(key))),
        # A stem two words of different meaning share ("ουρ" of urine and urea) reads neither.
        stems={key_stem: english for key_stem, english in stems.items() if key_stem not in ambiguous},
        endings=endings,
        prefixes=prefixes,
        phrases=phrases,
        phrases_any=any_rule(phrases),
        latin_letters=_latin_table(data.get("transliteration", {}), letters, fold),
        latin_pairs=tuple(
            (fold(pair, letters), latin) for pair, latin in data.get("transliteration_pairs", {}).items()
        ),
        latin_alternatives=_latin_table(data.get("transliteration_alternatives", {}), letters, fold),
    )


def _latin_table(
    table: dict[str, str], letters: dict[int, str], fold: Callable[[str, dict[int, str]], str]
) -> dict[int, str]:
    folded = {fold(letter, letters): latin for letter, latin in table.items()}
    if not all(len(letter) == 1 and latin.isascii() for letter, latin in folded.items()):
        raise ScriptWordsError("scripts.toml [transliteration]: one letter -> Latin letters")
    return str.maketrans(folded)
