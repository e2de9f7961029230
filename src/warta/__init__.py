"""Warta: raw Indonesian news in, structured, searchable, auditable data out.

Python use::

    import warta
    article = warta.process(open("samples/viva-2015-rusia-isis.txt").read())
    print(article.title, article.outlet, article.text)
"""

from warta.model import Article
from warta.pipeline import Pipeline, process

__version__ = "0.1.0"
__all__ = ["Article", "Pipeline", "process", "__version__"]
