"""The analyst review app: a FastAPI app of server-rendered pages over the case store.

Builds on ``store`` and ``models`` only (never the pipeline or extractors). ``webapp.app.create_app``
makes the app; ``webapp.commands`` holds the ``denials review`` and ``denials users`` commands.
"""
