"""Small widget helpers the panes share."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def combo(items=(), editable: bool = True) -> QComboBox:
    """A combo box that long entries (organ names) do not make wider than its pane."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    box.setEditable(editable)
    box.addItems(list(items))
    return box
