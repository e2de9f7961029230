"""Event coding: which Indonesian words signal which PLOVER act (``predicates``), who the actors
are (``actors``), whether a sentence asserts the act it names (``assertion``: negation, modality,
requests, clauses) and criticism told by a harsh word (``criticism``); the stage that reads
sentences with them is ``warta.stages.events``."""
