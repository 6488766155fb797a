"""The document editor: one QTextDocument kept in step with the Resolution model.

``kinds`` says what each block is; ``document`` renders the model into blocks and derives
it back incrementally; ``highlighter`` draws the derived italics and the findings'
underlines; ``editor`` is the widget (labels in the gutter, keyboard commands);
``commands`` are the structural edits; ``completion`` proposes opening phrases;
``footnotes`` are the inline footnote marks; ``history`` is the one undo stack.
"""
