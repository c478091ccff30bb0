"""Type stubs of the extension module (re-exported by ``nutgraf``)."""

from typing import Iterable, Literal, TypedDict

__version__: str
DEFAULT_SENTENCES: int
"""Summary sentences when none of ``sentences``, ``words``, ``ratio`` is given (3)."""
DEFAULT_KEYWORDS: int
"""Keywords returned when ``keywords`` is not given (10)."""
DEFAULT_MAX_INPUT_BYTES: int
"""Largest text accepted, in bytes of UTF-8 (32 MiB)."""

ErrorCode = Literal[
    "EMPTY_INPUT",
    "INPUT_TOO_LARGE",
    "BINARY_INPUT",
    "INVALID_INPUT",
    "INVALID_OPTIONS",
    "INTERNAL",
]

class NutgrafError(ValueError):
    """A failure with a stable ``code``, the same codes as the JS package:
    ``EMPTY_INPUT`` (no sentence), ``INPUT_TOO_LARGE`` (over 32 MiB),
    ``BINARY_INPUT``, ``INVALID_INPUT`` (not a ``str``, or a lone
    surrogate), ``INVALID_OPTIONS`` (a bad value or type, or more than one
    of ``sentences``/``words``/``ratio``), ``INTERNAL`` (a bug)."""

    code: ErrorCode

class Sentence(TypedDict):
    index: int
    """Position among all sentences of the document."""
    text: str
    """Exactly ``text[start:end]``."""
    start: int
    """Python string index (code points) of the first character."""
    end: int
    """Index just past the last character."""
    score: float

class Mention(TypedDict):
    start: int
    end: int

class Entity(TypedDict):
    text: str
    kind: Literal["person", "place", "organization", "date", "amount", "other"]
    count: int
    score: float
    mentions: list[Mention]
    """Every mention, in document order (string indices)."""

class Keyword(TypedDict):
    text: str
    score: float

class Stats(TypedDict):
    sentences: int
    words: int
    furniture: int
    summaryWords: int

class Summary(TypedDict):
    """The result shape of the JS package (same keys, camelCase)."""

    language: str
    title: str | None
    sentences: list[Sentence]
    """The summary, in document order."""
    entities: list[Entity]
    """Every entity of the document, most salient first."""
    keywords: list[Keyword]
    stats: Stats

class ErrorDetail(TypedDict):
    code: ErrorCode
    message: str

class ItemError(TypedDict):
    """One failed item of ``summarize_many``."""

    error: ErrorDetail

def summarize(
    text: str,
    sentences: int | None = None,
    words: int | None = None,
    ratio: float | None = None,
    language: str | None = "auto",
    title: str | None = None,
    clean: bool | None = True,
    keywords: int | None = 10,
) -> Summary:
    """Summarizes ``text``.

    Length: at most one of ``sentences`` (at least 1), ``words`` (the best
    sentences within that many words, at least one sentence) and ``ratio``
    (``0 < ratio <= 1`` of the sentences); with none of them, 3 sentences.
    ``language``: an ISO 639-1 code from ``languages()`` or ``"auto"``.
    ``title``: the article's title if known (else a headline on the first
    line is used). ``clean``: drop page furniture first. ``keywords``: how
    many keywords (0 for none). ``None`` is the default for every option.

    The GIL is released while the core runs. Raises ``NutgrafError``.
    """

def summarize_many(
    texts: Iterable[str],
    sentences: int | None = None,
    words: int | None = None,
    ratio: float | None = None,
    language: str | None = "auto",
    title: str | None = None,
    clean: bool | None = True,
    keywords: int | None = 10,
    jobs: int | None = None,
) -> list[Summary | ItemError]:
    """Summarizes every text with the same options, on ``jobs`` threads
    (``None``: one per core) with the GIL released, and returns the results
    in the order of ``texts``. A text that fails (empty, not a ``str``…)
    gives ``{"error": {"code": ..., "message": ...}}`` in its place, as the
    CLI's ``--batch`` does; the others go on. Bad options, bad ``jobs``, or
    ``texts`` not being an iterable raise ``NutgrafError`` at once."""

def languages() -> list[str]:
    """The ISO 639-1 codes ``language`` accepts (besides ``"auto"``)."""
