"""Sentences and tokens fit for Indonesian news text.

Rules, not a trained model: a full stop after a listed abbreviation ("Jl.", "dr.", "No.", "H."),
an initial or a number does not end a sentence; "3,5" and "Rp10.000" stay one token; a sentence
does not end inside an open quotation (a quote and its "kata dia" stay together for the quote
stage). Sentences never cross paragraphs.
"""

from __future__ import annotations

import re

from warta.model import Article, Sentence, Token
from warta.resources import load_wordlist
from warta.settings import Settings

_TOKEN = re.compile(
    r"""
    https?://\S+[\w/]                                  # URL
  | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                       # e-mail
  | (?:[A-Za-z0-9-]+\.)+(?:com|co\.id|id|net|org|go\.id|ac\.id|tv)\b   # domain: VIVA.co.id
  | (?:Rp|US\$|\$)(?=\d)                              # currency glued to an amount: Rp10.000
  | \d+(?:[.,]\d+)+                                    # 3,5  10.000  1.234,56
  | (?:[^\W\d_]\.){2,}                                 # initials: S.H. K.H.
  | [^\W_]+(?:[-'’][^\W_]+)*                            # words, hyphenated words, Jum'at
  | \.\.\.|[^\w\s]                                     # ellipsis, any other symbol
    """,
    re.VERBOSE,
)
_OPENERS = {'"': '"', "“": "”"}


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def _ends_sentence(tokens: list[Token], i: int, abbreviations: frozenset[str]) -> bool:
    tok = tokens[i].text
    if tok not in (".", "!", "?", "..."):
        return False
    if tok == "." and i > 0:
        prev = tokens[i - 1]
        if prev.end == tokens[i].start:
            word = prev.text.lower()
            if word in abbreviations or (len(prev.text) == 1 and prev.text.isalpha()):
                return False
    return True


def split_sentences(text: str, paragraph_start: int,
                    abbreviations: frozenset[str]) -> list[tuple[int, int, list[Token]]]:
    tokens = tokenize(text, paragraph_start)
    spans = _split(tokens, abbreviations, respect_quotes=True)
    if spans is None:  # a quotation left open (it goes on in the next paragraph): split inside it
        spans = _split(tokens, abbreviations, respect_quotes=False)
    return spans


def _split(tokens: list[Token], abbreviations: frozenset[str], respect_quotes: bool):
    spans: list[tuple[int, int, list[Token]]] = []
    begin, i = 0, 0
    closer: str | None = None  # the quote mark that closes the open quotation
    while i < len(tokens):
        tok = tokens[i].text
        if respect_quotes:
            if closer is not None and tok == closer:
                closer = None
                # '... pelaku." Ia menambahkan': a quotation that ends its own sentence
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                if i > 0 and tokens[i - 1].text in (".", "!", "?") and nxt is not None and nxt.text[0].isupper():
                    spans.append((tokens[begin].start, tokens[i].end, tokens[begin:i + 1]))
                    begin = i = i + 1
                    continue
            elif closer is None and tok in _OPENERS:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                # a straight quote opens only where a word follows it directly
                if nxt is not None and nxt.start == tokens[i].end:
                    closer = _OPENERS[tok]
        if closer is None and _ends_sentence(tokens, i, abbreviations):
            j = i + 1
            while j < len(tokens) and tokens[j].text in ('"', "”", "’", "'", ")", ".", "!", "?"):
                j += 1
            nxt = tokens[j] if j < len(tokens) else None
            if nxt is None or nxt.text[0].isupper() or nxt.text[0].isdigit() or nxt.text in _OPENERS:
                spans.append((tokens[begin].start, tokens[j - 1].end, tokens[begin:j]))
                begin = i = j
                continue
        i += 1
    if closer is not None:
        return None
    if begin < len(tokens):
        spans.append((tokens[begin].start, tokens[-1].end, tokens[begin:]))
    return spans


def add_sentences(article: Article, settings: Settings | None = None) -> Article:
    """Stage: fill ``sentences`` (with tokens for later stages) from the paragraphs."""
    abbreviations = load_wordlist("id/abbreviations.txt")
    sentences = []
    for p_index, para in enumerate(article.paragraphs):
        for start, end, tokens in split_sentences(para.text, para.start, abbreviations):
            sentences.append(Sentence.model_construct(text=article.text[start:end], start=start, end=end,
                                                      paragraph=p_index, tokens=tokens))
    article.sentences = sentences
    return article
