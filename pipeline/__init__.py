"""The orchestration-free core: intake (sniff, hash, limits) -> page text (text layer / OCR) -> extraction.

Public entry points:
    pipeline.process.process_file(path, settings, ocr=None) -> models.ProcessedDocument
    pipeline.batch.process_paths(paths, settings) -> Iterator[models.ProcessedDocument]
No Prefect here; flows/ wraps these.
"""
