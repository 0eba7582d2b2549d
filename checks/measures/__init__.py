"""Measures: pure functions from pixels (or file facts) to numbers; no decisions here."""
