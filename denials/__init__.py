"""denials: US health-insurance denial letters in, reviewable CaseRecord v1 records out."""
__version__ = "0.1.0"
