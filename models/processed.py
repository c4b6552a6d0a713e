"""What processing one file yields: its CaseRecord and, when the file could be read, its page text."""
from __future__ import annotations

from pydantic import BaseModel

from models.case_record import CaseRecord
from models.pages import DocumentText


class ProcessedDocument(BaseModel):
    record: CaseRecord
    text: DocumentText | None = None  # None for failed documents

    @property
    def failed(self) -> bool:
        return self.record.status == "failed"
