"""Shared by the generators in this folder: reading unicode-segmentation's
tables and writing a run table as src/text/unicode_runs.rs decodes it.

A run table lists, for each run of code points with one class, the distance
from the previous run's first code point (unsigned LEB128) and then the
class (one byte); the first run starts at 0. Small distances make it about
half the size of fixed-width entries, gzipped.
"""
import re


def crate_ranges(src, table, prefix):
    """(first, last, category) of a table in unicode-segmentation's tables.rs."""
    start = src.index(f"const {table}")
    body = src[start : src.index("];", start)]
    pattern = r"\('\\u\{([0-9a-f]+)\}',\s*'\\u\{([0-9a-f]+)\}',\s*" + prefix + r"(\w+)\)"
    return [(int(lo, 16), int(hi, 16), cat) for lo, hi, cat in re.findall(pattern, body)]


def unicode_version(src):
    found = re.search(r"UNICODE_VERSION: \(u64, u64, u64\) = \((\d+), (\d+), (\d+)\)", src)
    return ".".join(found.groups())


def runs(classes):
    """[(first code point, class)] of the runs in a list of per-code-point classes."""
    out = []
    for cp, cls in enumerate(classes):
        if not out or out[-1][1] != cls:
            out.append((cp, cls))
    return out


def encode(run_list):
    out = bytearray()
    previous = 0
    for first, cls in run_list:
        delta = first - previous
        previous = first
        while True:
            byte = delta & 0x7F
            delta >>= 7
            out.append(byte | (0x80 if delta else 0))
            if not delta:
                break
        out.append(cls)
    return bytes(out)


def print_table(name, run_list, doc):
    data = encode(run_list)
    print(f"/// {doc}")
    print(f"/// {len(run_list)} runs; see `crate::text::unicode_runs` for the encoding.")
    print("#[rustfmt::skip]")
    print(f"pub(super) static {name}: [u8; {len(data)}] = [")
    for i in range(0, len(data), 16):
        print("    " + ", ".join(str(b) for b in data[i : i + 16]) + ",")
    print("];")
