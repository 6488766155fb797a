"""Amendments to a draft: write one from two versions, read the official forms, apply one.

* ``writer.write_instructions(base, new) -> [Instruction]``: the instructions that turn
  BASE into NEW, in the smallest natural units, in the order of official amendments;
* ``instructions``: the instruction types and their official wording, both ways
  (``format_instruction``, ``parse_instructions``);
* ``apply.apply_instructions(base, instructions) -> Resolution``: the draft as amended,
  or an ``ApplyError`` naming the instruction that cannot be applied and why;
* ``document``: the amendment as a document (masthead, submission line, title,
  instructions) and the instructions read back from one.

Paragraph references always count the paragraphs of the draft as tabled, as official
amendments do: "operative paragraph 5" is the fifth of the base, whatever other
instructions insert or delete.
"""
