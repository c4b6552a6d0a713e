"""The contract's error codes and one exception class per code.

Modelled on OCRmyPDF's exceptions: one base class carrying its code, a tiny subclass per
failure, foreign errors translated where they happen (``raise EncryptedDocument(...) from e``).
"""
from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    empty_file = "empty_file"
    not_a_document = "not_a_document"
    corrupt = "corrupt"
    encrypted = "encrypted"
    too_large = "too_large"
    no_text = "no_text"
    timeout = "timeout"
    internal = "internal"


class DenialsError(Exception):
    """A document could not be processed. ``message`` tells a person what to do about it."""

    code: ErrorCode = ErrorCode.internal
    retryable: bool = False  # True only where trying again later can succeed

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class EmptyFile(DenialsError):
    code = ErrorCode.empty_file


class NotADocument(DenialsError):
    code = ErrorCode.not_a_document


class CorruptDocument(DenialsError):
    code = ErrorCode.corrupt


class EncryptedDocument(DenialsError):
    code = ErrorCode.encrypted


class TooLarge(DenialsError):
    code = ErrorCode.too_large


class NoText(DenialsError):
    code = ErrorCode.no_text


class DocumentTimeout(DenialsError):
    code = ErrorCode.timeout
    retryable = True


class InternalError(DenialsError):
    code = ErrorCode.internal
    retryable = True
