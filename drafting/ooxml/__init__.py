"""Reading Office Open XML (Word) packages: the zip and its XML parts, safely.

``package`` opens the zip with limits and refuses hostile or foreign files with an
InputError; ``styles``, ``numbering`` and ``document`` read what WordprocessingML says
(style names, computed list labels, paragraphs of formatted runs with tracked changes
accepted).  Nothing here knows about resolutions: importers, compare and the
exporter's validity tests share it.
"""
