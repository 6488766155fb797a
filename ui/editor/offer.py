"""The quiet offer under the text after the last preambular paragraph: start the operative part?"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class OfferBar(QFrame):
    """A quiet offer under the text: "Start the operative part here?" (Ctrl+Enter)."""

    def __init__(self, parent, accept, dismiss):
        super().__init__(parent)
        self.setObjectName("offerBar")
        self.setAccessibleName("Offer: start the operative part")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel("End of the preamble? Make this paragraph operative paragraph 1.")
        yes = QPushButton("Start operative part (Ctrl+Enter)")
        yes.setAccessibleName("Start the operative part")
        yes.clicked.connect(accept)
        no = QPushButton("Keep in preamble")
        no.setAccessibleName("Keep the paragraph in the preamble")
        no.clicked.connect(dismiss)
        for w in (yes, no):
            w.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.label, 1)
        layout.addWidget(yes)
        layout.addWidget(no)
        self.hide()
