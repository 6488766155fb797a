"""Compare two versions of a resolution: align paragraphs, diff words, report, track changes.

``compare(old, new)`` aligns the two texts (``align``); ``diff_words`` compares the
words of two aligned paragraphs (``words``); ``changes`` describes the differences in
negotiators' terms (``report``); ``tracked_docx`` writes them as Word revisions.
"""
