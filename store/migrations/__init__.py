"""Alembic migrations of the case store, shipped inside the package and run by
``store.db.upgrade(url)`` / ``denials db upgrade`` (no alembic.ini).

Keep the history linear. To add a revision, write ``versions/NNNN_what.py`` by hand (copy 0001's
header: ``revision = "0002"``, ``down_revision = "0001"``) and the matching ORM class in
``store/schema.py``, named by its ``NAMING`` convention; ``tests/store/test_db.py`` checks that the
migrated database and the models agree on SQLite and PostgreSQL. SQLite runs ALTERs in batch mode
(``op.batch_alter_table``). ``alembic.command.revision(store.db.alembic_config(url), "msg")`` also works.
"""
