"""nutgraf: the gist of any article, from the nutgraf Rust core.

``summarize(text)`` returns the best sentences, every entity with every
mention, and keywords, as a dict with the same keys as the JavaScript
result (see ``_nutgraf.pyi``); offsets are Python string indices.
``summarize_many(texts)`` does a list on every core, in order.
HTML extraction lives in the JavaScript package (it needs a DOM), so there
is no ``summarize_html`` here: extract the text first.
The Spark recipe is ``nutgraf.spark`` (needs pyspark, pandas, pyarrow).
"""

from ._nutgraf import (
    DEFAULT_KEYWORDS,
    DEFAULT_MAX_INPUT_BYTES,
    DEFAULT_SENTENCES,
    NutgrafError,
    __version__,
    languages,
    summarize,
    summarize_many,
)

__all__ = [
    "DEFAULT_KEYWORDS",
    "DEFAULT_MAX_INPUT_BYTES",
    "DEFAULT_SENTENCES",
    "NutgrafError",
    "__version__",
    "languages",
    "summarize",
    "summarize_many",
]
