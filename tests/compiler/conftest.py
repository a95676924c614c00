"""Tests here exercise the compiled code itself: every cluster runs compiled unless a test
asks for the per-signature choice between compiled code and the interpreter."""

import pytest


@pytest.fixture(autouse=True)
def _always_compiled(monkeypatch):
    monkeypatch.setenv("TENSORWEAVE_JIT_CHOICE", "compiled")
