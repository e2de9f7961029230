"""Pipeline stages. Each is ``fn(article, settings) -> article`` and can run alone."""
