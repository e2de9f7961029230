"""Near-duplicate detection: MinHash over word shingles, LSH banding kept in the store.

Signatures come from datasketch's :class:`~datasketch.MinHash` (word 3-shingles of the clean body,
lower-cased). The LSH index is datasketch's banding scheme -- the same (bands, rows) that
``MinHashLSH(threshold, num_perm)`` picks -- but its buckets live in the SQLite table ``lsh``
instead of a Python dict, so the index survives restarts, is written in the same transaction as
the article, and costs no memory that grows with the corpus. Candidates from the buckets are
confirmed by the estimated Jaccard similarity of the full signatures.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

NUM_PERM = 128
THRESHOLD = 0.7     # estimated Jaccard of word 3-shingles at or above which two bodies are one story
SHINGLE = 3
SEED = 1
SCHEME = "affine32"  # datasketch 2 default; stored signatures are only comparable within one scheme

_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _template() -> MinHash:
    # Generating the permutations is the costly part of a MinHash; share them.
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)


@lru_cache(maxsize=4)
def bands(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(number of bands, rows per band), as datasketch's MinHashLSH chooses them."""
    return _optimal_param(threshold, num_perm, 0.5, 0.5)


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> bytes | None:
    """The MinHash signature of a body (NUM_PERM little-endian uint32), or None for an empty body."""
    grams = shingles(text)
    if not grams:
        return None
    template = _template()
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=template.permutations)
    m.update_batch(list(grams))
    return m.hashvalues.astype("<u4").tobytes()


def band_keys(sig: bytes) -> list[tuple[int, int]]:
    """The LSH bucket of each band: (band number, signed 64-bit key)."""
    b, r = bands()
    width = 4 * r
    return [(i, int.from_bytes(hashlib.blake2b(sig[i * width:(i + 1) * width], digest_size=8).digest(),
                               "little", signed=True))
            for i in range(b)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the two bodies' shingle sets."""
    return float(np.mean(np.frombuffer(a, dtype="<u4") == np.frombuffer(b, dtype="<u4")))
