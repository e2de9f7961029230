"""Server-rendered pages, one module per resource (each exposes ``router``)."""
