"""Event coding: which Indonesian words signal which PLOVER act (``predicates``), who the actors
are (``actors``), whether a sentence asserts the act it names (``assertion``: negation, modality,
requests, clauses) and criticism or praise told by a word of judgement (``criticism``); the stage
that reads sentences with them is ``warta.stages.events``."""
