"""Shared test fixtures: one real spaCy extractor for the whole session (loading
the pipeline takes seconds, and extraction does not change it)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def extractor():
    from artistgraph.loaders.extract import Extractor

    return Extractor()
