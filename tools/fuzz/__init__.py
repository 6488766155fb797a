"""A mutation fuzzer for Resolute's readers, rules, exporters and command line.

``python -m tools.fuzz`` runs a campaign: it mutates seed files (the test corpus, the
official PDFs, Resolute's own exports and generated documents) in text, PDF, .docx and
.unres, runs each case through every stage in a forked worker with a memory cap and a
timeout, groups failures by site and saves each new one, minimized, as a regression input.
"""
