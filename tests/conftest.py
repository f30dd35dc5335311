"""Session-wide test settings."""

from __future__ import annotations

import os


def pytest_report_header() -> str:
    uri = os.environ.get("CKG_NEO4J_URI")
    return f"neo4j contract run: on {uri}" if uri else "neo4j contract run: skipped (CKG_NEO4J_URI is not set)"
