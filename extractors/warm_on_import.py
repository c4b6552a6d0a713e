"""Importing this module warms the extractor up (extractors.warm): for a fork server's preload."""
from extractors.warm import warm_up

warm_up()
