"""Event coding: which Indonesian words signal which PLOVER act (``predicates``) and who the
actors are (``actors``); the stage that reads sentences with them is ``warta.stages.events``."""
