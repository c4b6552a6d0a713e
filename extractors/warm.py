"""Build the extractor's lazily loaded models (spaCy pipeline, rule matchers, pattern files) by
extracting a made-up letter once per process.

``warm_up()`` is safe to call from many threads (the first call builds, later calls return at
once). The worker pool's fork server imports ``extractors.warm_on_import``, so every worker it
forks starts with the models built (and shares their memory until it writes to it)."""
from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

_TEXT = ("Acme Health Plan. Date: January 2, 2025. We denied the request because it is not medically "
         "necessary. You may appeal within 180 days of the date of this letter.")
_done = False
_lock = threading.Lock()


def warm_up() -> None:
    global _done
    with _lock:
        if _done:
            return
        from extractors import extract_record
        from models.pages import DocumentText, Page

        doc = DocumentText(filename="warm-up.pdf", sha256="0" * 64, kind="pdf",
                           pages=[Page(number=1, text=_TEXT, method="text")])
        try:
            extract_record(doc)
        except Exception as e:  # noqa: BLE001 - the real documents will report it
            log.warning("extractor warm-up failed: %s", type(e).__name__)
        _done = True
