"""The panes around the editor: issues, masthead form, footnotes, outline, find and replace."""
