"""Opening phrases: the right form for the part, capitals, Model UN forms, adverb placement
(spec PRE-01, PRE-03, PRE-07, OP-02, OP-04, OP-06, OP-07, ANAT-01, §8 Model UN)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import OPERATIVE, PREAMBLE, _with_adverb
from .anatomy import holds_body_line
from .context import Hit, Place
from .registry import ERROR, INFO, SAFE, UNSAFE, WARNING, doc, op, pre, rule, sub
from .scan import matches_from

_FIRST_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_NOT_OPENINGS = {"whereas", "the", "a", "an", "we", "it", "this", "that", "there", "our", "i", "they"}
ADVERB_WORDS = ("also", "further", "furthermore", "additionally")


def first_word(text: str) -> re.Match | None:
    m = _FIRST_WORD.search(text, 0, 80)
    return m if m and not text[:m.start()].strip() else None


def same_case(found: str, replacement: str) -> str:
    """The replacement with the first letter in the case the text had."""
    if found[:1].islower():
        return replacement[:1].lower() + replacement[1:]
    return replacement[:1].upper() + replacement[1:]


def capital_of(letter: str) -> str | None:
    """The capital of a lower-case letter; None for the others, and for those without one ("ª", "𝕒")."""
    if not letter.islower():
        return None
    capital = letter.upper()
    return capital if capital != letter else None


def adverb_first(text: str, part: str, lexicon) -> tuple[int, str, str] | None:
    """“Also recalling …” in the preamble: (end of the words, adverb, phrase) or None."""
    m = first_word(text)
    if m is None or m.group().lower() not in ADVERB_WORDS:
        return None
    rest = text[m.end():]
    found = lexicon.match(rest.lstrip(), part)
    if found is None:
        return None
    offset = m.end() + len(rest) - len(rest.lstrip())
    adverb = "further" if m.group().lower() in ("further", "furthermore", "additionally") else "also"
    return offset + found.end, adverb, found.phrase.base if found.phrase.adverb else found.phrase.text


@rule("RES101", "part-order", parts=("operative",), severity=ERROR,
      message="This paragraph opens with a preambular phrase and ends with a comma: a preambular paragraph "
              "standing in the operative part.",
      rationale="The parts come in a fixed order: body line, preambular paragraphs, operative paragraphs, annexes. "
                "A preambular paragraph after operative paragraph 1 is out of place (or a numbered paragraph lost "
                "its verb).",
      source="ANAT-01; EM-RES §C",
      wrong=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Requests the Secretary-General to "
                 "report;\n\n2. Decides to remain seized of the matter;\n\nBearing in mind the Charter,")],
      right=[op("Requests the Secretary-General to report;")])
def part_order(place: Place, ctx) -> list[Hit]:
    text = place.text.rstrip()
    if not text.endswith(",") or place.match(OPERATIVE, ctx.lexicon):
        return []
    found = place.match(PREAMBLE, ctx.lexicon)
    return [Hit(0, found.end)] if found else []


@rule("RES201", "preambular-opening", parts=("preamble",), severity=ERROR, fix=SAFE,
      message="A preambular paragraph opens with a participle or an adjective (Recalling, Noting, Convinced, "
              "Mindful), not with a finite verb, a noun or “Whereas”.",
      rationale="Preambular paragraphs state the considerations: they open with a present, past or perfect "
                "participle, a participial phrase or an adjective. A finite verb (“Recalls”) belongs to the "
                "operative part; the fix turns it into the participle.",
      source="PRE-01; EM-RES §C",
      wrong=[pre("Recalls its resolution 76/7 of 22 November 2021,",
                 "Recalling its resolution 76/7 of 22 November 2021,"),
             pre("Takes note of the report of the Secretary-General,",
                 "Taking note of the report of the Secretary-General,"),
             pre("Whereas trafficking in persons is a crime,")],
      right=[pre("Recalling its resolution 76/7 of 22 November 2021,"), pre("Mindful of its obligations,")])
def preambular_opening(place: Place, ctx) -> list[Hit]:
    text, lex = place.text, ctx.lexicon
    if not text.strip() or place.match(PREAMBLE, lex) or adverb_first(text, PREAMBLE, lex):
        return []
    found = place.match(OPERATIVE, lex)
    if found is not None:
        target = lex.convert(found.phrase.text, PREAMBLE)
        if target is None:
            return [Hit(0, found.end, f"“{found.text}” is an operative verb; a preambular paragraph opens with a "
                                      "participle or an adjective")]
        target = same_case(found.text, target)
        known = lex.lookup(target, PREAMBLE) is not None
        return [Hit(0, found.end, f"“{found.text}” is an operative verb; in the preamble write “{target}”",
                    replacement=target, safe=known)]
    word = first_word(text)
    if word is not None and word.group().lower() in _NOT_OPENINGS or text.lstrip()[:1].isdigit():
        what = word.group() if word else text.split()[0]
        return [Hit(0, word.end() if word else len(what), f"“{what}” cannot open a preambular paragraph; use a "
                                                         "participle or an adjective (Recalling, Noting, Mindful)")]
    return []


def _operative_candidates(word: str) -> list[str]:
    """Decide → Decides, Decided → Decides, Requested → Requests, Urge → Urges."""
    low = word.lower()
    out = [word + "s", word + "es"]
    if low.endswith("ed"):
        out += [word[:-1] + "s", word[:-2] + "s", word[:-3] + "s" if len(word) > 4 and word[-3] == word[-4] else ""]
    return [c for c in out if c]


@rule("RES202", "operative-opening", parts=("operative",), severity=ERROR, fix=SAFE,
      message="An operative paragraph opens with a verb in the present tense, third person singular (Decides, "
              "Requests, Calls upon), not with a participle, an infinitive or a subject.",
      rationale="Each operative paragraph is an action of the organ named in the body line: “The General Assembly, "
                "… 1. Decides …”. A participle (“Urging”) belongs to the preamble; the fix turns it into the verb.",
      source="OP-02; EM-RES §C; EX",
      wrong=[op("Urging States to ratify the Protocol;", "Urges States to ratify the Protocol;"),
             op("Decide to remain seized of the matter;", "Decides to remain seized of the matter;"),
             op("We urge States to ratify the Protocol;")],
      right=[op("Urges States to ratify the Protocol;"), op("Also calls upon States to act;"),
             doc("The General Assembly, taking note of the application of Côte d’Ivoire for membership in the "
                 "Committee on the Peaceful Uses of Outer Space, decides to appoint Côte d’Ivoire as a member of the "
                 "Committee.")])
def operative_opening(place: Place, ctx) -> list[Hit]:
    if place.position[1] and holds_body_line(place.text, ctx.pack.body_line):
        return []  # the only paragraph: a decision in one sentence, which opens with the body line
    hit = operative_problem(place, ctx.lexicon)
    return [hit] if hit else []


def operative_problem(place: Place, lex) -> Hit | None:
    """What is wrong with an operative paragraph's opening, or None when it is a listed phrase."""
    text = place.text
    if not text.strip() or place.match(OPERATIVE, lex):
        return None
    found = place.match(PREAMBLE, lex)
    if found is not None:
        if text.rstrip().endswith(","):
            return None  # RES101: a preambular paragraph out of place
        target = lex.convert(found.phrase.text, OPERATIVE)
        if target is None:
            return Hit(0, found.end, f"“{found.text}” is a preambular phrase; an operative paragraph opens with a "
                                     "verb such as “Decides” or “Requests”")
        target = same_case(found.text, target)
        return Hit(0, found.end, f"“{found.text}” is a preambular form; in the operative part write “{target}”",
                   replacement=target, safe=lex.lookup(target, OPERATIVE) is not None)
    word = first_word(text)
    if word is None:
        return None
    w = word.group()
    if w.lower() == "to":
        rest = first_word(text[word.end():].lstrip())
        if rest is not None:
            for candidate in _operative_candidates(rest.group()):
                if lex.lookup(candidate, OPERATIVE):
                    end = word.end() + (len(text[word.end():]) - len(text[word.end():].lstrip())) + rest.end()
                    target = same_case(w, candidate)
                    return Hit(0, end, f"“{text[:end]}”: write “{target}”", replacement=target)
    if w.lower().endswith("ing"):
        target = lex.convert(w, OPERATIVE)
        if target and lex.match(target + text[word.end():], OPERATIVE):  # “Calling upon” → “Calls upon”
            target = same_case(w, target)
            return Hit(0, word.end(), f"“{w}” is a participle; in the operative part write “{target}”",
                       replacement=target)
    for candidate in _operative_candidates(w):
        if lex.lookup(candidate, OPERATIVE):
            return Hit(0, word.end(), f"“{w}”: an operative paragraph opens with “{candidate}”", replacement=candidate)
    if w.lower() in _NOT_OPENINGS:
        return Hit(0, word.end(), f"“{w}”: an operative paragraph opens with the organ's verb (“Urges”), "
                                  "not with a subject or an article")
    return None


@lru_cache(maxsize=2)
def _listed_heads(lexicon, part: str) -> frozenset[str]:
    """The first words of the UN phrases of a part (Model UN forms left out), lower case."""
    return frozenset(p.base.split()[0].lower() for p in lexicon.phrases(part)
                     if p.tier not in ("mun-only", "mun-listed", "legacy"))


@rule("RES203", "unlisted-opening", parts=("preamble", "operative"), severity=INFO, confidence="L",
      message="This opening is not in Resolute's phrase lists; check its form and spelling.",
      rationale="The phrase lists hold the openings attested in UN resolutions and the common ones. An opening "
                "outside them may be right (the lists are not complete) but is often a typing error or a "
                "Model UN invention.",
      source="PRE-01, OP-02; resources/lexicon",
      wrong=[pre("Appreciatively noting the report,")],
      right=[pre("Noting with appreciation the report,")])
def unlisted_opening(place: Place, ctx) -> list[Hit]:
    text, lex = place.text, ctx.lexicon
    part, other = (PREAMBLE, OPERATIVE) if place.kind == "preamble" else (OPERATIVE, PREAMBLE)
    if not text.strip() or place.match(part, lex) or place.match(other, lex):
        return []
    if adverb_first(text, part, lex):
        return []
    word = first_word(text)
    if word is None or word.group().lower() in _NOT_OPENINGS or word.group().lower() == "to":
        return []
    if place.kind == "operative" and operative_problem(place, lex) is not None:
        return []
    if word.group().lower() in _listed_heads(lex, part):
        return []  # a listed head in its right form (“Expresses support”, “Remains concerned”): nothing to check
    return [Hit(0, word.end(), f"“{word.group()}” opens no listed {'preambular' if part == PREAMBLE else 'operative'} "
                               "phrase; check the form")]


@rule("RES204", "opening-capital", parts=("preamble", "operative"), severity=ERROR, fix=SAFE,
      message="The opening phrase starts with a capital letter, and only its first word is capitalized.",
      rationale="Each paragraph begins with a capital; the rest of the phrase is lower case "
                "(“Taking note also of”, not “Taking Note Also of”).",
      source="PRE-03; EM-CAP; EX",
      wrong=[pre("recalling its resolution 76/7 of 22 November 2021,",
                 "Recalling its resolution 76/7 of 22 November 2021,"),
             pre("Taking Note Also of the report,", "Taking note also of the report,"),
             op("urges States to act;", "Urges States to act;")],
      right=[pre("Recalling its resolution 76/7,"), op("Calls upon States to act;")])
def opening_capital(place: Place, ctx) -> list[Hit]:
    text = place.text
    if not text[:1].isalpha():
        return []
    found = place.match(PREAMBLE if place.kind == "preamble" else OPERATIVE, ctx.lexicon)
    if found is not None:
        right = found.phrase.text[:1].upper() + found.phrase.text[1:]
        if found.text != right and found.text.lower() == right.lower():
            return [Hit(0, found.end, f"“{found.text}”: write “{right}”", replacement=right)]
        return []
    capital = capital_of(text[0])
    if capital is not None:
        return [Hit(0, 1, "a paragraph begins with a capital letter", replacement=capital)]
    return []


@rule("RES205", "model-un-phrase", parts=("preamble", "operative"), severity=WARNING, confidence="M",
      message="A Model UN phrase that UN resolutions do not use.",
      rationale="Model UN phrase lists carry invented or archaic openings (“Fully alarmed”, “Noting with zest”, "
                "“Hopes”, “Asks”) that are absent from modern UN texts.",
      source="§8 Model UN; MUN lists; resources/lexicon (mun-only)",
      wrong=[pre("Fully alarmed by the situation,"), op("Hopes that States will act;")],
      right=[pre("Alarmed by the situation,")])
def model_un_phrase(place: Place, ctx) -> list[Hit]:
    found = place.match(PREAMBLE if place.kind == "preamble" else OPERATIVE, ctx.lexicon)
    if found is None or found.phrase.tier != "mun-only" or found.phrase.adverb:
        return []
    return [Hit(0, found.end, f"“{found.text}” is a Model UN phrase; UN resolutions use a listed phrase instead")]


@rule("RES206", "preamble-adverb", parts=("preamble",), severity=ERROR, fix=SAFE,
      message="In the preamble the repetition adverb follows the participle: “Recalling also”, “Recalling further”, "
              "not “Also recalling” or “Further recalling”.",
      rationale="Preambular repeats put “also” and “further” after the participle phrase (and before its object "
                "preposition: “Taking note also of”); adverb-first forms are Model UN habits.",
      source="PRE-06; §8 Model UN; EX, A/RES/73/341, A/RES/60/251",
      wrong=[pre("Further recalling its resolution 76/7,", "Recalling further its resolution 76/7,"),
             pre("Also taking note of the report,", "Taking note also of the report,")],
      right=[pre("Recalling further its resolution 76/7,")])
def preamble_adverb(place: Place, ctx) -> list[Hit]:
    found = adverb_first(place.text, PREAMBLE, ctx.lexicon)
    if found is None:
        return []
    end, adverb, phrase = found
    target = same_case(place.text, _with_adverb(phrase, PREAMBLE, adverb))
    return [Hit(0, end, f"“{place.text[:end]}”: in the preamble write “{target}”", replacement=target)]


# After “Encourages further”, a lower-case word other than an article, pronoun or particle starts an object that
# “further” qualifies (“further efforts”, “further use”): all 15 verb-first “further” of 150 official GA resolutions
_QUALIFIED_OBJECT = re.compile(r" (?!(?:the|a|an|its|their|his|her|this|these|those|all|any|each|every|to|that|"
                               r"upon|on|in|with|by|for|of|and|also)\b)[a-z]")


@rule("RES207", "operative-adverb", parts=("operative",), severity=INFO, fix=UNSAFE, confidence="M",
      message="Current practice puts the repetition adverb before the operative verb: “Also decides”, "
              "not “Decides also”.",
      rationale="Older General Assembly texts placed the adverb after the verb (A/RES/60/251: “Decides also”); "
                "drafts since about 2020 put it first (EX: “Also calls upon”; A/RES/ES-11/1: “Also demands”). "
                "The older form is accepted, with a suggestion.",
      source="OP-04; EX; R-60/251",
      wrong=[op("Decides also to continue its consideration of the question;",
                "Also decides to continue its consideration of the question;")],
      right=[op("Also decides to continue its consideration of the question;")])
def operative_adverb(place: Place, ctx) -> list[Hit]:
    found = place.match(OPERATIVE, ctx.lexicon)
    if found is None or found.phrase.tier != "legacy" or not found.phrase.adverb:
        return []
    if found.phrase.adverb == "further" and _QUALIFIED_OBJECT.match(place.text, found.end):
        return []  # “Encourages further efforts”: “further” qualifies the object, it is no repetition adverb
    target = _with_adverb(found.phrase.base, OPERATIVE, found.phrase.adverb)
    return [Hit(0, found.end, f"“{found.text}”: current practice writes “{target}”", replacement=target)]


@rule("RES214", "subparagraph-capital", parts=("subparagraph",), severity=ERROR, fix=SAFE,
      message="A subparagraph begins with a capital letter.",
      rationale="The first word of a subparagraph is capitalized: “(a) Implement …”; Model UN sub-clauses are "
                "often lower case.",
      source="OP-07; EM-CAP; EX",
      wrong=[sub("implement an analytical process;", "Implement an analytical process;")],
      right=[sub("Implement an analytical process;")])
def subparagraph_capital(place: Place, ctx) -> list[Hit]:
    text = place.text.lstrip("“‘\"(")
    i = len(place.text) - len(text)
    capital = capital_of(text[:1])
    if capital is not None:
        return [Hit(i, i + 1, replacement=capital)]
    return []


@lru_cache(maxsize=1)
def _operative_heads(lexicon) -> tuple[frozenset, dict[str, str]]:
    """The first words of the operative phrases (not the adverbs), lower case, and {“requests”: “Requests”}."""
    heads = {p.text.split()[0].lower() for p in lexicon.phrases(OPERATIVE)} - set(ADVERB_WORDS) - {"strongly"}
    return frozenset(heads), {h: h.capitalize() for h in heads}


_INTERNAL_CAPITAL = re.compile(r"[,;] (?:and )?([A-Z][a-z]+s)\b")


@rule("RES216", "internal-verb-capital", parts=("operative",), severity=ERROR, fix=SAFE,
      message="Further decisions inside an operative paragraph are lower case: “…, and requests …”.",
      rationale="Only the opening verb is capitalized (and italic); the verbs of further decisions in the same "
                "paragraph are roman and lower case, separated by commas.",
      source="OP-03, OP-06; EX para. 8; EM-PUNCT",
      wrong=[op("Welcomes the report, and Requests the Secretary-General to act;",
                "Welcomes the report, and requests the Secretary-General to act;")],
      right=[op("Welcomes the report, and requests the Secretary-General to act;")])
def internal_verb_capital(place: Place, ctx) -> list[Hit]:
    text = place.text
    heads, capitalized = _operative_heads(ctx.lexicon)
    if not any(text.find(capitalized[w], 1) > 0 for w in heads.intersection(place.words)):
        return []
    out = []
    for m in _INTERNAL_CAPITAL.finditer(text):
        word = m.group(1)
        if ctx.lexicon.match(text[m.start(1):], OPERATIVE):
            out.append(Hit(m.start(1), m.start(1) + 1, f"“{word}” inside the paragraph is lower case",
                           replacement=word[0].lower()))
    return out


_REFERENCE_WORDS = re.compile(r"\b(?:resolutions?|decisions?|Charter|Declaration|Convention|Covenant|Protocol|"
                              r"Agreement|Agenda|Programme of Action|Platform for Action|Statute|commitments?|"
                              r"Principles|Plan of Action|Framework)\b")


@rule("RES217", "reaffirm-reference", words=("reaffirming", "reaffirms"), parts=("preamble", "operative"),
      severity=INFO, confidence="L", default_on=False,  # official GA resolutions reaffirm without a citation
      message="“Reaffirming”/“Reaffirms” repeats something the organ said before; cite what it reaffirms, or use "
              "“Affirming”, “Stressing” or “Emphasizing”.",
      rationale="Editors ask sponsors for another verb when nothing earlier is reaffirmed.",
      source="PRE-07 (unattributed excerpt of UN editing guidance)",
      wrong=[pre("Reaffirming that terrorism cannot be associated with any religion,")],
      right=[pre("Reaffirming its resolution 76/7 of 22 November 2021,")])
def reaffirm_reference(place: Place, ctx) -> list[Hit]:
    text = place.text
    if not text.lower().startswith(("reaffirming", "reaffirms", "also reaffirms", "further reaffirms")):
        return []
    if _REFERENCE_WORDS.search(text):
        return []
    first = first_word(text)
    return [Hit(0, len(first.group()))] if first is not None else []


@rule("RES218", "own-resolutions", words=("resolution", "resolutions", "decision", "decisions"), parts=("preamble",
      "operative"), severity=INFO, confidence="M",
      message="An organ cites its own texts with “its”: “its resolution 76/7”, not “General Assembly resolution 76/7”.",
      rationale="References to the organ's own resolutions use “its”; another organ is named. Real texts name the "
                "organ inside paragraphs and in lists that mix organs, so only the citation right after the opening "
                "phrase is looked at, and it is only a hint.",
      source="PRE-07; EX (“its resolutions 5/2 … and its decisions 2/3”)",
      wrong=[pre("Recalling General Assembly resolution 76/7 of 22 November 2021,")],
      right=[pre("Recalling its resolution 76/7 of 22 November 2021,")])
def own_resolutions(place: Place, ctx) -> list[Hit]:
    organ = ctx.pack.organ
    if not organ or organ + " resolution" not in place.text and organ + " decision" not in place.text:
        return []
    # Only the citation that is the opening's object ("Recalling General Assembly resolution 70/1"): inside the
    # paragraph, official GA texts name the Assembly where other bodies' texts stand near (150 resolutions).
    found = place.match(PREAMBLE if place.kind == "preamble" else OPERATIVE, ctx.lexicon)
    if found is None:
        return []
    m = re.compile(re.escape(organ) + r" (resolutions?|decisions?)\b").match(place.text, found.end + 1)
    if m is None:
        return []
    return [Hit(m.start(), m.end(), f"“{m.group()}”: the {organ} cites its own texts as “its {m.group(1)}”")]


_SEPARATED = re.compile(r"([;.]) (?:and )?((?:also |further )?[a-z]+s)\b")


@rule("RES219", "decisions-separated", parts=("operative",), severity=WARNING, fix=UNSAFE, confidence="H",
      message="Decisions within one operative paragraph are separated by commas, not semicolons or full stops.",
      rationale="An operative paragraph is one sentence; several decisions in it follow each other after commas "
                "(“…, calls for …, also considers that …, and agrees that …”).",
      source="OP-06; EM-PUNCT; EX para. 8",
      wrong=[op("Welcomes the report; requests the Secretary-General to act;",
                "Welcomes the report, requests the Secretary-General to act;")],
      right=[op("Welcomes the report, and requests the Secretary-General to act;")])
def decisions_separated(place: Place, ctx) -> list[Hit]:
    text = place.text
    out = []
    for m in matches_from(_SEPARATED, text, ";.", len(text) - 1):
        verb = text[m.start(2):]
        if ctx.lexicon.match(verb[:1].upper() + verb[1:], OPERATIVE):
            out.append(Hit(m.start(1), m.end(1), f"“{m.group(1)} {m.group(2)}”: separate the decisions with a comma",
                           replacement=","))
    return out


@rule("RES220", "rare-phrase", parts=("preamble", "operative"), severity=INFO, confidence="L",
      message="A phrase found in Model UN lists and only rarely in UN texts.",
      rationale="These phrases occur in UN texts but are rare; a listed equivalent is usually better.",
      source="§8 Model UN; resources/lexicon (mun-listed)",
      wrong=[pre("Viewing with appreciation the efforts of States,")],
      right=[pre("Noting with appreciation the efforts of States,")])
def rare_phrase(place: Place, ctx) -> list[Hit]:
    found = place.match(PREAMBLE if place.kind == "preamble" else OPERATIVE, ctx.lexicon)
    if found is None or found.phrase.tier != "mun-listed":
        return []
    return [Hit(0, found.end, f"“{found.text}” is rare in UN resolutions")]
