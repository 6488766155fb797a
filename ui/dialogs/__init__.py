"""The questions, messages and dialogs the editor puts to the user."""
