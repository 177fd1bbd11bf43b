"""``canlp_participants``: who took part in the reported interaction, and what follows from it.

An official is a **participant** when at least one of their mentions is
neither recalled ("the late President Islam Karimov", "former", "earlier",
"last year") nor a greeting passed on to a third person ("asked to convey his
greetings to President Putin"), and sits where readouts name the parties: the
headline, the lead (first two sentences of the body), or a sentence with an
interaction cue ("held talks", "telephone conversation", "sent a message").
A lone official of one state with nobody from another state is not an
interaction: such a text has no participants (a domestic event), unless
several officials of that state meet each other, or the headline or first
sentence has the official take part in an event of several states ("the
Foreign Minister participated in the ministerial conference 'Italy - Central
Asia'": a meeting, or a video call if held online; a speech to a conference
is not taking part). When the modality model
(``canlp_classify``, if in the pipeline) finds that the text reports no
interaction (``none`` with probability of at least ``none_threshold``), the
officials of different states it names are mentions, not participants.
An **announcement** (the headline or first sentence says that an official
"will pay a visit", "is to attend", "is expected to arrive" and neither the
headline nor the lead reports anything that happened) has no participants
and its modality is ``none`` (ANNOTATION.md: no interaction is reported);
the classifier's scores are kept in ``doc._.modality_scores``. Conversely,
a text the classifier calls ``none`` in which officials of two states take
part gets the likeliest other modality (the remote one its headline names, if
any), and a text whose officials are all of the one state it names is ``none``
(a contact inside one state: a governor's call, a message to the nation). A
visit whose guests are all ambassadors named in the opening is a meeting (an
ambassador received where he serves made no trip); talks around a
multilateral event named in the opening ("on the sidelines of the summit")
are a meeting (so are the talks of a guest who "arrived to attend the
summit"), and talks held "in" the capital of one of the two states, or a host
receiving a guest, with no such event named are a visit; a video call needs a
word of a video link somewhere in the text, else the next likeliest modality,
and a phone call with no word of a telephone but one of a video link is a video
call; credentials presented are a meeting, not a message. The official whose
death a text reports takes no part, nor one whose message or congratulations
another passes on.

Sets plain data on the Doc: ``participants`` (name, role, state, in_kb,
spans' character offsets), ``participant_states``, ``mentioned_states``,
``format``, ``level``, ``intraregional``; participant spans go to
``doc.spans["canlp_participants"]``.
"""


import bisect
import calendar
import datetime as dt
import functools
import itertools
import re

from canlp.components import (
    CACHE_KEYS,
    doc_text,
    get_ext,
    line_at,
    longest_matches,
    make_spans,
    set_ext,
    token_lower,
    token_offsets,
    token_text,
)
from canlp.components.dates import MONTHS
from canlp.components.officials import WEEKDAYS
from canlp.components.states import MENTIONS_KEY, mentioned_states, state_mentions
from canlp.labels import ROLE_RANK, format_of, is_intraregional, level_of
from canlp.paths import data_json

SPAN_KEY = "canlp_participants"


def _load_cues():
    return data_json("cues.json")


def _is_prose(text):
    """True for text with three lower-case words or more: a sentence, not a byline, menu or time stamp."""
    return sum(1 for w in text.split() if w.islower()) >= 3


#: Who acts for another: "President X's special representative Y" (X sent Y and does not take part).
_AGENTS = frozenset({"representative", "envoy", "emissary"})


def _envoy_of(lowers, start, end):
    """True for an official whose mention follows (or opens with) "(special) envoy / representative of": "Vice
    Premier X, special envoy of Chinese President Y" (Y sent X; Y takes no part)."""
    # (three words back: "Special Envoy of Prime Minister X", whose mention begins at "Minister")
    return any(lowers[k] in _AGENTS and lowers[k + 1] == "of" for k in range(max(0, start - 3), min(end, start + 3) - 1))


def _represented(lowers, end):
    """True for an official whose mention is followed by "'s [special|personal] representative/envoy"."""
    after = lowers[end:end + 4]
    if not after or after[0] not in ("'s", "’s"):
        return False
    rest = after[1:]
    if rest and rest[0] in ("special", "personal"):
        rest = rest[1:]
    return bool(rest) and rest[0] in _AGENTS


def _named_after_group(doc, lowers, mention, mentions, mention_tokens):
    """True when a name follows a group title of the same person, with only the states of the title and the
    names of the group between ("the Presidents of Turkmenistan and the Republic of Turkey Gurbanguly
    Berdimuhamedov and Recep Tayyip Erdogan")."""
    ends = {g["token_end"] for g in mentions if g["kind"] == "group"}
    i = mention["token_start"]
    while ends and i > 0 and mention["token_start"] - i <= 16:
        if i in ends:
            return True
        if not (i - 1 in mention_tokens or lowers[i - 1] in ("and", ",", "of", "the") or doc[i - 1].is_title):
            return False
        i -= 1
    return False


def _apposed_to(lowers, mention, mentions):
    """True for a title in apposition to a mention of the same person just before it ("X, the EU High
    Representative"): a comma and at most four other words between them."""
    start = mention["token_start"]
    for other in mentions:
        gap = start - other["token_end"]
        if other is not mention and other["kind"] != "title" and 0 < gap <= 5 and "," in lowers[other["token_end"]:start]:
            return True
    return False


def _named_right_after(lowers, mention, mentions):
    """True for a title whose person's name follows it, at most four words on (the title's state between): "President
    of Kazakhstan X's meetings with"."""
    end = mention["token_end"]
    return any(
        other is not mention and other["kind"] == "name" and other["name"] == mention["name"]
        and 0 <= other["token_start"] - end <= 4
        and not any(w in (".", ";", ":", "and", "with") for w in lowers[end:other["token_start"]])
        for other in mentions
    )


#: A visit to a foreign mission: "visited the Embassy of the Islamic Republic of Iran", "visits the Embassy of Iran".
_EMBASSY_VISITED = re.compile(r"\bvisit(?:ed|s|ing)?\s+(?:to\s+)?the\s+(?:[A-Z][\w'’-]*\s+){0,3}Embassy\b")
#: A sentence that goes on with the trip the sentence before it told: "During her visit, she met ...".
_THAT_TRIP = re.compile(r"(?:During|In the course of) (?:his|her|their|this|that) (?:visit|trip|stay)\b")
#: Words of a trip told by the sentence "During her visit" goes on from ("In June 2022, X visited Tajikistan").
_TRIP_WORDS = frozenset({"visit", "visited", "visits", "trip", "arrived", "toured"})
#: The words before a planned event's date (searched in the 60 characters before it): a plan's word in the same
#: clause ("the upcoming summit in Xian in May 2023", "the election scheduled for 20 November") or right before
#: the day ("talks set for 3 May", "due on the 5th").
_PLANNED_BEFORE = re.compile(
    r"\b(?:upcoming|forthcoming|planned|scheduled|slated)\b[^.;:]*$|\b(?:set|due)\s+(?:for|on)\s+(?:the\s+)?$", re.I
)
#: "put forward a proposal": no future cue (unlike "look forward to", "moving forward").
_PUT = frozenset({"put", "puts", "putting", "brought", "bring", "brings", "bringing", "came", "come", "comes"})


class _LazySentences:
    """Sentence index → its lower-case words, built on first use."""

    def __init__(self, bounds, words):
        self.bounds, self.words, self.cache = bounds, words, {}

    def get(self, sentence, default=()):
        if sentence not in self.bounds:
            return default
        if sentence not in self.cache:
            first, end = self.bounds[sentence]
            self.cache[sentence] = self.words[first:end]
        return self.cache[sentence]

    def word_set(self, sentence):
        key = ("set", sentence)
        if key not in self.cache:
            words = self.get(sentence)
            found = frozenset(words)
            if "forward" in found and all(
                i > 0 and words[i - 1] in _PUT for i, word in enumerate(words) if word == "forward"
            ):
                found = found - {"forward"}  # "put forward a proposal" tells no future event ("looks/moving forward" does)
            self.cache[key] = found
        return self.cache[key]


#: The closing formula of a call's readout: "The telephone conversation was initiated by the Belarusian side",
#: "The phone call took place at the initiative of the Kazakh side".
_CALL_INITIATED = re.compile(
    r"\b(?:tele)?phone\s+(?:conversation|call|talks?)\s+(?:was|were|took\s+place)\s+(?:held\s+)?"
    r"(?:initiated\b|at\s+the\s+initiative\b)",
    re.I,
)
#: A guest called "visiting": "Visiting UN Secretary-General X", "the visiting Chinese Vice Premier X".
_VISITING_GUEST = re.compile(r"\b[Vv]isiting\s+(?:[A-Z][\w.’'-]*\s+){1,4}")
#: The event a sentence tells its speech at: "made the remarks in a meeting with", "During a February 20 meeting,
#: Foreign Minister X told the Ambassador".
_IN_MEETING_WITH = re.compile(
    r"\b(?:in|at|during)\s+(?:a|the|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|conversation|call)\b",
    re.I,
)
#: An event with the subject's counterpart: "in a Sunday message to his Tajik counterpart", "during a phone call with
#: her Uzbek counterpart".
_WITH_HIS_COUNTERPART = re.compile(
    r"\b(?:in|at|during)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|conversation|call|message|letter)"
    r"\s+(?:with|to)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}counterparts?\b",
    re.I,
)
#: Titles written before a name outside its mention ("the contribution of presidents X and Y").
_BARE_TITLES = frozenset({"president", "presidents", "leader", "leaders", "premier", "premiers"})
#: Works whose author is named after "by": "the book ... by President X".
_WORKS = frozenset({"book", "books", "article", "articles", "poem", "poems", "novel", "monograph", "works", "film",
                    "documentary", "memoirs", "essay", "anthology"})
#: Quotation marks, not counted as words between an event noun and what recalls it.
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "'", "‘", "’"})
#: Words between an event noun and the official it names: "the visit of the President of X and ...".
_EVENT_LINKS = frozenset({"the", "of", "by", "with", "between", "and", "his", "her", "their", "its", ",", "a",
                          "h.e.", "h.e", "mr.", "mr", "mrs.", "ms.", "excellency",  # "the visit of H.E. X"
                          "two", "both"})  # "the recent meeting between the two presidents of X and Y"
_NEGATION = frozenset({"not", "n't", "unable", "never", "absent", "declined", "cancelled", "canceled"})
_END_WORDS = frozenset({".", "!", "?"})
#: What the senders do in a round-up of letters: "President of Germany X said that ...".
_SPEECH = frozenset({"said", "noted", "wrote", "wished", "stressed", "expressed", "emphasized", "emphasised",
                     "underlined", "congratulated", "sent", "pointed", "highlighted", "wishes", "writes", "notes",
                     "commended", "praised", "hailed", "lauded",
                     # the present of the Turkmen round-ups ("..." - President X highlights.)
                     "says", "highlights", "stresses", "underlines", "emphasizes", "emphasises", "expresses",
                     "congratulates", "commends", "praises"})
#: Words of talks to come with a host: "will hold talks with", "will meet".
_TALKS = frozenset({"talks", "negotiations", "meet", "meeting", "meetings", "met"})
#: The lead of a round-up: "received letters of congratulation ... from foreign Heads of State".
_ROUNDUP = re.compile(
    r"\b(?:letters|messages|telegrams|cables|congratulations|greetings)\b[^.\n]{0,120}\bfrom\b[^.\n]{0,40}"
    r"\b(?:heads of (?:foreign )?states?|leaders|heads of state and government|foreign leaders|monarchs)\b"
    # "World leaders continued to extend congratulations to Xi", "foreign congratulatory messages on Xi's election"
    r"|(?:^|\n|\.\s|\)\s--?\s)(?:world|foreign) leaders\b[^.\n]{0,60}\b(?:congratulat\w*|condolences|greetings|messages)\b"
    r"|\bforeign (?:congratulatory|condolence) (?:messages|letters|telegrams)\b"
    # "Congratulation cables come to the address of the Head of the State" (the Turkmen house style)
    r"|\b(?:congratulat\w*|condolence|greeting)\s+(?:cables|telegrams|messages|letters)\s+(?:continue\s+to\s+)?"
    r"(?:come|arrive|keep\s+coming)\b"
    # "Heads of State and Government sent congratulatory telegrams and letters to Leader of the Nation X"
    # (not "as world leaders continue to send congratulations": a leader's own call told)
    r"|\b(?:heads of (?:foreign )?states?(?: and governments?)?|leaders of (?:foreign|other) (?:countries|states))"
    r"\s+(?:have\s+|are\s+)?(?:sent|sending|addressed)\b[^.\n]{0,40}"
    r"\b(?:letters|messages|telegrams|congratulations|greetings|condolences)\b",
    re.I,
)
#: Marks that open the lines of a list of links or a menu ("• Premier Wen Jiabao visits Hungary").
_BULLETS = frozenset({"•", "·", "▪", "►", "▸", "◦", "‣", "*"})
#: Words a headline does not end on, a line of prose wrapped at a fixed width may ("... the President met").
_WRAPPED_LINE_ENDS = frozenset({"and", "or", "of", "the", "a", "an", "to", "with", "for", "by", "at", "from", "in", "on",
                                "met", "as", "that", "his", "her", "their", "its"})
#: A word that tells something in a headline ("receives", "meets", "discuss"), not a title's "of the".
_TELLING_WORD = re.compile(r"(?<![\w'’-])(?!(?:with|from|into|upon|than|that|this|over)\b)[a-z]{4,}\b")
_ATTENDED = frozenset({"attended", "participated", "joined"})
#: An event told as going on below an announcing lead ("The next summit will be held in Istanbul, X announced ...
#: Participating in the online event are ...", "the summit is underway"): no announcement (not "the work on the
#: summit's agenda is under way").
_UNDER_WAY = re.compile(
    r"\b(?:summit|meeting|talks|session|event|conference|negotiations|forum)\s+(?:is|are)\s+(?:now\s+)?under\s?way\b"
    r"|\bParticipating\s+in\s+the\s+(?:[\w-]+\s+){0,3}(?:are|were)\b"
)
#: Words of a sentence telling who was present, which a list in the next sentence may go on with.
_ATTENDANCE = frozenset({"attended", "participated", "joined", "part", "participants", "present", "participating"})

_HOLD = frozenset({"held", "had", "holds", "has", "hold", "conducted"})
_CLAUSE_END = frozenset({".", "!", "?", ",", ";", ":", "and", "with", "who", "which", "while", "but"})
_HANDED = frozenset({"handed", "hand", "hands", "handing", "delivered", "delivers", "delivering", "passed"})
#: Verbs of presenting what another sent ("submitted President X's formal invitation").
_SUBMITTED = frozenset({"submitted", "submits", "presented", "presents", "extended", "extends", "brought", "brings"})
#: Words between a sender's possessive and what was passed on ("X's formal invitation").
_MESSAGE_ADJECTIVES = frozenset({"formal", "official", "personal", "written", "oral", "verbal", "warm", "warmest", "cordial",
                                 "sincere", "best", "good", "kind", "kindest"})


def _coordination_start(lowers, start, first, mention_tokens, reach=None):
    """Where the run of officials' mentions coordinated before the one at ``start`` begins ("the Supreme Leader X
    and President Y": X's first token for Y), back over mentions, "and" and commas, not to ``first`` (and no more
    than ``reach`` tokens back); ``start`` when nothing precedes it."""
    at = start
    while at - 1 > first and (at - 1 in mention_tokens or lowers[at - 1] in ("and", ",")) and (
        reach is None or start - (at - 1) <= reach
    ):
        at -= 1
    return at


def _represented_by(lowers, first, start, mention_tokens=(), doc=None):
    """True when the mention at ``start`` is the agent of "was represented by" in its sentence (from ``first``),
    or listed after one who is: "Uzbekistan was represented by the Deputy Minister of Foreign Affairs X", "were
    represented by Foreign Minister of Kazakhstan X, Foreign Minister of Tajikistan Y, ..." (not "President X
    represented Pakistan and was accompanied by Foreign Minister Y")."""
    j = start - 1
    while j > first and (
        j in mention_tokens or lowers[j] in (",", "and", "the", "of") or (doc is not None and doc[j].is_title)
    ):
        # back over the officials listed before this one and their titles ("the Deputy Minister of Foreign Affairs
        # of the Republic of Uzbekistan X"; not "..., as Foreign Minister X was away")
        j -= 1
    return j > first and lowers[j] == "by" and lowers[j - 1] == "represented"


def _continues_a_list(lowers, first):
    """True when the sentence starting at token ``first`` goes on with a previous one's list: "Also Turkish
    President X, ...", "As well as ..."."""
    k = first
    while k < len(lowers) and lowers[k].isspace():
        k += 1
    return k < len(lowers) and (lowers[k] == "also" or lowers[k:k + 3] == ["as", "well", "as"])
_INCLUDES = frozenset({"includes", "included", "including", "consisted", "consists", "comprised", "comprises"})
#: Words before "states", "notes" that make it no verb of speech ("United States", "member states").
_NOT_SPEAKERS = frozenset({"united", "member", "arab", "gulf", "baltic", "asian", "african", "european", "the", "island"})
#: Verbs of leading delegations: "the delegations were headed by X and Y".
_DELEGATIONS_LED = frozenset({"headed", "led"})
#: "We have held talks with X" in a transcript: the speaker telling the talks themselves.
_HELD_TALKS = frozenset({"held", "had", "have", "hold"})
_TALK_NOUNS = frozenset({"talks", "meeting", "negotiations", "consultations", "conversation"})
#: Verbs of asking someone for something: "asked for the support of X" (X is asked, a party).
_REQUEST = frozenset({"asked", "asks", "ask", "requested", "requests", "sought", "seeks", "seek", "enlisted", "enlists",
                      "enlist", "requesting", "seeking", "enlisting", "asking"})
#: Words that join the members of a list ("included A, B, as well as C and others").
_LIST_WORDS = frozenset({",", "and", "as", "well", "also", "of", "the", ":", "-", "–", "—", "among", "them", "others", "such"})
#: Periods after "last": "last year", "last month".
_PERIODS = frozenset({"year", "month", "week", "autumn", "spring", "summer", "winter"})
#: Trips named by their traveller's possessive ("Putin's visit"): another event than the one told.
_TRIP_NOUNS = frozenset({"visit", "visits", "trip", "tour", "stay", "journey"})
_SCHEDULED = frozenset({"scheduled", "planned", "slated", "due", "expected"})
_AT_EVENT = frozenset({"at", "during", "in", "held", "had", "holds", "has"})
_SENT = frozenset({"sent", "sends", "addressed", "dispatched", "wrote", "expressed"})
#: Who a message to a state is addressed to: "to the Uzbek people", "to the Kyrgyz leadership".
_ADDRESSEES = frozenset({"people", "peoples", "nation", "government", "leadership", "president", "leader", "side",
                         "counterpart", "king", "emir", "authorities"})
#: Nouns of a written message.
_MESSAGE_WORDS = frozenset({"message", "messages", "letter", "letters", "telegram", "telegrams", "condolences",
                            "condolence", "congratulations", "greetings"})
#: Tokens that end the noun phrase around an event noun ("..., and held talks with X").
_CLAUSE_BREAK = frozenset({",", ";", ":", "and", "held", "had", "has", "have", "was", "were", "is", "are", "(", "—", "–"})
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(\d{1,2}))?\s+(?:of\s+)?([A-Z][a-z]{2,8})\b(?:,?\s+(\d{4}))?"
    r"|\b([A-Z][a-z]{2,8})\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(\d{1,2}))?\b(?:,?\s+(\d{4}))?"
)
#: First words of a last line that is a source note, not a signature.
_NOT_SIGNATURE = ("press service", "source", "published", "photo", "the press", "information service", "by ")


#: A presidency's headline that names only the guest: "Telephone conversation with President of X".
_HOST_HEADLINE = re.compile(
    r"[ \t]*((?:telephone|phone) (?:conversation|call|talk)s?|meeting|talks|conversation|video ?conference|"
    r"video call|negotiations) with [^\n]{3,150}\n", re.I
)
_DECLARATION_TITLE = re.compile(r"declaration|joint statement|communiqu", re.I)
_NUMBERED_POINT = re.compile(r"^[ \t]*\d{1,2}\.[ \t]|(?<=[.;:] )\d{1,2}\. (?=[A-Z])", re.M)
#: A declaration's own words, in the present or future tense ("The Parties reaffirm ...", "The Sides will ...",
#: "... declared the following"); a readout tells what the parties did ("The parties agreed", "noted").
_DECLARES = re.compile(
    r"(?:^|(?<=[.;:] ))The (?:High Contracting )?(?:Parties|Sides) (?:will|shall|reaffirm|confirm|agree|note|declare"
    r"|express|support|stress|emphasi[sz]e|welcome|intend|recogni[sz]e|underline|call|consider|attach|are|condemn"
    r"|highlight|commit)\b|\b(?:state|states|declare|declared|stated) the following\b",
    re.M,
)
#: The lines of a declaration's preamble, ending with a comma or semicolon: "proceeding from the common interests
#: ...,", "Reaffirming ...;" (not a readout's "Noting the high level of trust, the Presidents signed ... .").
_PREAMBLE_LINE = re.compile(
    r"^[ \t]*(?:proceeding from|based on|guided by|reaffirming|recogni[sz]ing|noting|emphasi[sz]ing|welcoming"
    r"|taking into account|confirming|striving|convinced|determined|desiring|stressing|acknowledging|considering"
    r"|recalling|underlining|attaching)\b[^\n]*[,;][ \t]*$",
    re.M | re.I,
)


def _signed_with_title(line):
    """True for a signature written as one line with a full stop: a name of two or three capitalised words, a
    comma, and a title in Title Case ("Sultan Raev, Secretary General of the International Organization of
    Turkic Culture."); a sentence has lower-case words besides the small ones."""
    name, comma, title = line.rstrip(".").partition(",")
    words = name.split()
    return bool(comma) and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and bool(title.split()) and all(
        w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in title.split()
    )


#: Small words inside a Title Case title ("Secretary General of the ...").
_TITLE_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "de", "-", "–"}


#: Lower-case words of a signature's lines: "President of the Republic of Tajikistan", "Mohammed bin Salman".
_SIGNATURE_LOWER = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "de", "la", "al", "el", "bin", "ibn", "von",
                              "van", "der", "yours", "sincerely", "respectfully", "faithfully"})


def _signature_start(text):
    """Where the signature block of a letter starts: the last one to three short lines, none a sentence
    ("Gurbanguly Berdimuhamedov / President of Turkmenistan / Ashgabat, 14 December 2016"), or None."""
    end = len(text.rstrip())
    start = None
    for _ in range(3):
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line_start == 0 or not line or len(line) > 90 or (
            line.endswith((":", ";", "?", "!")) or (line.endswith(".") and not _signed_with_title(line))
        ):
            break
        if len(line.split()) > 12 or line.lower().startswith(_NOT_SIGNATURE) or line[:1] in _BULLETS:
            break  # not a signer: a credit line, or a related story's link ("• Premier Wen Jiabao visits ...")
        if sum(w.isalpha() and w.islower() and w not in _SIGNATURE_LOWER for w in line.split()) >= 2:
            break  # a line of prose, not a name, title, place or date: "Trump says he must be 'involved' in ..."
        start = line_start
        end = line_start - 1
        if text[max(0, end - 1):end] == "\n" or not text[:end].strip():
            break  # a blank line before: the block is complete
    return start


#: A line that separates the letters of a round-up ("* * *", "***", "---"), or opens the next one ("His Excellency"
#: alone on its line, the address of a letter).
_SEPARATOR = re.compile(
    r"^[ \t]*(?:(?:\*[ \t]*){3,}|[-_=]{3,}|(?:To[ \t]+)?His[ \t]+(?:Excellency|Majesty|Highness),?)[ \t]*$", re.M
)


def _signature_blocks(text):
    """``(start, end)`` of the signature block of each letter: the one that ends the text, and in a round-up
    of letters ("* * *" between them), the one that ends each letter before a separator."""
    blocks = []
    start = 0
    for separator in _SEPARATOR.finditer(text) if "\n" in text else ():
        found = _signature_start(text[start:separator.start()])
        if found is not None:
            blocks.append((start + found, separator.start()))
        start = separator.end()
    found = _signature_start(text[start:])
    if found is not None:
        blocks.append((start + found, len(text)))
    return blocks


#: Verbs of a trip after "would": "the President would visit", "would pay a visit", "would come to".
_TRIP_VERBS = frozenset({"visit", "pay", "come", "travel", "arrive", "attend"})


def _invited_to_travel(lowers, end, start=None):
    """True when the mention ending at ``end`` "was (has been) invited to pay / visit / come / attend" (its state
    between: "The President of Azerbaijan was invited to pay a state visit"), or is the object of "invited X to
    visit" ("The head of our state invited President of Indonesia X to visit Uzbekistan": a trip to come)."""
    verb = None if start is None else start - 2 if start >= 2 and lowers[start - 1] == "the" else start - 1
    if verb is not None and verb >= 0 and lowers[verb] in ("invited", "invites", "inviting"):
        for k in range(end, min(len(lowers) - 1, end + 6)):  # (past the rest of a title: "the Emir of Qatar to")
            if lowers[k] == "to":
                return lowers[k + 1] in _TRIP_VERBS
            if lowers[k] in (".", ",", ";", "and"):
                break
    for k in range(end, min(len(lowers) - 2, end + 7)):
        if lowers[k] in (".", ",", ";", "and", "who", "which"):
            return False
        if lowers[k] == "invited" and lowers[k - 1] in ("was", "been", "is", "cordially") and lowers[k + 1] == "to":
            return lowers[k + 2] in _TRIP_VERBS
    return False


#: "have been invited to", "were invited to": the subject before it is a guest to come.
_BEEN_INVITED = re.compile(r"\b(?:ha(?:ve|s) been|are|were|will be) invited to\b")


def _invited_subject(context, mention, sentence):
    """True when the mention is in the subject of "have been (were, are, will be) invited to" in its sentence:
    "The leaders of Azerbaijan, Armenia and Belarus have been invited to the summit"."""
    if sentence < 0:
        return False
    text = context.sentence_text(sentence)
    found = _BEEN_INVITED.search(text)
    if found is None:
        return False
    first, end = context.bounds[sentence]
    idx = token_offsets(context.doc)
    if idx[mention["token_start"]] - idx[first] >= found.start():
        return False
    # the mention is in the subject: only a list of names, titles and states between it and the verb (not "President X
    # noted that the heads of the region's states have been invited")
    words = token_text(context.doc)
    k = mention["token_end"]
    while k < end and idx[k] - idx[first] < found.start():
        if not (words[k][:1].isupper() or words[k] in (",", "and", "of", "the", "-", "–")):
            return False
        k += 1
    return True


def _would_travel(lowers, start, bounds):
    """True when the mention at ``start`` is the subject of "would visit / pay / come / travel" in its sentence."""
    first, end = bounds
    for i in range(start, min(end, start + 8) - 1):
        if lowers[i] == "would":
            return lowers[i + 1] in _TRIP_VERBS or (lowers[i + 1] == "also" and i + 2 < end and lowers[i + 2] in _TRIP_VERBS)
    return False


@functools.lru_cache(maxsize=1)
def _organisation_acronyms():
    """The acronyms of the organisations of ``states.json``, lower-cased ("un", "osce", "sco")."""
    organisations = data_json("states.json")["organisations"]
    return frozenset(
        name.lower() for entry in organisations.values() for name in entry["names"] if name.isupper() and len(name) <= 6
    ) - {"who"}  # the pronoun, not the World Health Organization


#: Verbs of speech before "that": what follows is someone's words ("He added that under the leadership of X ...").
_SAID_THAT = frozenset({"said", "says", "added", "adds", "noted", "notes", "stressed", "stresses", "stated", "states",
                        "emphasized", "emphasised", "underlined", "believes", "believed", "affirmed", "reaffirmed",
                        "pointed", "expressed", "highlighted", "recalled", "agreed"})


#: Title words a name may follow ("said President Karimov").
_TITLE_BEFORE_NAME = frozenset({"the", "president", "prime", "minister", "foreign", "chairman", "king", "emir", "premier"})


def _quoted(text, offset):
    """True when ``offset`` is inside a quotation of its paragraph ("As E. Idrissov noted, “... the initiative
    voiced by President of Kazakhstan N. Nazarbayev at the UN”"): someone's words, which may name anyone."""
    start = text.rfind("\n", 0, offset) + 1
    before = text[start:offset]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»")


#: A quotation within a sentence, in any of the quotation marks of the texts ('' too: "''We hope ...'', he said").
_QUOTATION = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"|''.*?''")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _unquoted_words(sentence):
    """The lower-case words of ``sentence`` outside quotations, also one opened in an earlier sentence and
    closed in this one ("I am convinced that relations will develop'', President X emphasized")."""
    if not any(mark in sentence for mark in ("“", "”", "«", "»", '"', "''")):
        return set(_WORD.findall(sentence.lower()))
    for close, opening in (("”", "“"), ("»", "«")):
        i, j = sentence.find(close), sentence.find(opening)
        if i != -1 and (j == -1 or i < j):
            sentence = sentence[i + 1:]
    for mark in ('"', "''"):
        if sentence.count(mark) % 2 == 1:
            sentence = sentence[sentence.find(mark) + len(mark):]
    return set(_WORD.findall(_QUOTATION.sub(" ", sentence).lower()))


def _is_declaration(text):
    """True for the text of a declaration: a first line that names one ("JOINT STATEMENT of ...",
    "Xi'an Declaration ...") and at least three numbered points (at line starts, or after a sentence's end on
    a page that lost its line breaks), two lines of a preamble ("proceeding from ...", "based on ...") or two
    of its own present-tense sentences ("The Parties reaffirm ...", "declared the following"). A readout that reports a declaration
    being signed names it in a sentence, not as the document's title over numbered points."""
    first_line = text[:text.find("\n")] if "\n" in text else text
    return bool(_DECLARATION_TITLE.search(first_line)) and (
        len(_NUMBERED_POINT.findall(text, 0, 20000)) >= 3 or len(_PREAMBLE_LINE.findall(text, 0, 20000)) >= 2
        or len(_DECLARES.findall(text, 0, 20000)) >= 2
    )


_IN_MONTH = re.compile(r"\b(?:in|since|last|early|mid|late)\s+([A-Z][a-z]{2,8})\b(?!\s+\d)")
_MONTH_YEAR = re.compile(r"(?<!\d )(?<!\d)\b([A-Z][a-z]{2,8}),?\s+((?:19|20)\d\d)\b")


def _dates_in(text, reference, partial=True):
    """Days named in ``text`` ("16 September", "May 10-11", "September 16, 2022"), each a list of
    candidate dates (a range gives its days; a missing year is the one nearest ``reference``); with
    ``partial``, also a month or a year alone ("in May", "in June 2010", "in 2012")."""
    found = []
    for match in _DAY_MONTH.finditer(text):
        if match.group(3):
            day, day2, month, year = match.group(1), match.group(2), match.group(3), match.group(4)
        else:
            month, day, day2, year = match.group(5), match.group(6), match.group(7), match.group(8)
        number = MONTHS.get(month.lower())
        if number is None:
            continue
        days = [int(day)] + ([int(day2)] if day2 else [])
        years = [int(year)] if year else [reference.year - 1, reference.year, reference.year + 1]
        candidates = []
        for y in years:
            for d in days:
                try:
                    candidates.append(dt.date(y, number, d))
                except ValueError:
                    pass
        if candidates:
            found.append((match.start(), candidates))
    if not partial:
        found.sort()
        return found
    for match in _IN_MONTH.finditer(text):  # "whom he met in May": a month alone, not the document's
        number = MONTHS.get(match.group(1).lower())
        if number is not None and number != reference.month:
            found.append((match.start(), [dt.date(reference.year, number, 1), dt.date(reference.year, number, 28)]))
    for match in _MONTH_YEAR.finditer(text):  # "the state visit in June 2010": a month of a year, no day
        number = MONTHS.get(match.group(1).lower())
        year = int(match.group(2))
        if number is not None and (year, number) != (reference.year, reference.month):
            last = calendar.monthrange(year, number)[1]
            found.append((match.start(), [dt.date(year, number, 1), dt.date(year, number, last)]))
    for match in _IN_YEAR.finditer(text):  # "signed by X and Y in 1997": an earlier year alone, not the document's
        year = int(match.group(1))
        if year < reference.year:  # (a later one is a plan made now: "proposed holding the summit in 2021")
            found.append((match.start(), [dt.date(year, 1, 1), dt.date(year, 12, 31)]))
    found.sort()
    return found


#: "earlier today", "earlier in the day", "earlier on Monday", "a day earlier": the same visit's events (a bare
#: "Earlier, X congratulated ..." recalls another).
_SAME_DAY = re.compile(
    r"\bearlier (?:today|(?:in |on )?(?:the|that|this|the same) day|on (?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday))\b|\b(?:a|the|one) day earlier\b"
)
#: The opening of a sentence that tells another event of the same day: "Earlier in the day,", "On the same day,",
#: "Later that day", "In the evening".
_ANOTHER_TIME_THAT_DAY = re.compile(
    r"\s*(?:also\s+)?(?:(?:earlier|later)(?:\s+(?:on|in))?\s+(?:the|that|this)\s+(?:same\s+)?(?:day|evening|morning|afternoon)"
    r"|(?:earlier|later)\s+today|(?:also\s+)?on\s+(?:the\s+same|that)\s+day|the\s+same\s+day|in\s+the\s+(?:evening|afternoon))\b",
    re.I,
)
#: The first words :data:`_ANOTHER_TIME_THAT_DAY` may match.
_TIME_OPENERS = frozenset({"earlier", "later", "on", "the", "also", "in"})


def _word_before_title(lowers, start, first, reach=4):
    """The position of the word before a mention at ``start`` and the title words written outside it ("the
    President", "his Excellency"), at most ``reach`` words back, not before ``first``."""
    k = start - 1
    while k > first and start - k <= reach and lowers[k] in ("the", "president", "prime", "minister", "his", "her",
                                                             "excellency"):
        k -= 1
    return k


def _talks_with_before(lowers, start, first):
    """True for an official named after "(his) talks with", "the meeting with" (titles between): the other party of
    talks the sentence names."""
    k = _word_before_title(lowers, start, first)
    return k > first and lowers[k] == "with" and lowers[k - 1] in ("talks", "meeting", "meetings", "negotiations",
                                                                   "conversation", "contacts")


#: Words of a meeting held beside a multilateral occasion.
_SIDE_WORDS = frozenset({"sidelines", "margins", "sideline", "margin"})


def _occasion_role(lowers, start, first):
    """``"host"`` for an official named after "hosted by", "chaired by", "organised by" (titles between);
    ``"initiator"`` after "is / was initiated by" ("The summit is initiated by X"); else None. (The host of a
    summit takes part in it: the caller asks only about a meeting on its sidelines.)"""
    k = start - 1
    while k > first and start - k <= 4 and lowers[k] != "by" and lowers[k] not in (",", ".", ";", "and", "with"):
        k -= 1  # past "the", a title, an organisation ("initiated by the UN Secretary General")
    if not (k > first and lowers[k] == "by" and lowers[k - 1] in ("hosted", "chaired", "organised", "organized",
                                                                  "convened", "co-chaired", "initiated")):
        return None
    if lowers[k - 1] == "initiated":
        return "initiator" if k - 2 >= first and lowers[k - 2] in ("is", "was", "were", "been") else None
    return "host"


def _thanked(lowers, start, first):
    """True for an official named as the one thanked: "expressed gratitude to (President) X", "thanked X",
    "grateful to X"."""
    k = _word_before_title(lowers, start, first)
    if k < first:
        return False
    if lowers[k] in ("thanked", "thanks"):
        return True
    return lowers[k] == "to" and k > first and lowers[k - 1] in ("gratitude", "grateful", "thanks", "appreciation")


#: Those a leader meets at home: governors of regions, ministers, the cabinet, residents ("held a videoconference
#: with the hokims of regions and heads of ministries", "met with the activists of the region").
_DOMESTIC_AUDIENCE = re.compile(
    r"\b(?:hokims|khokims|akims|hyakims|heads of (?:ministries|the ministries|regions|districts|agencies)"
    r"|members of the (?:government|cabinet)|regional governors|governors of (?:the )?regions|residents|activists"
    r"|(?:the )?intelligentsia)\b",
    re.I,
)
#: A company or its people as the other side of a meeting ("the President of the Japanese company Sumitomo", "China
#: National Petroleum Corporation", "representatives of Chinese companies", "the heads of leading German companies").
_COMPANY = re.compile(
    r"\b(?:company|companies|corporation|concern|holding|businessmen|business delegation|entrepreneurs|investors"
    r"|chief executive|CEO)\b|\bGazprom\b|\bChairman of the (?:Management|Board)",
    re.I,
)
#: An event that did not take place: "did not meet", "the talks were cancelled" (the words of
#: :data:`_NEGATIVE_WORDS` let most sentences skip the search).
_NOT_HELD = re.compile(
    r"\b(?:did not|didn't|failed to|could not|couldn't|never) (?:meet|hold|take place|happen|materiali[sz]e)\b"
    r"|\b(?:was|were|has been|have been|had been) (?:cancelled|canceled|called off)\b",
    re.I,
)
_NEGATIVE_WORDS = frozenset({"not", "didn't", "failed", "couldn't", "never", "cancelled", "canceled", "called"})
#: An event of a past year or month, however early in the lead ("during the visit of X last year").
#: (Not "last month's upheaval", a date of something else; nor "victims of the clashes five years ago".)
_LONG_AGO = re.compile(
    r"\blast (?:year|month)\b(?!['’]s)", re.I
)
#: A signature that is an act of one state's own ("signed a decree on the appointment of X"), no meeting's.
_SIGNED_AT_HOME = re.compile(r"\bsigned (?:a|an|the) (?:decree|law|order|resolution|ukase)\b", re.I)
#: Events an official's possessive may own: "President X's earlier visit".
_PAST_EVENT_NOUNS = frozenset({"visit", "trip", "talks", "meeting", "call", "conversation", "tour", "visits"})
#: A sentence that says its event is today's.
_TODAY = re.compile(r"\b(?:today|tonight|this morning|this afternoon)\b", re.I)

#: Nouns of a written message: "message of greetings from X" is X's own.
_WRITTEN_NOUNS = {"message", "messages", "letter", "letters", "telegram", "telegrams"}

#: A year alone after "in" or "since" ("signed in 1997", "since 2012"), not inside a full date.
_IN_YEAR = re.compile(r"\b(?:in|since)\s+((?:19|20)\d\d)\b(?![-/.]\d)")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _participant(name, state, mentions):
    """A participant's record from the mentions of one person: the role of the best mention (a titled one
    before a bare name, then the higher office), every mention's span, and where the first one starts."""
    best = min(mentions, key=lambda m: (m["kind"] == "name", ROLE_RANK.get(m["role"], 9)))
    return {
        "name": name,
        "role": best["role"],
        "state": state,
        "in_kb": bool(best["in_kb"]),
        "spans": [[m["start_char"], m["end_char"]] for m in mentions],
        "_first": min(m["start_char"] for m in mentions),
    }


def _present_mentions(persons, keep_state):
    """(name, state, mentions, present) for each named person whose state ``keep_state`` keeps; ``present``:
    their mentions not coreferent, not former and not out of office on the date."""
    for (name, state), mentions in persons.items():
        if name is None or not keep_state(state):
            continue
        present = [m for m in mentions if not (m.get("coreferent") or m.get("former") or m["in_office"] is False)]
        yield name, state, mentions, present


def _going_to(words):
    """True for "are going to discuss" (not "talks are going on")."""
    return any(w == "going" and i + 1 < len(words) and words[i + 1] == "to" for i, w in enumerate(words))


def _leaders_named_below(chosen, persons, context, interacts):
    """Without the holders a plural "leaders" in the headline stands for ("Chinese, Tajik leaders meet" over
    "Chinese Premier Wen Jiabao met with Tajik Prime Minister Akil Akilov") when the lead's first sentence has
    another official of each such holder's state meeting: the leaders are those named. Not when the lead
    speaks of the leaders too ("The leaders of Kazakhstan and Turkmenistan held talks")."""
    lowers, sent_of = context.lowers, context.sent_of

    def generic(m):
        return m["kind"] == "group" and lowers[m["token_end"] - 1] in ("leaders", "leader") and sent_of[m["token_start"]] == -1

    def meets_in_lead(m):
        sentence = sent_of[m["token_start"]]
        return (
            m["kind"] != "group" and sentence >= 0 and context.lead_rank(sentence) == 0
            and interacts(context.sentences.word_set(sentence))
        )

    def mentions_of(p):
        return persons.get((p["name"], p["state"]), ())

    return [
        p for p in chosen
        if not (all(generic(m) for m in mentions_of(p)) and any(
            q is not p and q["state"] == p["state"] and any(meets_in_lead(m) for m in mentions_of(q)) for q in chosen
        ))
    ]


def _addressee_of_passed_on(lowers, start, first, mention_tokens):
    """True for the addressees of letters a text says were passed on or handed over in its meeting
    ("passed on to Ambassador Leach messages from the President, addressed to Queen Elizabeth II and Prime
    Minister Boris Johnson"): "addressed to" before the mention, with other mentions, "and" or commas
    between, in a sentence with a verb of passing on."""
    k = start - 1
    while k > first and (k in mention_tokens or lowers[k] in (",", "and", "the")):
        k -= 1
    if not (k > first and lowers[k] == "to" and lowers[k - 1] == "addressed"):
        return False
    return any(w in _HANDED or w in ("conveyed", "transmitted") for w in lowers[first:k])


def _merge_partial_names(chosen):
    """Participants without a knowledge-base entry whose name is part of (or spelt as) another participant's name of
    the same state, or of no known state ("Saudi Foreign Minister Al Saud" in a headline, "Prince Faisal bin Farhan Al
    Saud" below) are that participant: their spans join it and they are dropped."""
    unknown = [p for p in chosen if not p["in_kb"]]
    if not unknown or len(chosen) < 2:
        return chosen
    from canlp.kb import normalize

    # "M Venkaiah Naidu" in a list and "M. Venkaiah Naidu" below are one person
    words = {id(p): normalize(p["name"]).replace("-", " ").replace(".", " ").split() for p in chosen}
    dropped = set()
    for p in unknown:
        mine = words[id(p)]
        for other in chosen:
            if other is p or id(other) in dropped or (p["state"] is not None and other["state"] != p["state"]):
                continue  # a surname of no state is anyone's ("Ambassador Schroeder" after "Michael Schroeder")
            theirs = words[id(other)]
            if (len(theirs) > len(mine) or len(theirs) == len(mine) and other["_first"] < p["_first"]) and all(
                w in theirs for w in mine
            ):
                other["spans"] = sorted(other["spans"] + p["spans"])
                other["_first"] = min(other["_first"], p["_first"])
                dropped.add(id(p))
                break
    return [p for p in chosen if id(p) not in dropped]


def _phrases(phrases):
    """A regex alternation of whole-word phrases (spaces match any run of spaces)."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


#: The title of an envoy who serves in the host country ("Ambassador of China to Kyrgyzstan", "Chargé d'Affaires
#: a.i."); not a travelling one ("Special Envoy", "Ambassador-at-Large", "Special Representative").
_RESIDENT_ENVOY = re.compile(r"\b(?:ambassador|charg[eé] d.affaires)\b", re.I)
_TRAVELLING_ENVOY = re.compile(r"\b(?:special|at[- ]large|roving)\b", re.I)


#: An envoy received or met, in the opening: "President X received the Ambassador of Russia Y".
_ENVOY_RECEIVED = re.compile(
    r"\b(?:received|receives|met|meets|meeting with)\b(?:[^.]|(?<=\b[A-Z])\.){0,40}\b(?:ambassador|charg[eé] d.affaires)\b",
    re.I,
)
#: A host receiving someone in the headline or first sentence ("President X received the Foreign Minister of
#: Turkey"), not a letter, call or greetings received.
_RECEIVED_GUEST = re.compile(
    r"\breceiv(?:ed|es|ing)\b(?! (?:a |an |the )?(?:letters?|messages?|telegrams?|calls?|phone|telephone|congratulat|greetings?|credentials))",
    re.I,
)
#: A host receiving an official: "received Uzbek Foreign Minister X", "received the delegation" (not greetings).
_RECEIVED_OFFICIAL = re.compile(
    r"\breceived\s+(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Foreign Minister|Minister|Ambassador|Prime Minister"
    r"|President|Premier|[Dd]elegation|Chairman|Chairperson|Speaker|Secretary|Deputy|Head|Envoy)\b"
)
#: Words of a joint press conference ("addressing a joint press conference with Uzbek President X"): the two met.
_JOINT_APPEARANCE = frozenset({"joint", "press", "conference"})
#: What one official passes on from another: "extended the minister's invitation", "conveyed the President's greetings".
_PASSED_NOUNS = frozenset({"invitation", "greetings", "regards", "wishes", "message", "letter", "congratulations"})
#: A contact in person: a courtesy call ("called on the premier", "calls on PM Imran"), a joint press conference.
_CALLED_ON = re.compile(
    r"\bcall(?:ed|s|ing)? on (?:the )?(?:premier|prime minister|pm|president|foreign minister|minister|king|emir|him|her)\b"
    r"(?!\s+to\b)",  # not "called on the president to convene the commission": an appeal
    re.I,
)
#: "addressing a joint press conference with President X": in person too (in the lead, not recalled).
_JOINT_PRESS = re.compile(r"\bjoint (?:press|news) conference\b", re.I)
#: A guest's arrival for the talks told in the opening.
_ARRIVAL = re.compile(
    r"\b(?:upon|on) (?:his |her |their )?arrival\b|\barrived (?:in|at)\b|\btravell?ed to\b"  # ("traveled to Tashkent, where")
    r"|\bwho (?:is|was) (?:(?:currently|now) )?(?:in [A-Z][a-z]+ )?(?:on|paying) an? (?:official|state|working) visit\b"
    r"|\bwho (?:is|was) (?:currently |now )?visiting (?:the|this|our) country\b",  # "who is currently visiting the country"
    re.I,
)
_ENVOY_WORDS = re.compile(r"\b(?:ambassador|envoy|charg[eé] d.affaires|head of (?:the )?mission)", re.I)
#: A head of state's residence where guests are received, and its state: talks there are the guest's visit.
_HOST_RESIDENCES = {
    "oqsaroy": "UZB", "kuksaroy": "UZB", "ko'ksaroy": "UZB", "akorda": "KAZ", "ak orda": "KAZ", "ak-orda": "KAZ",
    "aqorda": "KAZ", "ala-archa": "KGZ", "ala archa": "KGZ", "yntymak ordo": "KGZ", "oguzhan": "TKM", "ogujan": "TKM",
    "kasri millat": "TJK", "palace of nation": "TJK", "palace of the nation": "TJK", "kremlin": "RUS",
    "zhongnanhai": "CHN", "great hall of the people": "CHN",
}
_HOST_RESIDENCE = re.compile(
    r"\b(?:at|in) (?:the )?(" + "|".join(sorted(map(re.escape, _HOST_RESIDENCES), key=len, reverse=True)) + r")\b", re.I
)
#: A head of state's or government's own office, named without its place: the one president's (prime minister's)
#: of the participants hosts there.
_HEAD_OFFICE = re.compile(
    r"\bat\s+(?:the\s+)?(?:Presidential\s+(?:Palace|Office|Residence)|President['’]s\s+(?:Office|Residence)"
    r"|Prime\s+Minister['’]s\s+(?:Office|(?:Official\s+)?Residence))\b"
)
#: Words of a host greeting a guest: "Welcoming the guest, the Head of state said".
_GREETING_GUEST = re.compile(r"\b(?:welcom|greet)\w* the (?:distinguished |high |dear )?guests?\b", re.I)
#: Words of an event that did not or may not happen ("denies any talks", "hopes for a meeting").
_NOT_HAPPENED = {"no", "not", "denies", "denied", "deny", "hopes", "hope", "hoped", "wants", "seeks", "ruled", "rules", "refused"}
#: Nouns of what binds two sides ("relations between the leaders"), no event they take part in.
_BONDS = {"relations", "ties", "relationship", "friendship", "trust", "understanding"}
#: Nouns of a death: the official after "the passing of" is mourned, not met.
_DEATH = {"passing", "death", "demise", "funeral", "assassination", "burial", "tomb", "grave", "mausoleum"}


def _accompanied_in_a_clause(lowers, start, first):
    """True for the official in "..., who is accompanying (the) President X on ...": the one an official of a
    relative clause goes with, not a party to what the main clause tells."""
    k = start - 1
    while k >= first and lowers[k] in ("the", "president", "prime", "minister", "head", "of", "state"):
        k -= 1
    if k < first or lowers[k] not in ("accompanying", "accompanies"):
        return False
    return any(lowers[j] == "who" for j in range(max(first, k - 3), k))


def _cited_with_as(lowers, start, end, first):
    """True for "As (the) President X has (repeatedly) stressed", ", as X noted": an official cited by the speaker."""
    k = start - 1
    while k >= first and lowers[k] in ("the", "president", "prime", "minister", "foreign", "head", "of", "state"):
        k -= 1  # the words of a title before the name
    if k >= first and lowers[k] == "as":
        after = [w for w in lowers[end:end + 4] if w not in ("has", "have", "had", "repeatedly", "often", "always", "rightly")]
        if after and after[0] in _SPEECH:
            return True
    # "As Chairman Xi Jinping noted during his meeting with President X, relations are ...": the occasion of a remark
    # the sentence cites (its clause opens the sentence with "As" and a verb of speech, and closes with a comma)
    return lowers[first] == "as" and not _SPEECH.isdisjoint(lowers[first + 1:start]) and "," in lowers[end:end + 8] and (
        "," not in lowers[first:start]
    )


def _addresses_himself(lowers, start, window):
    """True when the words before "to <official>" (``window``; the official's mention starts at ``start``) tell
    the subject passing on his own words to the official ("conveyed his condolences", "conveys their warm
    greetings"): not someone else's ("conveyed to X the best wishes from ..."), not when someone asked or
    requested it, the verb is an infinitive ("to convey"), or the words go through someone ("through the
    ambassador", before or after the official)."""
    for k, w in enumerate(window):
        if w in ("conveyed", "conveys") and (k == 0 or window[k - 1] != "to"):
            return (not _OWN.isdisjoint(window[k + 1:k + 3]) and _ASKED_OR_THROUGH.isdisjoint(window)
                    and _ASKED_OR_THROUGH.isdisjoint(lowers[start:start + 7]))
    return False


_OWN = frozenset({"his", "her", "their", "my", "our"})
_ASKED_OR_THROUGH = frozenset({"asked", "requested", "request", "please", "through", "via", "instructed", "instruction"})


def _deceased(lowers, mention):
    """True for an official named as the one who died: 'the passing of Uzbekistan President Islam Karimov',
    'the death of X' (not 'the death of X's mother'; a title alone, "the death of King Abdullah" when the
    king is another, may be resolved to today's holder: only names count)."""
    start, end = mention["token_start"], mention["token_end"]
    if end < len(lowers) and lowers[end] in ("'s", "’s"):
        return False
    i = start - 1
    if i >= 0 and lowers[i] == "the":
        i -= 1
    if i >= 0 and lowers[i] == ",":
        # "the demise of your dear brother, the President of the UAE Sheikh X": the one who died, in apposition
        for k in range(i - 1, max(0, i - 7), -1):
            if lowers[k] in (",", ".", ";"):
                break
            if lowers[k] == "of" and lowers[k - 1] in _DEATH:
                return True
    return i >= 1 and lowers[i] == "of" and lowers[i - 1] in _DEATH


#: Verbs of an earlier deed before "between"/"by": "the agreements reached between", "the course laid down by",
#: "the concept proclaimed by the President of Kazakhstan", "the initiative put forward by", "the foundation laid by" (begun: see _BEGUN_BY).
_DONE_BEFORE = {"reached", "achieved", "down", "founded", "proclaimed", "forward", "laid"}
#: A plural title before the names it heads ("the Presidents X and Y", "Foreign Ministers X and Y").
_PLURAL_OFFICES = frozenset({"presidents", "leaders", "premiers", "ministers", "foreign", "prime"})
#: Verbs of something begun by someone before "by", an earlier deed unless it is the event itself ("the reforms
#: launched by President X"; not "The telephone conversation, initiated by President X, took place").
_BEGUN_BY = {"initiated", "launched", "declared"}
#: The events "initiated by" may follow and still be the text's own ("The telephone conversation, initiated by X").
_INITIATED_EVENTS = frozenset({"conversation", "call", "talks", "negotiations", "summit", "meeting", "visit"})


def _initiated_event(lowers, k, first):
    """True when the noun before "initiated" (token ``k`` back, past ", which was") names an event that may be the
    text's own: "The telephone conversation, which was initiated by X"; not "a format initiated by X"."""
    while k >= first and lowers[k] in (",", "which", "that", "was", "were", "is", "been", "has", "had"):
        k -= 1
    return k >= first and lowers[k] in _INITIATED_EVENTS


#: Nouns of agreements made before: "implementation of agreements between President X and President Y".
_AGREEMENTS = {"agreement", "agreements", "arrangements", "accords", "understandings"}
#: Verbs of greetings passed on by a third person.
_PASSED_ON = {"conveyed", "conveys", "convey", "conveying", "passed", "delivered", "transmitted", "relayed"}
#: A meeting in person reported by its verb ("met today in Tashkent with", "held talks with").
_MET_IN_PERSON = re.compile(
    r"\b(?:met|meets|held talks|holds talks|hosted|hosts|(?:held|holds|had|has) an? (?:meeting|bilateral meeting))\b", re.I
)
#: Credentials presented by an ambassador.
_CREDENTIALS = re.compile(r"\bcredentials\b|\bletters? of credence\b", re.I)
#: A report on an earlier trip or talks: "reported on the results of his recent trip to Brussels, where he held talks
#: with X", "informed Elbasy about his talks with X".
_REPORTED_TRIP = re.compile(
    r"\b(?:reported|informed|briefed|told)\b[^.]{0,80}\b(?:on|about|of)\s+(?:the\s+(?:results?|outcomes?)\s+of\s+)?"
    r"(?:his|her|their|the)\s+(?:(?:recent|latest|working|official|state|first)\s+)*(?:trip|visit|talks|negotiations|meetings?)\b",
    re.I,
)
#: The verbs :data:`_REPORTED_TRIP` opens with.
_REPORT_VERBS = frozenset({"reported", "informed", "briefed", "told"})
#: An invitation passed on: "conveyed an invitation from President X to pay a state visit".
_INVITATIONS = frozenset({"invitation", "invitations"})
#: Written messages received: "has received messages of sympathy", "received a congratulatory telegram".
_RECEIVED_WRITTEN = re.compile(
    r"\breceived\s+(?:(?:a|an|the|many|numerous|several|\w+ory|\w+al)\s+){0,2}(?:letters?|messages?|telegrams?|cables?)\b"
    # "received warm birthday congratulations from X", "has received congratulations on Independence Day from X"
    r"|\breceived\s+(?:(?:warm|warmest|heartfelt|sincere|birthday|many|numerous|the)\s+){0,3}"
    r"(?:congratulations|condolences|greetings)\b[^.]{0,80}?\bfrom\b"
    # "Messages of congratulations ... continue to arrive in the name of X"
    r"|\b(?:messages|letters|telegrams|congratulations|greetings)\b[^.]{0,80}?\bcontinue\s+to\s+(?:arrive|come|be\s+received)\b",
    re.I,
)
#: Words of a written message.
_WRITTEN = re.compile(r"\b(?:letters?|messages?|telegrams?|written|missives?|cables?)\b", re.I)

#: A press service's own message or statement: "the Tajik Foreign Ministry said in a message April 18".
_PRESS_MESSAGE = re.compile(
    r"\b(?:said|says|reported|reports|informed|stated|states|announced|noted)\s+in\s+(?:an?|its)\s+"
    r"(?:press\s+|official\s+)?(?:message|statement|release)\b",
    re.I,
)
#: A meeting in person named by its noun: "the meeting between X and Y", "talks between".
_MEETING_BETWEEN = re.compile(r"\b(?:meeting|talks|negotiations)\s+(?:was\s+held\s+)?between\b", re.I)
#: Words of a written greeting besides its name ("Your Excellency", "congratulations", "condolences").
_GREETING_WORDS = re.compile(
    r"congratulat|greeting|condolence|your excellency|\bdear\b|sincerely|respectfully|\bwish|sympath|solidarity",
    re.I,
)


#: Verbs of citing someone's words: "quoted his Chinese counterpart", "citing President X".
_QUOTING = frozenset({"quoted", "quoting", "quotes", "cited", "citing", "cites", "paraphrased", "paraphrasing"})


def _quoted_by(lowers, start, first, mention_tokens):
    """True for the object of a verb of citing ("quoted his Chinese counterpart", "citing President X"): someone
    whose words are repeated, not one who takes part (back over the mention's own words, "his", "the")."""
    k = start - 1
    while k >= first and (k in mention_tokens or lowers[k] in ("his", "her", "the", "their")):
        k -= 1
    return k >= first and lowers[k] in _QUOTING


#: Verbs of passing greetings on to someone absent: "to give (convey, pass on, extend) President X his regards".
_GIVE_REGARDS = frozenset({"give", "convey", "pass", "extend", "transmit", "send"})


def _regards_to_pass_on(lowers, start, end, greeting_nouns):
    """True for the one greeted in "to give (convey, send) X his (sincere) regards": an errand for the guest
    to carry out after the event, X absent from it (not "sent X his greetings", a message to X)."""
    k = start - 1
    if k >= 0 and lowers[k] == "the":
        k -= 1  # "to give the Emir of Qatar his greetings"
    if k < 1 or lowers[k - 1] != "to" or lowers[k] not in _GIVE_REGARDS:
        return False
    # the greeting within a few words, past the rest of a title ("the Emir of Qatar his sincere greetings")
    for i in range(end, min(len(lowers), end + 8)):
        if lowers[i] in greeting_nouns:  # ("wishes" among them)
            return True
        if lowers[i] in (".", ",", ";", ":", "to", "for", "that", "on", "about") or "\n" in lowers[i]:
            return False
    return False


def _guests_are_resident_envoys(text, participants, opening):
    """True when the participants of every state but one are ambassadors, named with that title in the
    ``opening`` (headline and first sentence) as the guests: their meeting with the host is no visit
    (ANNOTATION.md: a visit is an official's trip to another country). An ambassador named only further
    down attends a visitor's talks."""
    by_state = {}
    for p in participants:
        if not p["state"]:
            return False  # an organisation's head: left to the model
        spans = [text[a:b] for a, b in p["spans"]]
        envoy = (
            any(_RESIDENT_ENVOY.search(s) and s in opening for s in spans)
            and not any(_TRAVELLING_ENVOY.search(s) for s in spans)
        )
        by_state.setdefault(p["state"], []).append(envoy)
    return len(by_state) >= 2 and sum(1 for envoys in by_state.values() if not all(envoys)) == 1


#: Verbs of taking part in an event ("took" counts with "part").
#: Not "addressed": a speech to a conference is no contact with its other guests (corpus: ``none``).
_PARTICIPATED = frozenset({"participated", "participates", "took", "takes", "attended", "attends", "joined", "joins", "participate",
                           "attend"})
#: The infinitives of :data:`_PARTICIPATED`: someone's taking part only after a trip ("arrived ... to attend").
_TO_PARTICIPATE = frozenset({"participate", "attend"})
#: Words of a trip made to take part in an event.
_TRAVELLED = frozenset({
    "arrived", "arrives", "arrive", "arriving", "left", "leaves", "travelled", "traveled", "travels", "went", "flew",
    "departed", "came", "comes", "visit", "visiting", "trip", "headed",
})
#: Words that make an event one of several states when it names no other state or organisation.
_OF_SEVERAL_STATES = frozenset({
    "intergovernmental", "interstate", "international", "heads", "member", "ministers", "countries", "states", "leaders",
})
#: Words of a meeting, and of the people of an organisation met ("held meetings with representatives of the OIC").
_MET_WORDS = frozenset({"met", "meets", "meeting", "meetings", "received", "receives", "talks", "credentials"})
#: Words of people who hold no office of a state or an organisation: no official party to a meeting.
_NOT_OFFICIALS = frozenset({"business", "businessmen", "businesses", "companies", "company", "entrepreneurs", "investors",
                            "diaspora", "students", "youth", "journalists", "experts", "scientists", "compatriots",
                            "community", "communities", "business-circles", "corporation", "firms"})
_ORGANISATION_PEOPLE = frozenset({"representatives", "representative", "delegation", "delegations", "leadership", "officials",
                                  "ambassador", "ambassadors", "plenipotentiary", "envoy", "envoys", "mission", "missions"})
#: Nouns of an event of several states that one official can take part in.
_MULTILATERAL_EVENT = frozenset({
    "summit", "conference", "session", "forum", "council", "ministerial", "assembly", "congress", "dialogue",
    "videoconference", "video-conference",
})
#: A multilateral event that the talks of the headline and lead are held around, or that brought the guest
#: ("who arrived in Kazakhstan for a meeting of the Heads of the Central Asian States"); every corpus text
#: whose lead has one is a meeting or a remote contact, none a visit.
_SIDELINES = re.compile(
    r"\bon (?:the )?(?:sidelines|side-lines) of\b"  # whatever the event ("on sidelines of SCO meeting")
    r"|\b(?:on the margins of|ahead of the|in the framework of the|within the framework of the"
    # "who is in Tajikistan on a working visit, took part in the Fifth Consultative Meeting": the summit is the event
    r"|(?:is|are) in [A-Z][\w-]+ on an? (?:working|official|state) visit,? (?:and )?(?:took|takes|is taking) part in"
    r"|as part of the|(?:arriv\w* in|is visiting|are visiting|visited|(?:is|are) on a trip to|(?:his|her|their) visit to"
    r"|(?:is|are) on an? (?:working|official|state) visit to"
    r"|(?:his|her|their) trip to|(?:left|leaves|departed|departs) for)"
    # "left for the Kyrgyz Republic on a working visit to participate in the fourth Consultative Meeting"
    r" (?:(?!visit)[^.]|on a working visit|on an official visit){0,60}?"
    r"(?:for|to attend|to participate in|to take part in|to join|to partake in)"
    r"(?=(?:(?!visit|talks|negotiations|eve\b)[^.,]){0,80}\b(?:summit|forum|(?<!press )conference|meeting (?:of|with) the heads|consultative"
    r"|ministerial|member states|council of (?:the )?(?:heads|prime ministers|foreign ministers|ministers))))"
    r"\b[^.]{0,80}\b(?:summit|forum|session|council|conference|games|meeting (?:of|with) the heads"
    r"|consultative|ministerial|member states|(?:general )?assembly|UNGA|G20|G7|BRICS|congress)",
    re.I,
)
#: Words of a multilateral or ceremonial occasion that brings a guest to a capital without a visit to its leader.
_OCCASION = re.compile(
    r"summit(?!\s+(?:meeting|talks|negotiations))|forum|session|council|conference|games|sidelines|margins|congress(?:es)?\b"
    r"|assembly|\bexpo(?!rt|s[eiu])|olympi|(?<!official )(?<!welcome )(?<!welcoming )ceremony"
    r"|\bof (?:the )?heads of state|consultative|ministerial|exhibition|festival|celebrat|inaugurat|funeral|parade"
    r"|\bevents (?:marking|dedicated to|devoted to)",
    re.I,
)
#: An office named after a body ("Chairman of the People's Council of Turkmenistan", "Secretary of the Security
#: Council", "Chairman of the State Duma of the Federal Assembly"): the body's word is no occasion of the talks.
_OFFICE_OF_BODY = re.compile(
    r"\b(?:[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Cc]hair|[Ss]peaker|Secretary|President|Head|Member)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3})?(?:Council|Assembly|Congress)\b"
    r"|\b(?:[A-Z][\w'’-]*\s+){1,3}(?:Council|Assembly)(?:\s+of\s+[A-Z][\w-]+)?\s+(?:chairman|chairwoman|chair|speaker|head)\b"
)  # and "the People's Council of Turkmenistan chairman"


#: A dateline in capitals at the start of the lead: "RIYADH:", "BEIJING, May 20 (Xinhua) -", "NUR-SULTAN. KAZINFORM".
_DATELINE = re.compile(r"\b([A-Z][A-Z-]{2,}(?: [A-Z][A-Z-]{2,})?)(?=\s*(?:[:,.(]|\s[-–—]))")


def _dateline_state(context):
    """The state whose capital the dateline at the start of the lead names, or None."""
    headline, lead = context.headline_and_lead(1)
    if not lead:
        return None
    match = _DATELINE.search(lead[0][:60])
    if match is None:
        return None
    return _capitals().get(match.group(1).title())


@functools.lru_cache(maxsize=1)
def _recall_words():
    """Words of a sentence that recalls an earlier event: the ``recall`` cues but those of a person's past ("the
    late", "the Founder of Peace and National Unity"), and "reached" ("the agreements reached at the meetings of
    the presidents")."""
    personal = {"former", "late", "memory", "predecessor", "founder", "founded", "unable", "resigned"}
    return frozenset(_load_cues()["recall"]) - personal | {"reached"}


def _told_now(opening, matches):
    """The first of ``matches`` (in ``opening``) whose sentence recalls no earlier event, or None: not "the
    agreements reached at the meetings of the presidents, including those held on the sidelines of the UN
    General Assembly"."""
    bounds = None
    for match in matches:
        if bounds is None:
            bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(opening)] + [len(opening)]
        k = bisect.bisect_right(bounds, match.start())
        sentence = opening[bounds[k - 1]:bounds[min(k, len(bounds) - 1)]]
        if _recall_words().isdisjoint(_LOWER_WORDS.findall(sentence.lower())) or _MET_IN_PERSON.search(sentence):
            # (a sentence that tells talks itself, "met last week with X on the sidelines of COP29", recalls none)
            return match
    return None


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def _not_of_an_earlier_year(text, matches, date):
    """The ``matches`` (in ``text``) whose sentence names no year before ``date``'s (an ISO string; all of them
    when it is None): "the second meeting, which was held by video link in October 2020" in a 2021 readout
    tells of another event."""
    if not date:
        yield from matches
        return
    year = int(date[:4])
    for match in matches:
        start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        end = _SENTENCE_END.search(text, match.end())
        sentence = text[start:end.start() if end is not None else len(text)]
        if all(int(y) >= year for y in _YEAR_WORD.findall(sentence)):
            yield match


def _video_told_now(text, date):
    """True when ``text`` names a video link (:data:`_VIDEO_EVIDENCE`) in a sentence that recalls no earlier event
    and names no earlier year than ``date``'s."""
    return _told_now(text, _not_of_an_earlier_year(text, _VIDEO_EVIDENCE.finditer(text), date)) is not None


#: Where a sentence ends: a stop mark after a word of two lower-case letters or digits (not "U.S."), or a line break.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9]{2}[.!?])\s+|\n")
#: Words of a sentence, lower-cased.
_LOWER_WORDS = re.compile(r"[a-z]+")


def _occasion(opening):
    """The multilateral occasion :data:`_OCCASION` finds in ``opening`` (titles of offices of a body aside) in a
    sentence that recalls no earlier event."""
    opening = _OFFICE_OF_BODY.sub(" ", opening)
    return _told_now(opening, _OCCASION.finditer(opening))


def _occasions_besides_ceremonies(opening):
    """True when ``opening`` names a multilateral occasion other than a ceremony: a guest called "visiting" who
    joins the host's ceremony ("a ceremony commemorating the victims") has still come on a visit."""
    opening = _OFFICE_OF_BODY.sub(" ", opening)
    return _told_now(opening, (m for m in _OCCASION.finditer(opening) if m.group(0).lower() != "ceremony")) is not None


def _sidelines(opening):
    """The first :data:`_SIDELINES` occasion of ``opening`` in a sentence that recalls no earlier event, or None."""
    return _told_now(opening, _SIDELINES.finditer(opening))


_VENUE = re.compile(r"\bin ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")


def _capitals():
    from canlp.kb import load_kb

    return load_kb().capital_states


_IN_PLACE = re.compile(r"\b[Ii]n ([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)")
#: A trip's destination: "his working trip to Almaty city (Kazakhstan)", "a visit to Samarkand".
_TRIP_TO = re.compile(
    r"\b(?:[Aa]s part of|[Dd]uring|[Ii]n the course of|(?:[Ww]ith)?[Ii]n the framework of) (?:his|her|their|the|an?) (?:[a-z-]+ ){0,2}"
    r"(?:trip|visit|tour) to"
    r" ([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
)  # not "briefed him on the results of his visit to Moscow"
#: Places of talks besides capitals, with their state ("In New York, President X received ...").
_OTHER_VENUES = {
    "New York": "USA", "Geneva": "CHE", "Davos": "CHE", "Sochi": "RUS", "Samarkand": "UZB", "Almaty": "KAZ",
    "Cholpon-Ata": "KGZ", "Bukhara": "UZB", "Khiva": "UZB", "Awaza": "TKM", "Shanghai": "CHN", "Qingdao": "CHN",
    "Munich": "DEU", "Antalya": "TUR", "Istanbul": "TUR", "Sharm": "EGY", "Dubai": "ARE",
}


def _state_of_place(place, by_name=False):
    """The state of a capital or another known venue ("Sochi"), and with ``by_name`` of a state's own name or
    adjective ("Turkmenistan"), or None."""
    return _capitals().get(place) or _OTHER_VENUES.get(place) or (_state_names().get(place) if by_name else None)


def _venue_elsewhere(opening, participant_states, pattern=None, unplaced=False):
    """True when the opening holds its talks "in" a place of a state that takes no part ("In New York,
    President X received ..."): no trip to the host. ``pattern``: another way of naming the place, its
    group 1 (:data:`_TRIP_TO`: "as part of his working trip to Almaty city"). ``unplaced``: a place canlp
    cannot place (no capital, venue or state's name: "met in Kazan on Thursday", "upon arrival in Jeddah")
    counts too, so the talks are not held at one side's home."""
    for match in (pattern or _IN_PLACE).finditer(opening):
        place = match.group(1)
        state = _state_of_place(place, by_name=pattern is not None)
        if state is None and unplaced:
            if place.lower() in MONTHS or place.lower().rstrip("s") in WEEKDAYS:
                continue  # "in May", "on Mondays"
            state = _state_names().get(place)
            if state is None:
                return True
        elif state is None:
            state = _OTHER_VENUES.get(place.split()[0])
        if state is not None and state not in participant_states:
            return True
    return False


def _trip_to_a_party(opening, participant_states):
    """True when the opening sets its talks "during his visit to" a place of one of the participant states
    ("held a foreign ministers' meeting with X, Minister of Foreign Affairs of Turkmenistan, during his visit to
    Turkmenistan"): a trip to the host (ANNOTATION.md: talks held during that visit are the visit)."""
    for pattern in (_TRIP_TO, _VISITING_PLACE):
        for match in pattern.finditer(opening):
            state = _state_of_place(match.group(1), by_name=True)
            if state is None or state not in participant_states:
                continue
            sentence_start = max(opening.rfind(mark, 0, match.start()) for mark in (".", "\n", "!", "?")) + 1
            sentence_end = min((k for k in (opening.find(mark, match.end()) for mark in (".", "\n")) if k >= 0),
                               default=len(opening))
            if not _TRIP_RECALLED.isdisjoint(opening[sentence_start:sentence_end].lower().split()):
                continue  # "They reviewed the agreements reached during his visit to Kyrgyzstan in November"
            return True
    return False


#: Words of a sentence that recalls a trip rather than tells the talks held on it.
_TRIP_RECALLED = frozenset({
    "reached", "achieved", "signed", "reviewed", "recalled", "recalling", "recall", "previous", "last", "earlier",
    "ago", "results", "outcome", "outcomes", "implementation", "agreements", "agreed", "since",
})


#: A stay told in the present: "President X is visiting Korea April 21-23", "is on an official visit to Kazakhstan",
#: "is paying a working visit to Tashkent" (a frame, "in the framework of the working visit to Bishkek": :data:`_TRIP_TO`).
_VISITING_PLACE = re.compile(
    r"\b(?:(?:is|was|are|were)\s+(?:visiting|on\s+an?\s+(?:[a-z-]+\s+){0,2}(?:visit|trip|tour)\s+to)"
    r"|(?:is|was|are|were)\s+paying\s+an?\s+(?:[a-z-]+\s+){0,2}visit\s+to)"
    r"\s+([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
)


@functools.lru_cache(maxsize=1)
def _state_names():
    """Name → ISO3 code of every state's names and adjectives ("Uzbekistan", "Uzbek")."""
    from canlp.kb import load_kb

    return {form: state.code for state in load_kb().states.values() for form in state.names + state.adjectives}


def _talks_at_home(opening, participant_states):
    """True when the headline and lead (``opening``) hold talks "in" the capital (or another known venue: "in Sochi")
    of exactly one of the two participant states and name no multilateral occasion: one side has travelled to the
    other's capital (on train and dev, all 62 such texts are visits)."""
    venues = {state for state in map(_state_of_place, _VENUE.findall(opening)) if state}
    return len(venues) == 1 and venues <= set(participant_states) and not _occasion(opening)


def _session_not_trip(opening, text):
    """True when the opening tells a joint body's session ("the meeting of the intergovernmental commission ... took
    place in Tashkent") and names no trip ("arrived in Baku on a working visit"), nor does the body of the ``text``
    refer back to one ("During the visit, First Deputy Minister X also held talks with ...")."""
    return bool(_JOINT_BODY.search(opening)) and not _TRIP.search(opening) and not _DURING_THE_VISIT.search(text)


#: A sentence that refers back to the trip the text tells: "During the visit, ...".
_DURING_THE_VISIT = re.compile(r"(?:^|[.!?]\s+|\n)\s*During (?:the|this|his|her) (?:official |working )?visit,", re.M)


#: A joint body's own session: "the meeting of the intergovernmental commission ... took place in Tashkent",
#: "political consultations between the foreign ministries were held in Ashgabat" (a meeting, not framed as a trip).
_JOINT_BODY = re.compile(
    r"\b(?:meeting|session|sitting)\s+of\s+the\s+(?:[\w'’-]+\s+){0,8}?(?:commission|committee)\b"
    r"|\bconsultations\b[^.]{0,120}?\b(?:were held|was held|took place)\b|\b(?:held|hold|holds)\s+(?:[\w-]+\s+){0,3}?consultations\b",
    re.I,
)


#: A video link named as the means of the talks ("in a video conference", "via video link", "held online").
_VIDEO_LINK = re.compile(
    r"video[-\s]{0,2}conferenc|video[-\s]{0,2}link|video[-\s]{0,2}call|\bvirtual\s(?:meeting|summit|talks)"
    r"|\bheld\sonline\b"
    # "The III meeting of Agriculture Ministers of Kazakhstan, ... took place online" (not "part of which took place online")
    r"|\b(?:meeting|talks|consultations|session|summit|negotiations)\b(?:(?!\bwhich\b|\bpart\b)[^.;]){0,120}?"
    r"\b(?:took\splace|was\sheld|were\sheld)\sonline\b",
    re.I,
)
#: The event itself named as online: "This online event was organized at the initiative of ...", "the summit in an
#: online format".
_ONLINE_EVENT = re.compile(
    r"\b(?:this|the)\sonline\s(?:event|summit|meeting|conference|talks|consultations|session)\b"
    r"|\bin\s(?:an?\s|the\s)?(?:online|virtual)\sformat\b|\bheld\svirtually\b",
    re.I,
)
#: A telephone call named as the event: "telephone talks", "phone conversation", "spoke by phone".
_PHONE_LINK = re.compile(
    r"\b(?:tele)?phone\s(?:talks|conversation|call)|\btelephonic\b|\bby\s(?:tele)?phone\b|\bover\sthe\s(?:tele)?phone\b", re.I
)
#: Words of a meeting in person ("met at the checkpoint, a meeting agreed in a telephone conversation last week").
_MEETING_NAMED = re.compile(r"\bmet\b|\bmeets\b|\bmeeting\b|\breceived\b|\bin person\b", re.I)
#: A visit going on as the text tells it ("is on an official visit to", "is visiting", "who arrived in").
_ONGOING_VISIT = re.compile(
    r"\b(?:is|are) (?:(?:in|to) (?:[A-Z][a-z]+|our country|the country) )?(?:on|paying) (?:an? |his |her |their )?"
    r"(?:(?:first|second|third|official|state|working|friendly|short|two-day|three-day) )*visit\b|\b(?:is|are) visiting\b"
    r"|\b(?:arrived|arrives) (?:in|at)\b"
    r"|\b(?:first|second|third|final|last) day of (?:his|her|the) (?:official |state |working )?visit\b",
    re.I,
)
#: Words of a trip in person.
_TRIP = re.compile(r"\bvisit|\barriv|\btrip\b|\bin person\b|\bwelcom", re.I)
#: Words of a telephone call.
_PHONE_LINK_WORDS = re.compile(r"phon|\bcall(?:s|ed|ing)?\b|\bdial", re.I)
#: Words of a talk that a call's readout may use instead ("spoke today with", "had a conversation"): evidence of a
#: call only in a text that puts the talk in no place ("talked ... in the Kokhi Navruz palace" is in person).
_TALK_WORDS = re.compile(r"\bspoke\b|\bspeaks?\b|conversation|\btalked\b", re.I)


#: Where a rough split of a text into sentences cuts it: after a full stop, question or exclamation mark, or a line break.
_ROUGH_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def _phone_evidence(text):
    """True for a word of a telephone somewhere in ``text``, or a word of a talk in a text that names no venue."""
    if _PHONE_LINK_WORDS.search(text):
        return True
    if not _TALK_WORDS.search(text):
        return False
    capitals = _capitals()
    # the talk's own sentence names no venue ("Prime Minister Sir Keir Starmer spoke to President X this afternoon.
    # ... continuing the conversation at COP29 in Baku next month": the venue is another event's)
    return any(
        _TALK_WORDS.search(sentence) and not any(m in capitals for m in _VENUE.findall(sentence))
        and "palace" not in sentence.lower()
        for sentence in _ROUGH_SENTENCE.split(text)
    )


def _written_evidence(text):
    """True for a word of a letter or of a written greeting somewhere in ``text``."""
    return bool(_WRITTEN.search(text) or _GREETING_WORDS.search(text))
#: Words that a readout of a video call always has somewhere ("videoconference", "virtual summit", "online").
_VIDEO_EVIDENCE = re.compile(r"video|virtual|online|remotely|\bremote\b|web[- ]?conf|teleconf|zoom|webinar", re.I)


def _in_person_first(context):
    """True when the headline and the lead's first sentence tell a meeting in person ("received", "met", "held
    talks") and name no telephone, video link or letter."""
    first = context.prose_opening(1)
    return not _modalities_named(first) & {"phone_call", "video_call", "message"} and not _VIDEO_EVIDENCE.search(
        first
    ) and bool(_MET_IN_PERSON.search(first) or _RECEIVED_OFFICIAL.search(first))


def _remote_only_later_that_day(context):
    """True when every sentence that names a telephone or a video link opens with another time of the same day
    ("Earlier in the day,", "On the same day,"), and one does."""
    found = False
    for sentence in context.bounds:
        text = context.sentence_text(sentence)
        if _PHONE_LINK_WORDS.search(text) or _VIDEO_EVIDENCE.search(text):
            if sentence < 0 or not _ANOTHER_TIME_THAT_DAY.match(text):
                return False
            found = True
    return found


def _modalities_named(headline):
    """The modalities whose cue words (``keywords.json``, as the keyword baseline reads them) the headline has."""
    if not headline:
        return set()
    from canlp.features import MODALITY_CUES

    return MODALITY_CUES.labels(headline)


#: "on behalf of X", "on assignment of X", "on the instructions of X": X sent someone else (the words after "on").
_ON_BEHALF = [["behalf", "of"], ["assignment", "of"], ["the", "instructions", "of"], ["the", "instruction", "of"],
              ["instructions", "of"], ["the", "assignment", "of"], ["the", "orders", "of"]]
_ON_BEHALF_WORDS = {"behalf", "assignment", "instructions", "instruction", "orders"}

#: Event nouns that modify the next one ("phone call", "video conference", "state visit"): no event of their own.
_EVENT_MODIFIERS = {"phone", "telephone", "video", "state", "official", "working", "summit", "bilateral"}

#: Words before "hold" that make it an event to come ("agreed to hold", "will hold"): a bare "hold" is the
#: present tense of a headline ("Tokayev and Michel hold talks").
_TO_HOLD = {"to", "will", "would", "shall", "could", "can", "may", "might", "should", "must"}


#: A headline's present tense of an event that took place ("PM Modi, Kazakh President discuss ways to ...";
#: not "to discuss").
_HEADLINE_EVENT = re.compile(
    r"(?<!\bto )(?<!\bwill )(?<!\bshall )\b(?:discuss|meet|hold|sign|agree|talk|review|exchange)(?:es|s)?\b", re.I
)


#: The parts of a clause about an earlier event or a later one, whose verbs report no event of the text's: "the
#: leaders agreed on the venue at the previous meeting", "the previous day, they spoke by telephone", "at a meeting
#: with X next week" (not "met earlier today").
_EARLIER_EVENT = r"(?:previous|earlier|last)\s+(?:\w+\s+){0,2}(?:summit|meeting|visit|talks|session|round|conference|forum)\b[^.;:]*"
_RECALLED_CLAUSE = re.compile(
    # "(the leaders agreed on the venue) at the previous meeting in Dushanbe": the verb just before it too
    rf"\b(?:\w+\s+){{0,5}}(?:at|during|in|on)\s+(?:the|their|its|a)\s+{_EARLIER_EVENT}"
    # "... for his first visit since the previous summit there": from the recalled event on
    rf"|\b{_EARLIER_EVENT}"
    # "The previous day, the two leaders spoke by telephone."
    r"|\b(?:the\s+)?previous\s+(?:day|week|month)\b[^.;:]*"
    # a clause dated ahead: "At a meeting with X in Beijing next week, ..."
    # (from the invitation on: "sent a letter to X inviting him to pay a visit next year" reports the letter)
    r"|(?:(?!\binvit)[^.;:,])*\b(?:next\s+(?:week|month|year)|tomorrow)\b[^.;:,]*",
    re.I,
)


class _Announcement:
    """Tells an announcement of a future event from the report of one, on the headline and the lead.

    Announced: "will (also) <action>", "shall <action>", "X to <action>" (in a headline), "is expected /
    scheduled / slated / due / set / planned to", "to be held", "forthcoming", "upcoming"; called off (an event that
    did not take place): "cancelled", "scraps", "postponed", "called off", "put off". Reported: a past or
    present event verb ("held", "arrived", "leaves for", "had a", "is on a") outside the future clauses
    (from "will", "to be", "would" or "shall" to the end of the clause).
    """

    #: The words of "is expected / scheduled / slated / due / set / planned / going to"
    _BEFORE_TO = ("expected", "scheduled", "slated", "due", "set", "planned", "going")

    def __init__(self, actions, reported):
        actions = _phrases(actions)
        before_to = rf"(?:is|are)\s+(?:{'|'.join(self._BEFORE_TO)})\s+to"  # "is expected to", "are set to"
        body = rf"(?:will|shall)(?:\s+also)?\s+(?:{actions})|{before_to}|to\s+be\s+held|forthcoming|upcoming"
        self.future = re.compile(rf"\b(?:{body})\b", re.I)
        # only a headline announces with a bare infinitive ("Putin to visit Uzbekistan"); in the body
        # "arrived in Tashkent to attend the summit" or "the first president to make a state visit" report
        # (not "Congratulation cables continue to come to the address of X": the greetings keep arriving)
        self.future_headline = re.compile(
            rf"\b(?:{body}|(?<=[A-Za-z])(?<!continue)(?<!continues)\s+to\s+(?:{actions}))\b", re.I
        )
        # a future clause runs to the end of the sentence, but one in a relative clause only to its comma:
        # "Tokayev, who is slated to attend the summit, held a telephone conversation with X"
        self.future_clause = re.compile(
            rf",\s*(?:who|which)\s+(?:will|would|{before_to})\b[^.;:,]*,|\b(?:will|to be|would|shall|{before_to})\b[^.;:]*",
            re.I,
        )
        self.reported = re.compile(rf"\b(?:{_phrases(reported)})\b", re.I)
        self.called_off = re.compile(r"\b(?:cancel(?:s|led|ed)|scrap(?:s|ped)|postpone[sd]?|call(?:s|ed)\s+off|put\s+off)\b", re.I)

    #: Substrings one of which every announcing phrase of the body contains (tested with ``in``, in C).
    _BODY_HINTS = ("will", "shall", *(f"{word} to" for word in _BEFORE_TO), "to be held", "forthcoming", "upcoming",
                   "cancel", "scrap", "postpone", "called off", "calls off", "put off")

    def may_announce(self, text, opening=2000):
        """False when neither the opening of ``text`` has an announcing word of the body nor its first line
        (the headline) an announcing phrase: the cheap test (substrings, one short regex search) that spares
        most texts the cutting of their headline and lead."""
        lower = text[:opening].lower()
        if any(hint in lower for hint in self._BODY_HINTS):
            return True
        first_line_end = text.find("\n")
        if first_line_end < 0:
            first_line_end = len(text)
        first_line_end = min(first_line_end, 200)
        return bool(self.future_headline.search(text, 0, first_line_end) or self.called_off.search(text, 0, first_line_end))

    def __call__(self, headline, lead):
        """True when the headline or the first sentence of prose of ``lead`` announces and nothing in the
        headline and lead reports. A line of page furniture ("1112 views MEDIA ABOUT CA 0": fewer than three
        lower-case words) is not the first sentence."""
        prose = [s for s in lead if _is_prose(s)]
        first = prose[0] if prose else ""
        # a short first line with no full stop is a headline too, under a page's header line
        titled = first and len(first) < 150 and not first.rstrip().endswith((".", "!", "?", '"', "”"))
        body = self.future_headline if titled else self.future
        # under such a title line, the first sentence of the body announces too ("The 9th Foreign Ministers' Meeting
        # of the Dialogue / December 15 / On December 24, the Meeting will be held")
        second = prose[1] if titled and len(prose) > 1 and not _HEADLINE_EVENT.search(first) else ""
        if not (headline and (self.future_headline.search(headline) or self.called_off.search(headline))) and not (
            first and (body.search(first) or self.called_off.search(first))
        ) and not (second and self.future.search(second)):
            return False
        if headline and _HEADLINE_EVENT.search(headline) and not (
            self.future_headline.search(headline) or self.called_off.search(headline)
        ):
            return False  # "PM Modi, Kazakh President discuss ways to expand ties": the headline reports the event
        return not any(
            self.reported.search(_RECALLED_CLAUSE.sub(" ", self.called_off.sub(" ", self.future_clause.sub(" ", part))))
            for part in (headline, *lead) if part
        )


#: Words of a call, a written message or a separate meeting: another event told "later in the day".
_REMOTE_WORDS = frozenset({"phone", "telephone", "call", "called", "calls", "phoned", "telegram", "message", "letter",
                           "congratulated", "congratulations", "condolences", "greetings", "sent", "videoconference",
                           "video", "online", "separate"})
#: Marks that begin the items of a list.
_LIST_MARKS = frozenset({"-", "–", "—", "•", "*", "·", "▪"})


class _Context:
    """What the participant rules read from one Doc, computed once and on demand."""

    def __init__(self, doc, text, lowers, sent_of, bounds, sentences, officials):
        self.doc, self.text, self.lowers, self.sent_of = doc, text, lowers, sent_of
        self.bounds, self.sentences, self.officials = bounds, sentences, officials
        self._heads = {}
        self._dated = None
        self._idx = None
        self.signature_blocks = _signature_blocks(text)

    @property
    def speech_spans(self):
        """(first, end) token ranges of what the speakers of a transcript say ("Vladimir Putin: Mr President,
        welcome. I spoke with X yesterday."): from the colon after a speaker's name to the paragraph's end."""
        if "_speech_spans" not in self.__dict__:
            words = token_text(self.doc)
            spans = []
            speakers = {m["token_start"] for m in self.officials if m.get("speaker")}
            opening = bool(speakers) and "\n" not in doc_text(self.doc)[:self.doc[min(speakers)].idx]
            for m in self.officials:
                if not m.get("speaker"):
                    continue
                colon = m["token_end"]
                while colon < len(words) and colon - m["token_end"] < 3 and words[colon] != ":":
                    colon += 1
                if colon >= len(words) or words[colon] != ":":
                    continue
                # to the next speaker; in a text that opens with its speaker, to the end of the paragraph (a blank
                # line: "Vladimir Putin: Good afternoon. ...\n\nThe President of Russia held talks with X")
                end = colon + 1
                while end < len(words) and not ("\n" in words[end] and (
                    (opening and words[end].count("\n") > 1) or end + 1 >= len(words) or end + 1 in speakers
                )):
                    end += 1
                spans.append((colon + 1, end))
            self._speech_spans = spans
        return self._speech_spans

    def in_speech(self, start):
        """True for a token inside what a transcript's speaker says (see :attr:`speech_spans`)."""
        return any(first <= start < end for first, end in self.speech_spans)

    @property
    def mention_tokens(self):
        """Indices of the tokens inside official mentions."""
        tokens = self.__dict__.get("_mention_tokens")
        if tokens is None:
            tokens = self._mention_tokens = {i for m in self.officials for i in range(m["token_start"], m["token_end"])}
        return tokens

    @property
    def spoken(self):
        """True when the modality model says visit, meeting, phone or video call (False without the model)."""
        return get_ext(self.doc, "modality") in ("visit", "meeting", "phone_call", "video_call")

    @property
    def roundup(self):
        """True for a round-up of the letters a leader received from many others (headline or lead)."""
        value = self.__dict__.get("_roundup")
        if value is None:
            value = self._roundup = bool(_ROUNDUP.search(self.text, 0, 600))
        return value

    def lead_rank(self, sentence):
        """How many sentences of prose come before ``sentence`` in the body: bylines, datelines and time
        stamps ("Zhanna Nurmaganbetova", "12 November 2021, 21:55") are not sentences of the lead."""
        if sentence <= 0:
            return 0
        ranks = self.__dict__.get("_ranks")
        if ranks is None:
            ranks = self._ranks = {}
            words = token_text(self.doc)
            count = 0
            seen = set()
            for s in sorted(k for k in self.bounds if k >= 0):
                ranks[s] = count
                first, end = self.bounds[s]
                # Latin words only: a notice in Russian or Tajik above the article is no sentence of its lead
                lower = sum(1 for w in words[first:end] if w.isalpha() and w.islower() and w.isascii())
                last = end - 1
                while last > first and words[last].isspace():
                    last -= 1
                lead_word = first
                while lead_word < last and words[lead_word].isspace():
                    lead_word += 1
                if words[lead_word] == "date" and lead_word + 1 < end and words[lead_word + 1][:1].isdigit():
                    lower -= 1  # "date 2015-09-28 ASTANA.": a page's time stamp and the dateline, no sentence
                if words[last] not in _END_WORDS and (
                    words[lead_word] in _BULLETS or sum(1 for w in words[first:end] if w.isalpha()) <= 12
                ):
                    # "• Added widget FAQs Detail>>>", "New on the portal", "III meeting of Central Asian Agriculture
                    # Ministers held": a menu's items or a headline repeated above the text, not prose
                    continue
                if lower >= 3 or (lower >= 1 and words[last] in _END_WORDS):
                    said = " ".join(self.sentence_text(s).split())
                    if said in seen:
                        continue  # a photo caption or a headline said again above the text
                    seen.add(said)
                    count += 1  # a sentence, not a byline or a time stamp
        return ranks.get(sentence, sentence)

    def headline_and_lead(self, lead_sentences=2):
        """The headline's text ("" if none) and the texts of the lead's sentences (the first
        ``lead_sentences`` sentences of prose; bylines and time stamps are skipped)."""
        headline = self.sentence_text(-1) if -1 in self.bounds else ""
        lead = []
        for sentence in sorted(k for k in self.bounds if k >= 0):
            rank = self.lead_rank(sentence)
            if rank >= lead_sentences:
                break
            lead.append(self.sentence_text(sentence))
        return headline, lead

    def opening(self, lead_sentences):
        """The headline and the first ``lead_sentences`` sentences of the lead as one text (one line each),
        made once per Doc and length."""
        openings = self.__dict__.setdefault("_openings", {})
        text = openings.get(lead_sentences)
        if text is None:
            headline, lead = self.headline_and_lead(lead_sentences)
            text = openings[lead_sentences] = "\n".join([headline, *lead])
        return text

    def prose_opening(self, lead_sentences):
        """The headline and the lines of prose of the lead up to rank ``lead_sentences`` (three lower-case
        words or more): :meth:`opening` without bylines, menus and time stamps ("Contact phone")."""
        headline, lead = self.headline_and_lead(lead_sentences)
        kept, previous = [headline], ""
        for line in (line for sentence in lead for line in sentence.splitlines() if line.strip()):
            # a short line that goes on in lower case after a line of prose with no full stop is the end of a
            # wrapped sentence ("... held in a video / conference format."), not a menu's "phone"
            if line.lstrip()[:1] in _BULLETS:
                previous = ""  # "•    Astana pushes for regional meeting ...": a list of links, not the lead
                continue
            if _is_prose(line) or (line.lstrip()[:1].islower() and previous and previous.rstrip()[-1:] not in ".!?"):
                kept.append(line)
                previous = line
            else:
                previous = ""
        return "\n".join(kept)

    def is_signature(self, mention):
        """True for a mention in the signature block of a letter or telegram."""
        return any(start <= mention["start_char"] < end for start, end in self.signature_blocks)

    def sentence_text(self, sentence):
        if self._idx is None:
            self._idx = token_offsets(self.doc)
        first, end = self.bounds[sentence]
        stop = self._idx[end] if end < len(self._idx) else len(self.text)
        return self.text[self._idx[first]:stop]

    def on_link_line(self, mention):
        """True for a mention on a short bullet line ("• Premier Wen Jiabao visits Hungary, Britain, Germany"):
        the link to another story that pages list beside or below an article."""
        line = line_at(self.text, mention["start_char"]).strip()
        if len(line) < 120 and line[:1] in _BULLETS:
            return True
        at = mention["start_char"]
        return any(start <= at < end for start, end in self.headline_lists)

    @property
    def headline_lists(self):
        """``(start, end)`` character ranges of the lists of other stories' headlines that pages print below
        an article, without bullets ("President Emomali Rahmon receives the Speaker of ... Numan Kurtulmus" /
        "President Emomali Rahmon meets with President of the Russian Federation Vladimir Putin" / ...): three
        lines or more in a row, each short, capitalised and with no full stop, two of them telling something
        (a lower-case word of four letters or more), after a line of prose. A letter's signature block has
        names and titles but no such words."""
        found = self.__dict__.get("_headline_lists")
        if found is None:
            found, block, prose_seen, offset = [], [], False, 0
            lines = self.text.split("\n") + [""]
            for k, line in enumerate(lines):
                stripped = line.strip()
                if stripped and prose_seen and len(stripped) < 200 and stripped[0].isupper() and stripped[-1] not in ".!?:;," and not (
                    # a line of prose wrapped at a fixed width ("On the sidelines of the event, the President met /
                    # President of Turkmenistan X and / President of Tajikistan Y and discussed"): it stops on a
                    # word that goes on, or the next line goes on in lower case
                    stripped.rsplit(None, 1)[-1] in _WRAPPED_LINE_ENDS or lines[k + 1][:1].islower()
                ):
                    block.append((offset, offset + len(line), bool(_TELLING_WORD.search(stripped))))
                else:
                    if len(block) >= 3 and sum(telling for _, _, telling in block) >= 2:
                        found.append((block[0][0], block[-1][1]))
                    block = []
                    if not prose_seen and stripped[-1:] in (".", "!", "?") and _is_prose(stripped):
                        prose_seen = True
                offset += len(line) + 1
            self._headline_lists = found
        return found

    def is_own_line(self, sentence):
        """True when ``sentence`` is a line of its own with no full stop (a headline or a title line:
        "Mikhail Mishustin's conversation with Prime Minister X")."""
        if sentence not in self.bounds:
            return False
        line = self.sentence_text(sentence)  # with the spaces up to the next sentence
        stripped = line.rstrip()
        begins = self._idx[self.bounds[sentence][0]]
        starts_line = not self.text[:begins].strip(" \t") or self.text[:begins].rstrip(" \t").endswith("\n")
        return bool(stripped) and stripped[-1] not in ".!?;:" and "\n" in line[len(stripped):] and starts_line

    def list_head(self, sentence):
        """The sentence that introduces a list ("The summit was attended by:") when ``sentence`` is a
        short item of it ("Kyrgyzstan – President Sadyr Japarov"), else None."""
        if sentence in self._heads:
            return self._heads[sentence]
        head = None
        first, end = self.bounds.get(sentence, (0, 0))
        # an item is short, or begins with a list mark ("- Qatar – the Prime Minister, Minister of Foreign Affairs
        # X, State Minister for Foreign Affairs Y")
        marked = first < len(self.lowers) and self.lowers[first] in _LIST_MARKS
        if sentence > 0 and (end - first <= 24 or (marked and end - first <= 60)) and sentence - 1 in self.bounds and not (
            # "The following is attributable to Spokesperson X: / Today, Secretary Y met with Z.": a sentence of its
            # own that tells a meeting, no item of a list
            _MET_IN_PERSON.search(self.sentence_text(sentence))
        ):
            p_first, p_end = self.bounds[sentence - 1]
            last = p_end - 1
            while last > p_first and not self.lowers[last].strip():
                last -= 1
            if self.lowers[last] == ":":
                head = sentence - 1
            else:
                head = self.list_head(sentence - 1)
        self._heads[sentence] = head
        return head

    def other_date(self, sentence):
        """True when ``sentence`` dates its event to another day than the document's (three days or
        more apart), unless it holds the first date of the text (the dateline or the lead)."""
        date = get_ext(self.doc, "date")
        if sentence < 0:
            return False
        if not date:
            return self._older_year(sentence)
        if self._dated is None:
            self._dated = {}
            reference = dt.date.fromisoformat(date)
            first_date = _DAY_MONTH.search(self.text)
            self._first_date_at = first_date.start() if first_date else None
            self._reference = reference
        if sentence not in self._dated:
            text = self.sentence_text(sentence)
            start_char = self._idx[self.bounds[sentence][0]]
            result = False
            # "his telephone conversation with X today, during which they reviewed ... agreed in May": today's event
            # (a full date still dates its clause: "noted today that the treaty signed on 19 May 2007")
            for position, candidates in _dates_in(text, self._reference, partial=not _TODAY.search(text)):
                if start_char + position == self._first_date_at:
                    result = False
                    break
                if _PLANNED_BEFORE.search(text, max(0, position - 60), position):
                    # "the early presidential election scheduled for 20 November", "the upcoming Central Asia + China
                    # Summit in Xian in May 2023": a plan's date, no event's
                    continue
                if min(abs((c - self._reference).days) for c in candidates) >= 3:
                    result = True
                else:
                    result = False
                    break
            if not result and sentence > 0 and _THAT_TRIP.match(text.lstrip()) and not _TRIP_WORDS.isdisjoint(
                self.sentences.word_set(sentence - 1)
            ) and self.other_date(sentence - 1):
                result = True  # "In June 2022, X visited Tajikistan. During her visit, she met ...": that visit's day
            self._dated[sentence] = result
        return self._dated[sentence]

    def _older_year(self, sentence):
        """In an undated text: True when ``sentence`` dates its event to a year ("in 1997") two or more
        before the latest year the text names (the background of an article: "The treaty was signed by X
        and Y in 1997" beside "a council set up in 2012")."""
        text = self.sentence_text(sentence)
        if "in " not in text and "since " not in text:
            return False
        years = [int(m.group(1)) for m in _IN_YEAR.finditer(text)]
        if not years:
            return False
        latest = self.__dict__.get("_latest_year")
        if latest is None:
            latest = self._latest_year = max((int(y) for y in _ANY_YEAR.findall(self.text)), default=0)
        return max(years) <= latest - 2


class _Cues:
    """A word list from ``cues.json``: exact words, and prefixes for entries ending in '*'."""

    def __init__(self, words):
        self.exact = frozenset(w for w in words if not w.endswith("*"))
        self.prefixes = tuple(w[:-1] for w in words if w.endswith("*"))

    def __call__(self, word):
        return word in self.exact or (bool(self.prefixes) and word.startswith(self.prefixes))

    def any(self, words):
        """True when one of ``words`` (a set, for speed) is a cue."""
        if not self.exact.isdisjoint(words):
            return True
        return bool(self.prefixes) and any(w.startswith(self.prefixes) for w in words)


class Participants:
    """Decide participants among ``doc._.officials``; see the module docstring."""

    def __init__(self, nlp, name="canlp_participants", lead_sentences=2, none_threshold=0.8):
        self.name = name
        self.lead_sentences = lead_sentences
        self.none_threshold = none_threshold
        cues = _load_cues()
        self.is_interaction = _Cues(cues["interaction"])
        self.is_recall = _Cues(cues["recall"])
        self.recall_before = set(cues["recall_before"])
        self.is_convey = _Cues(cues["convey"])
        self.is_future = _Cues(cues["future"])
        self.is_past_interaction = _Cues(cues["past_interaction"])
        self.greeting_nouns = set(cues["greeting_nouns"])
        self.convey_verbs = set(cues["convey_verbs"])
        self.event_nouns = frozenset(cues["event_nouns"])
        self.other_event = frozenset(cues["other_event"])
        self.attributive = frozenset(cues["attributive"])
        self.parallel = frozenset(cues["parallel_event"])
        self.message_nouns = frozenset(cues["message_nouns"])
        self.domestic_meeting = frozenset(cues["domestic_meeting"])
        self.is_announcement = _Announcement(cues["announced_actions"], cues["reported_event"])

    def _sentences(self, doc, text):
        """Sentence index of each token; the headline (a short first line without a full stop) is -1.

        A sentence ends at ".", "!", "?" or a line break (not at a run of spaces). A sentence of fewer
        than four tokens (a dateline such as "BURABAY.") is counted with the
        one that follows it. Computed on token arrays, without iterating over
        Token objects (no sentencizer needed).
        """
        n = len(doc)
        lowers = token_lower(doc)
        first_line_end = text.find("\n")
        headline_tokens = 0
        if first_line_end > 0:
            line = text[:first_line_end].strip()
            if line and len(line) < 200 and not line.endswith(".") and len(text) > first_line_end + 20:
                headline_tokens = bisect.bisect_left(token_offsets(doc), first_line_end)
        # a line break ends a sentence; spaces alone ("the  Collective Security ...") do not
        is_end = [w in _END_WORDS or (w.isspace() and ("\n" in w or "\r" in w)) for w in lowers]
        words = token_text(doc)
        # a sentence may start where an end token is followed by a non-end token, once it is 4 tokens long;
        # not at a line break before a lower-case word (a line wrapped inside the sentence: "R. Meredov\n\nattended")
        candidates = [
            i + 1 for i in itertools.compress(range(n), is_end)
            if i >= headline_tokens and i + 1 < n and not is_end[i + 1]
            and not (lowers[i].isspace() and words[i + 1][:1].islower())
        ]
        if sum(1 for i in itertools.compress(range(n), is_end) if i + 1 < n and lowers[i].isspace() and words[i + 1][:1].islower()) >= 3:
            # a text wrapped at a fixed width (three lines or more go on in lower case): a line break with no
            # full stop before it is inside a sentence ("... – CIS\n\nExecutive Secretary S.N.Lebedev.")
            candidates = [i for i in candidates if not (lowers[i - 1].isspace() and i >= 2 and lowers[i - 2] not in _END_WORDS)]
        starts, current = [headline_tokens], headline_tokens
        for i in candidates:
            if i - current >= 4:
                starts.append(i)
                current = i
        index = [-1] * headline_tokens
        bounds = {-1: (0, headline_tokens)} if headline_tokens else {}
        ends = starts[1:] + [n]
        for sentence, (first, end) in enumerate(zip(starts, ends)):
            if end > first:
                index.extend([sentence] * (end - first))
                bounds[sentence] = (first, end)
        return index, bounds

    def __call__(self, doc):
        officials = get_ext(doc, "officials") or []
        text = doc_text(doc)
        lowers = token_lower(doc)
        sent_of, bounds = self._sentences(doc, text) if len(doc) else ([], {})
        sentences = _LazySentences(bounds, lowers)
        persons = {}
        for m in officials:
            persons.setdefault((m["name"], m["state"]), []).append(m)
        context = _Context(doc, text, lowers, sent_of, bounds, sentences, officials)

        chosen = []
        for (name, state), mentions in persons.items():
            if self._takes_part(context, mentions):
                chosen.append(_participant(name, state, mentions))
        chosen = _merge_partial_names(chosen)
        chosen = _leaders_named_below(
            chosen, persons, context, lambda words: self.is_interaction.any(words) or self.is_past_interaction.any(words)
        )
        host = self._implicit_host(doc, text, chosen)
        if host is not None:
            chosen.append(host)
        states = {p["state"] for p in chosen if p["state"]}
        if len(states) == 1:
            chosen.extend(self._counterpart_to_come(context, persons, states))
            states = {p["state"] for p in chosen if p["state"]}
        if len(states) == 1:
            chosen.extend(self._counterpart_of_the_opening(context, persons, states))
            states = {p["state"] for p in chosen if p["state"]}
        if len(states) == 1:
            chosen.extend(self._delegations_met(context, persons, states))
            states = {p["state"] for p in chosen if p["state"]}
        elif len(states) >= 2:
            # "The UAE delegation included Saeed Matar Al Qemzi, UAE Ambassador to Uzbekistan": a member of the
            # delegation of a state taking part
            chosen.extend(self._delegation_members(context, persons, states, chosen))
        one_state = len(states) == 1 and all(p["state"] for p in chosen)
        lone = one_state and (self._at_multilateral_event(context, chosen) or self._met_an_unnamed_party(context, chosen))
        # senders of one state writing to another ("conveyed a message of condolence to the Uzbek people")
        sent_abroad = one_state and self._sent_abroad(context, chosen)
        if len(states) < 2 and len(chosen) < 2 and not lone and not sent_abroad and not self._signed_to_another_state(
            context, persons, chosen
        ):
            chosen = []
        domestic = one_state and not lone and not sent_abroad
        at_home = domestic and self._meet_at_home(context, chosen)
        if domestic and not at_home:
            chosen = []  # officials of one state named together (a decree, a resignation): a domestic text
        scores = get_ext(doc, "modality_scores")
        if chosen and _is_declaration(text):
            chosen = []  # the text of a joint statement: its signatories are not reported as meeting (ANNOTATION.md)
            if scores:
                set_ext(doc, "modality", "none")  # "the text of a declaration" is `none`
        if (chosen or scores) and self.is_announcement.may_announce(text) and self.is_announcement(
            *context.headline_and_lead(self.lead_sentences)
        ) and not _UNDER_WAY.search(text):
            chosen = []  # "President X will pay a state visit to Y next week": nothing has happened yet
            if scores:
                set_ext(doc, "modality", "none")
        if not chosen and scores and _NOT_HELD.search(context.opening(1)):
            set_ext(doc, "modality", "none")  # "Why X and Y did not meet in Astana": no event to name
        if not chosen and get_ext(doc, "modality") in ("video_call", "meeting") and _DOMESTIC_AUDIENCE.search(
            context.opening(3)
        ):
            # "President X held a videoconference with the hokims of regions and heads of ministries ... projects with
            # companies from China and Turkiye": a domestic meeting that names other states
            set_ext(doc, "modality", "none")
        own = {m["state"] for m in officials}  # the states of all officials named, None for an organisation's
        if not chosen and scores and _COMPANY.search(context.opening(1)) and len(own) <= 1 and None not in own:
            # "President X received the President of the Japanese company Sumitomo", "met with the Chairman of China
            # National Petroleum Corporation": a company's head is no official (ANNOTATION.md): no interaction
            set_ext(doc, "modality", "none")
        if (
            scores
            and scores.get("none", 0.0) >= self.none_threshold
            and len(states) >= 2
            and not self._states_interact(context, chosen)
            # not a transcript whose speakers are of two states ("President of Russia X: Mr President, ..."), talks told
            # in their own words
            and len({m["state"] for m in officials if m.get("speaker") and m["state"]}) < 2
        ):
            chosen = []  # the text reports no interaction between states (analysis, domestic news, an announcement)
        chosen.sort(key=lambda p: p.pop("_first"))
        participant_states = sorted({p["state"] for p in chosen if p["state"]})
        # parties: the states taking part, and the organisations (officials of no state: a UN envoy, the OTS secretary general)
        parties = len(participant_states) + any(p["state"] is None for p in chosen)
        if scores:
            set_ext(doc, "modality", self._reconciled_modality(
                context, get_ext(doc, "modality"), scores, chosen, participant_states, parties, lone=lone and bool(chosen)
            ))
            if at_home and chosen:
                # officials of one state meeting each other ("the Speaker met the new Iranian ambassador to
                # Tajikistan"): a contact within one state is `none` (ANNOTATION.md)
                set_ext(doc, "modality", "none")
        set_ext(doc, "participants", chosen)
        set_ext(doc, "participant_states", participant_states)
        mentioned = mentioned_states(doc)
        set_ext(doc, "mentioned_states", mentioned)
        if scores and len(own) == 1 and None not in own and own.issuperset(mentioned) and own.issuperset(participant_states) and (
            (not participant_states and len(mentioned) == 1)
            or (not lone and not any(m.label_ == "ORG" for m in state_mentions(doc)))
        ):
            # officials of one state, no other state (nor, but for a text that names that state alone and no
            # participant, an organisation) named: a domestic contact ("At the meeting of the Cabinet of Ministers,
            # President X heard a report of Y")
            set_ext(doc, "modality", "none")
        set_ext(doc, "format", format_of(participant_states))
        set_ext(doc, "level", level_of([p["role"] for p in chosen]))
        set_ext(doc, "intraregional", is_intraregional(participant_states))
        taking_part = {(p["name"], p["state"]) for p in chosen}
        matches = [
            (m["token_start"], m["token_end"], m["role"], m["name"])
            for m in officials if (m["name"], m["state"]) in taking_part
        ]
        doc.spans[SPAN_KEY] = make_spans(doc, longest_matches(matches))
        for key in CACHE_KEYS + (MENTIONS_KEY,):
            doc.user_data.pop(key, None)  # the caches of the components: not results
        return doc

    def _reconciled_modality(self, context, modality, scores, chosen, participant_states, parties, lone=False):
        """The model's modality set right by what the participants and the opening say, rule by rule in
        this order: a lone official at an event of several states (``lone``) makes a ``none`` a meeting, or a
        video call if the opening names a video link; officials of two parties make a ``none`` an interaction;
        a headline of written messages makes a meeting a message; talks around a multilateral event (or a guest it brought) make a visit a
        meeting; talks "in" one side's capital, or a host receiving a guest, make a meeting a visit; a call
        with no telephone but a video link is a video call, a video call with no word of one is not;
        talks "during his visit to" one side's country make a meeting a visit; resident ambassadors make a visit a
        meeting; credentials presented, or greetings passed on by an
        ambassador with nothing written, make a message a meeting."""
        text = context.text
        # two states, or one state and an organisation ("Visiting UN Secretary-General X ... with Prime Minister Y"):
        # the rules that read a trip in so many words ("upon arrival", "during his visit to", "visiting") hold for
        # both; those that read a visit from the venue or the host's reception only for two states (the labels have
        # most organisations' officials received by a state's leader at a meeting, 43 of 68)
        two_parties = len(participant_states) == 2 or (len(participant_states) == 1 and parties == 2)
        if lone and modality == "none":
            # a video link told of the event, not of an earlier one ("the second meeting ..., which was held by video
            # link in October 2020")
            modality = "video_call" if _video_told_now(context.opening(3), get_ext(context.doc, "date")) else "meeting"
        if modality in ("phone_call", "video_call") and _in_person_first(context) and _remote_only_later_that_day(context):
            # "X received the Ambassador of Y. On the same day, he held a phone call with ...": the headline event is
            # the reception, the call another event of that day
            modality = max(("visit", "meeting"), key=scores.get)
        if parties >= 2 and modality == "none":
            # officials of two parties taking part: not "none"; the likeliest other modality, among the
            # remote ones the headline names if it names one ("speech at the SCO videoconference summit";
            # a "summit meeting" may well be a visit)
            remote = {"phone_call", "video_call", "message"}
            headline = context.headline_and_lead(0)[0]
            named = _modalities_named(headline) & remote
            if not named and _in_person_first(context):
                # "President X received OSCE Secretary General Y ... Earlier in the day, the Head of State had a
                # telephone conversation with ...": the headline event is in person, the call another
                named = {"visit", "meeting"}
            if not named:
                # "The world leaders in a telephonic conversation congratulated him": the lead names it (its prose,
                # not a menu's "Contact phone")
                prose = context.prose_opening(3)
                in_prose = _modalities_named(prose)
                named = in_prose & {"phone_call", "video_call"}
                if "video_call" in named and not _video_told_now(prose, get_ext(context.doc, "date")):
                    named.discard("video_call")  # "the second meeting, which was held by video link in October 2020"
                if not named and _video_told_now(prose, get_ext(context.doc, "date")):
                    named = {"video_call"}  # "held a video summit with"
                elif not named and (
                    in_prose & {"visit", "meeting"} or _MET_IN_PERSON.search(context.opening(3))
                    or _RECEIVED_OFFICIAL.search(context.opening(3))
                ):
                    # "In the course of the meeting, Rahmon highlighted ...": in person, no link named; or a message
                    # the model rates higher ("congratulatory telegrams were received from")
                    named = {"visit", "meeting"} | (in_prose & {"message"})
                elif not named:
                    named = in_prose & {"message"}
            # a remote modality only with a word of its link somewhere in the text
            unheard = {"phone_call"} if not _phone_evidence(text) else set()
            unheard |= {"video_call"} if not _VIDEO_EVIDENCE.search(text) else set()
            unheard |= {"message"} if not _written_evidence(text) else set()
            modality = max(
                (m for m in scores if m != "none" and (m in named or not named) and (m not in unheard or named)),
                key=scores.get,
            )
        if (
            modality == "message" and len(participant_states) >= 2 and _PRESS_MESSAGE.search(text, 0, 800)
            and not _written_evidence(_PRESS_MESSAGE.sub(" ", text)) and not _phone_evidence(text) and not _VIDEO_EVIDENCE.search(text)
            and (_MET_IN_PERSON.search(context.opening(3)) or _MEETING_BETWEEN.search(context.opening(3)))
        ):
            # "..., the Tajik Foreign Ministry said in a message April 18. The discussions were held as part of the
            # meeting between X and Y": the press service's message, no letter between the two
            modality = max(("visit", "meeting"), key=scores.get)
        if modality in ("meeting", "visit") and len(participant_states) >= 2:
            headline = context.headline_and_lead(0)[0]
            if headline and _WRITTEN.search(headline) and not (_modalities_named(headline) & {"visit", "phone_call", "video_call"}):
                # "N. Nazarbayev received letters of congratulation from foreign Heads of State": a headline of
                # written messages ("received" is no meeting here)
                modality = "message"
            elif _RECEIVED_WRITTEN.search(context.prose_opening(1)) and not _MET_IN_PERSON.search(context.prose_opening(1)):
                # "President X has received messages of sympathy ... from President of Russia Y, ...": the lead's
                # written messages received
                modality = "message"
        if modality == "visit" and _sidelines(context.opening(3)):
            # "on the sidelines of the SCO summit", "ahead of the meeting of the Eurasian Intergovernmental Council":
            # talks around a multilateral event are a meeting (ANNOTATION.md), in the host's country too
            modality = "meeting"
        if (
            modality == "visit" and len(participant_states) == 2 and not _TRIP.search(context.opening(3))
            and _venue_elsewhere(context.opening(3), participant_states)
        ):
            # "Wang Yi held talks in Tashkent with his Tajik counterpart": talks in a third country, no word of a
            # visit, arrival or welcome; a meeting (ANNOTATION.md)
            modality = "meeting"
        elif modality == "visit" and len(participant_states) == 2 and _venue_elsewhere(
            context.opening(1), participant_states, _TRIP_TO
        ):
            # "as part of his working trip to Almaty city (Kazakhstan), met with the Prime Minister of Belarus":
            # the trip was to a third country; the talks there are a meeting
            modality = "meeting"
        if modality == "meeting" and len(participant_states) == 2 and _talks_at_home(
            context.opening(3), participant_states
        ) and not _session_not_trip(context.opening(2), context.text):
            # "talks in Ankara between the presidents of Turkmenistan and Türkiye" (not a commission's session there)
            modality = "visit"
        elif (
            modality == "meeting" and two_parties and _ARRIVAL.search(context.opening(1))
            and not _occasion(context.opening(3)) and not _sidelines(context.opening(3))
            and not _venue_elsewhere(context.opening(3), participant_states)
            and not _venue_elsewhere(context.opening(1), participant_states, unplaced=True)
        ):
            # "met with the Deputy Chairman of the UAE, who upon arrival in the Turkmen capital was met by the Head
            # of state": a guest arriving for talks with the host, no multilateral occasion (ANNOTATION.md: a visit)
            modality = "visit"
        if (
            modality == "meeting" and len(participant_states) == 2 and _dateline_state(context) in participant_states
            and not _occasion(context.opening(3)) and not _sidelines(context.opening(3))
            and not _venue_elsewhere(context.opening(3), participant_states) and not _ENVOY_WORDS.search(context.opening(1))
            and not _venue_elsewhere(context.opening(1), participant_states, unplaced=True)
            and not _session_not_trip(context.opening(2), context.text)  # a commission's session in one capital: a meeting
        ):
            # "RIYADH: King Salman and the speaker of Tajikistan's parliament held talks here Sunday", "DOHA: President
            # Rahmon met the Emir of Qatar": the dateline puts the talks in one side's capital, no occasion: a visit
            modality = "visit"
        if (
            modality == "meeting" and len(participant_states) == 2
            and _RECEIVED_GUEST.search(context.opening(1)) and not _ENVOY_WORDS.search(context.opening(1))
            and not _occasion(context.opening(3)) and not _venue_elsewhere(context.opening(3), participant_states)
        ):
            # "The President of Turkmenistan received the Minister of Foreign Affairs of Turkey", no multilateral
            # occasion: a president receiving a visiting minister is a visit (ANNOTATION.md; so are all 30 corpus
            # texts of this kind that report a contact in person)
            modality = "visit"
        if modality == "meeting" and len(participant_states) == 2 and not _occasion(context.opening(3)) and not (
            _sidelines(context.opening(3)) or _ENVOY_WORDS.search(context.opening(3))
            or _venue_elsewhere(context.opening(3), participant_states)
            or _venue_elsewhere(context.opening(3), participant_states, _TRIP_TO)  # "During his visit to Azerbaijan"
        ):
            # the first sentence's residence (not "recalled their negotiations at Kuksaroy" further down)
            residence = _HOST_RESIDENCE.search(context.opening(1))
            office = _HEAD_OFFICE.search(context.opening(1))
            hosts = {p["state"] for p in chosen if p["role"] == ("prime_minister" if office and "Prime" in office.group(0)
                                                                  else "president")} if office else set()
            if (residence and _HOST_RESIDENCES[residence.group(1).lower()] in participant_states) or _GREETING_GUEST.search(
                context.opening(3)
            ) or len(hosts) == 1:
                # "Islam Karimov met with the Minister of Oman at Oqsaroy", "Welcoming the guest, the Head of state
                # said", "met with X today at the Presidential Palace" (the one president's among the participants):
                # the host received a guest at home (ANNOTATION.md: the guest's visit)
                modality = "visit"
        if modality == "phone_call" and not _phone_evidence(text):
            if _VIDEO_EVIDENCE.search(context.opening(3)):
                # "discussed the prospects ... online" in the opening, no word of a telephone anywhere
                modality = "video_call"
            elif not _VIDEO_EVIDENCE.search(text):
                # no word of a telephone or a call anywhere ("political consultations ... took place in Astana")
                excluded = {"phone_call", "none"} if len(participant_states) >= 2 else {"phone_call"}
                if not _written_evidence(text):
                    excluded.add("message")
                modality = max((m for m in scores if m not in excluded), key=scores.get)
        if modality in ("visit", "meeting") and (
            _VIDEO_LINK.search(context.opening(1)) or _ONLINE_EVENT.search(context.opening(2))
        ) and not _TRIP.search(context.opening(1)):
            # "President X and Turkmen counterpart Y have met in a video conference": the headline and first
            # sentence name the video link and no trip
            modality = "video_call"
        elif modality in ("message", "phone_call") and (
            _CALLED_ON.search(context.opening(2))
            or (_JOINT_PRESS.search(context.opening(2)) and not self.is_recall.any(set(context.opening(2).lower().split())))
        ) and not _PHONE_LINK.search(context.opening(2)):
            # "the minister called on the premier", "a joint press conference with X": in person, at an event or on a trip
            occasion = _sidelines(context.opening(3)) or _occasion(context.opening(1))
            modality = "meeting" if occasion else "visit"
        elif (
            modality in ("visit", "meeting") and _PHONE_LINK.search(context.opening(1)) and not _TRIP.search(context.opening(1))
            and not _MEETING_NAMED.search(context.opening(1))
        ):
            # "Kishida on Tuesday held separate telephone talks with Kyrgyz President X" (a cancelled visit below)
            modality = "phone_call"
        elif (
            modality in ("visit", "meeting") and len(participant_states) >= 2 and _CALL_INITIATED.search(text)
            and not _TRIP.search(context.opening(1)) and not _MEETING_NAMED.search(context.opening(1))
            and not _VIDEO_EVIDENCE.search(text)
        ):
            # "... The telephone conversation was initiated by the Belarusian side." closing a readout whose lead
            # names no means ("X informed Y of the results of ..."): the call is the event
            modality = "phone_call"
        if modality == "video_call" and next(
            _not_of_an_earlier_year(text, _VIDEO_EVIDENCE.finditer(text), get_ext(context.doc, "date")), None
        ) is None:
            # no word of a video link anywhere (every video call of the corpus and the real-text sets has one), or
            # only in sentences of an earlier year ("the second round, which was held by video link in May 2020")
            excluded = {"video_call", "none"} if len(participant_states) >= 2 else {"video_call"}
            if not _phone_evidence(text):
                excluded.add("phone_call")
            modality = max((m for m in scores if m not in excluded), key=scores.get)
        if (
            modality == "meeting" and two_parties and _trip_to_a_party(context.opening(2), participant_states)
            and not _occasion(context.opening(2)) and not _sidelines(context.opening(2))
            and not _venue_elsewhere(context.opening(2), participant_states)
        ):
            # "held a foreign ministers' meeting with X, ..., during his visit to Turkmenistan": talks held during
            # a visit to one side (ANNOTATION.md: a visit)
            modality = "visit"
        if (
            modality == "meeting" and two_parties and _VISITING_GUEST.search(context.opening(2))
            and not _occasions_besides_ceremonies(context.opening(2)) and not _sidelines(context.opening(2))
            and not _venue_elsewhere(context.opening(2), participant_states)
            and not _venue_elsewhere(context.opening(2), participant_states, _TRIP_TO)
        ):
            # "Visiting UN Secretary-General X has taken part along with Prime Minister Y", "met the visiting Chinese
            # Vice Premier X": the guest's visit
            modality = "visit"
        if modality == "visit" and (
            _guests_are_resident_envoys(text, chosen, context.opening(1)) or _CREDENTIALS.search(context.opening(1))
        ):
            # an ambassador received where he serves has made no trip; nor have the ambassadors presenting their
            # credentials ("received the credentials of the ambassadors of Italy X, Japan Y and Oman Z")
            modality = "meeting"
        if (
            modality == "message" and len(participant_states) >= 2 and _MET_IN_PERSON.search(text, 0, 800)
            and not _WRITTEN.search(text, 0, 800)
        ):
            # "Deputy Secretary of State Wendy Sherman met today in Tashkent with Foreign Minister X": congratulations
            # said at a meeting, no letter, message or telegram in the first lines (page furniture may fill the lead)
            modality = "meeting"
        if modality == "message" and len(participant_states) >= 2 and _EMBASSY_VISITED.search(context.opening(1)):
            # "President X visited the Embassy of Iran and expressed condolences ... in a brief conversation with the
            # Ambassador": in person, at the mission in the visitor's own capital (no trip, no letter)
            modality = "meeting"
        if modality == "message" and _CREDENTIALS.search(context.opening(3)):
            # "The Ambassador presented his credentials to the President": a ceremony in person, whatever
            # the letters of credence are written on
            modality = "meeting"
        if (
            modality == "message" and len(participant_states) >= 2
            and _ENVOY_RECEIVED.search(context.opening(1)) and not _WRITTEN.search(text)
        ):
            # "received the Ambassador of Russia, who conveyed President Putin's congratulations": greetings
            # passed on in person, no letter or telegram anywhere (ANNOTATION.md: a message is written)
            modality = "meeting"
        if (
            modality == "message" and len(participant_states) == 2 and _RECEIVED_OFFICIAL.search(context.opening(1))
            and _RECEIVED_GUEST.search(context.opening(1)) and not _ENVOY_WORDS.search(context.opening(1))
            and not _WRITTEN.search(text)
        ):
            # "President X received the Minister of Foreign Affairs of Iran Y ... asked the guest to convey his greetings
            # to the President of Iran": greetings said to a guest received, no letter anywhere: the guest's visit
            modality = "visit"
        if modality in ("visit", "meeting") and len(participant_states) >= 2:
            headline = context.headline_and_lead(0)[0]
            named = _modalities_named(headline)
            if len(named) == 1 and named <= {"phone_call", "video_call"} and (
                _PHONE_LINK_WORDS.search(headline) or _VIDEO_EVIDENCE.search(headline)
            ) and not _TRIP.search(headline) and not _MET_IN_PERSON.search(headline):
                # "Kassym-Jomart Tokayev has a telephone conversation with X" over a body that recalls a visit and a
                # meeting on the sidelines: the headline's call is the event (ANNOTATION.md: recalled events do not count)
                modality = next(iter(named))
        return modality

    def _counterpart_to_come(self, context, persons, states, lead_sentences=3):
        """The host a visitor "will hold talks with" in the lead of a visit under way: "Japarov pays a state
        visit to Uzbekistan today. ... During the visit, Japarov will hold talks with the President of
        Uzbekistan Shavkat Mirziyoyev." Only in a text the modality model calls a visit, for a lone visiting
        state, and only the first such sentence among the lead's first ``lead_sentences`` sentences."""
        scores = get_ext(context.doc, "modality_scores")
        if scores and max(scores, key=scores.get) != "visit":
            return []
        (state,) = states
        visitor_sentences = {
            context.sent_of[m["token_start"]] for (_, of), mentions in persons.items() if of == state for m in mentions
        }
        found = {}
        for name, other, mentions, present in _present_mentions(persons, lambda s: s is not None and s != state):
            for m in present:
                sentence = context.sent_of[m["token_start"]]
                if sentence < 0:
                    continue
                words = context.sentences.word_set(sentence)
                # further down the lead only where the visitor himself, or "during the visit", is named with his visit:
                # "He already visited Kazakhstan. ... during the visit, Mr. De Gucht will meet with President Rahmonov"
                limit = lead_sentences + 2 if (
                    (sentence in visitor_sentences or "during" in words) and "visit" in words
                ) else lead_sentences
                if context.lead_rank(sentence) > limit - 1:
                    continue
                if "will" in words and not self.is_recall.any(words) and not _TALKS.isdisjoint(words):
                    found.setdefault(sentence, []).append(_participant(name, other, mentions))
                    break
        return found[min(found)] if found else []

    def _counterpart_of_the_opening(self, context, persons, states):
        """The one official of the other state that the opening names, when he speaks further down: "Nazarbayev
        takes part in the talks of the Supreme Interstate Council of Kazakhstan and the Kyrgyz Republic. ...
        (paragraphs later) President of the Kyrgyz Republic Almazbek Atambayev underlined ...". Only when the
        modality model sees an interaction, the opening names exactly one state besides the lone one taking
        part, and exactly one person in office of that state is named (and not only recalled or greeted)."""
        scores = get_ext(context.doc, "modality_scores")
        if not scores or max(scores, key=scores.get) == "none":
            return []
        (state,) = states
        opening_end = max((end for k, (_, end) in context.bounds.items() if k < 0 or context.lead_rank(k) < 2), default=0)
        named = {s.kb_id_ for s in state_mentions(context.doc) if s.label_ == "STATE" and s.start < opening_end}
        named.discard(state)
        if len(named) != 1:
            return []
        (other,) = named
        found = []
        for (name, of), mentions in persons.items():
            if of != other or name is None:
                continue
            if not any(m["in_office"] and not m.get("former") and not m.get("coreferent") for m in mentions):
                continue
            if any(m["kind"] != "title" and _deceased(context.lowers, m) for m in mentions):
                continue  # "condolences over the death of President X": X is no counterpart
            found.append((name, of, mentions))
        if len(found) != 1:
            return []
        name, of, mentions = found[0]
        lowers, sent_of = context.lowers, context.sent_of
        for m in mentions:
            start = m["token_start"]
            sentence = sent_of[start]
            if not (
                self._conveyed(lowers, start) or self._greetings_of(lowers, start, sent_of)
                or self._on_behalf_of(lowers, start)
                or _represented(lowers, m["token_end"])  # "President Hu Jintao's special envoy, Chen Zhili"
                # "on the occasion of President X's visit to Kazakhstan in 2019"
                or self._argument_of_other_event(lowers, start, m["token_end"], context.bounds[sentence][0], context.mention_tokens)
                or self._recalled(context.sentences.get(sentence), context.sentences.word_set(sentence))
                or context.other_date(sentence)
            ):
                return [_participant(name, of, mentions)]  # one mention not recalled nor greeted is enough
        return []

    def _delegations_met(self, context, persons, states):
        """The members listed in a delegation ("The delegation ... included Kyrgyz Deputy Foreign Minister X,
        Tajik Deputy Foreign Minister Y ...") when nobody else of their states takes part: then they are the
        other side of the meeting, not companions of a principal. Only for a lone state taking part."""
        found = []
        for name, state, mentions, present in _present_mentions(persons, lambda s: s is not None and s not in states):
            for m in present:
                start = m["token_start"]
                sentence = context.sent_of[start]
                first = context.bounds[sentence][0] if sentence in context.bounds else start
                words = context.sentences.word_set(sentence)
                if "delegation" in words and any(w in _INCLUDES for w in context.lowers[first:start]):
                    found.append(_participant(name, state, mentions))
                    break
        return found

    @staticmethod
    def _delegation_members(context, persons, states, chosen):
        """The members listed in the delegation of a state taking part ("The UAE delegation included X, UAE
        Ambassador to Uzbekistan, and senior officials"), not yet chosen: a sentence with "delegation" and
        "included" before the member, of a state among ``states``, in office and not recalled."""
        taken = {(p["name"], p["state"]) for p in chosen}
        found = []
        for name, state, mentions, present in _present_mentions(persons, lambda s: s in states):
            if (name, state) in taken:
                continue
            for m in present:
                start = m["token_start"]
                sentence = context.sent_of[start]
                if sentence not in context.bounds:
                    continue
                first = context.bounds[sentence][0]
                before = context.lowers[first:start]
                # past tense: "The UAE delegation included X"; "The delegation of Kyrgyzstan includes X" announces
                verb = max((k for k, w in enumerate(before) if w in ("included", "comprised", "consisted")), default=None)
                if "delegation" not in before or verb is None:
                    continue
                # X is one of the list the verb opens ("included A, Deputy Minister B and C"), not named in a clause
                # about it ("included heads of ministries implementing the instructions of President X", "who will
                # co-chair ... with X")
                between = [
                    w for k, w in enumerate(before[verb + 1:], first + verb + 1) if k not in context.mention_tokens
                ]
                if not set(between) <= _LIST_WORDS:
                    continue
                words = context.sentences.word_set(sentence)
                if ("last" in words and not _PERIODS.isdisjoint(words)) or context.other_date(sentence):
                    continue  # "Last year the Kazakh delegation to the forum included X": another event
                found.append(_participant(name, state, mentions))
                break
        return found

    @staticmethod
    def _implicit_host(doc, text, chosen):
        """The leader of the publishing state in a presidency's headline that names only the guest:
        "Telephone conversation with President of Tajikistan Emomali Rahmon" on the Kremlin's site is
        Putin's call; "Meeting with the President of Uzbekistan" on president.tj is Rahmon's meeting."""
        source = get_ext(doc, "source_state")
        match = _HOST_HEADLINE.match(text)
        if source is None or match is None or any(p["state"] == source for p in chosen):
            return None
        line_end = text.find("\n")
        guests = [
            m for m in get_ext(doc, "officials") or []
            if m["start_char"] < line_end and m["state"] not in (None, source) and m["role"] == "president"
        ]
        if not guests or not any(p["name"] == guests[0]["name"] for p in chosen):
            return None
        from canlp.kb import load_kb, parse_date

        holder = load_kb().holder(source, "president", parse_date(get_ext(doc, "date")))
        if holder is None:
            return None
        return {"name": holder, "role": "president", "state": source, "in_kb": True,
                "spans": [[match.start(1), match.end(1)]], "_first": -1}

    def _takes_part(self, context, mentions):
        if any(m["in_office"] is False and m.get("former") for m in mentions) and not any(m["in_office"] for m in mentions):
            return False  # left office before the date: recalled, not taking part
        lowers, sent_of, sentences = context.lowers, context.sent_of, context.sentences
        if any(m["kind"] != "title" and _deceased(lowers, m) for m in mentions):
            return False  # "condolences over the passing of President X": whoever writes, X takes no part
        for m in mentions:
            if context.is_signature(m):
                return True  # the signature of a letter or telegram
            if m.get("speaker"):
                return True  # a speaker of the transcript of the event ("Mikhail Mishustin: Mr Rasulzoda, welcome.")
            if m.get("coreferent") and not (
                m["token_start"] < len(context.sent_of)
                and 0 < context.lead_rank(context.sent_of[m["token_start"]]) < self.lead_sentences
                and _JOINT_APPEARANCE.issubset(context.sentences.word_set(context.sent_of[m["token_start"]]))
            ):
                continue  # "the President said": the person of an earlier mention, which decides (but "addressing a
                # joint press conference with X, the PM said" in the lead tells the PM's part himself)
            if m["kind"] == "title" and (_apposed_to(lowers, m, mentions) or _named_right_after(lowers, m, mentions)):
                # "on behalf of Mr Josep Borrell, the EU High Representative", "President of Kazakhstan X's meetings
                # with": the name's mention decides
                continue
            if m["kind"] == "name" and _named_after_group(context.doc, lowers, m, mentions, context.mention_tokens):
                continue  # "the instructions of the Presidents of X and Y A and B": the group title's mention decides
            start = m["token_start"]
            before = lowers[max(0, start - 3):start]
            if any(w in self.recall_before for w in before[-2:]) and not self._former_attends(context, m, before):
                continue
            if self._conveyed(lowers, start) or self._greetings_of(lowers, start, sent_of, context.mention_tokens):
                continue
            if _regards_to_pass_on(lowers, start, m["token_end"], self.greeting_nouns):
                continue  # "asked the guest to give President X his sincere regards": X is greeted from afar
            if self._after_greetings_verb(lowers, start, sent_of, sentences) or self._on_behalf_of(lowers, start):
                continue
            if _represented(lowers, m["token_end"]) or (m["role"] != "other" and _envoy_of(lowers, start, m["token_end"])):
                # "U.S. President Barack Obama's representative Michael McFaul", "X, special envoy of Chinese President
                # Y": the envoy came, not the one who sent him
                continue
            if self._possessive_passed_on(lowers, m["token_start"], m["token_end"], context.sent_of):
                continue  # "Najafi extended the Iranian foreign minister's invitation to Meredov"
            if context.spoken and sent_of[start] >= 0 and context.lead_rank(sent_of[start]) > 0 and self._handed_from(
                lowers, start, sent_of
            ):
                continue  # "Dr Momen handed over an invitation letter to the Uzbek President from President X"
            sentence = sent_of[start]
            if m.get("members_of") and (
                sentence < 0 or context.lead_rank(sentence) > self.lead_sentences
                or get_ext(context.doc, "modality") in ("phone_call", "message")
            ):
                # an organisation's member states in a headline ("Leaders of SCO member states to gather in Astana")
                # or past the lead ("Mamin is in the Uzbek capital to participate in the session of the Council of the
                # Heads of Government of the SCO member states" at a text's end: the occasion of the meeting told), or
                # in a call or a letter ("they agreed to meet at the summit of the leaders of the SCO member states"):
                # not the parties of the event
                continue
            first = context.bounds[sentence][0]
            occasion_role = _occasion_role(lowers, start, first)
            if occasion_role == "initiator" or (
                occasion_role == "host" and not _SIDE_WORDS.isdisjoint(sentences.word_set(sentence))
            ):
                # "On the sidelines of the CICA summit in Astana, hosted by President X, Y met with Z": the summit's
                # host, not a party of the meeting on its sidelines; "The UN Summit is initiated by the UN
                # Secretary General": who began an occasion the text only names
                continue
            if _thanked(lowers, start, first) and not _modalities_named(context.opening(1)):
                # "opened a highway ... In his speech, he expressed gratitude to President Xi Jinping": thanks said at
                # an event that is no contact (the opening names no visit, meeting, call or letter)
                continue
            if not _NEGATIVE_WORDS.isdisjoint(sentences.word_set(sentence)) and _NOT_HELD.search(context.sentence_text(sentence)):
                continue  # "Why Japarov and Rahmon did not meet in Astana": an event that did not take place
            # "the minister conveyed a message from President X" at a meeting or in a call: X is not there (nor is X of
            # "The guest conveyed an invitation from X" after the lead's first sentence, in a text the model reads as no
            # message: "has handed over an invitation from X" as the news is X's written message)
            invitation_only = not context.spoken and get_ext(context.doc, "modality") != "message" and (
                sentence >= 0 and context.lead_rank(sentence) > 0
            )
            if (context.spoken or invitation_only) and self._message_passed_on(
                lowers, start, first, context.mention_tokens, invitations_only=invitation_only
            ):
                continue
            if context.spoken and _addressee_of_passed_on(lowers, start, first, context.mention_tokens):
                continue  # "passed on to the Ambassador messages from X, addressed to Queen Y and Prime Minister Z"
            if self._argument_of_other_event(
                lowers, start, m["token_end"], first, context.mention_tokens,
                remote=get_ext(context.doc, "modality") in ("phone_call", "video_call", "message"),
            ):
                continue  # "the upcoming visit of President X", "the outcome of his meeting with X"
            if self._attributive(lowers, start, first, context.mention_tokens, m["token_end"], context.doc):
                continue  # "the contribution of President X", "respect for X"
            word_set = sentences.word_set(sentence)
            if sentence > 0 and self._parallel_event(context, start, first, word_set):
                continue  # "a similar conversation took place with X", "X also sent a telegram"
            if _accompanied_in_a_clause(lowers, start, first):
                continue  # "Minister X, who is accompanying President Y on his state visit, met Z": Y is not at it
            if _cited_with_as(lowers, start, m["token_end"], first):
                continue  # "As President X has repeatedly stressed, ...": X is cited, not there
            if _quoted_by(lowers, start, first, context.mention_tokens):
                continue  # "the President of Uzbekistan quoted his Chinese counterpart": words of X's, said elsewhere
            if self._negated(lowers, m["token_end"]):
                continue  # "President Tokayev did not travel", "the Foreign Minister of X was unable to attend"
            if m["role"] == "other" and self._carries_or_accompanies(lowers, start, first, word_set):
                continue
            # what a speaker of a transcript says ("Vladimir Putin: ... I spoke with X yesterday"), unless it tells
            # the talks with X themselves ("Sergey Lavrov: We have held substantive talks with X")
            in_speech = bool(context.speech_spans) and context.in_speech(start) and not (
                "we" in word_set and not _HELD_TALKS.isdisjoint(word_set) and not _TALK_NOUNS.isdisjoint(word_set)
            )
            if in_speech:
                continue
            head = context.list_head(sentence)
            if head is None and sentence > 0 and context.on_link_line(m):
                continue  # "• Premier Wen Jiabao visits Hungary, Britain, Germany": a related story's link
            if head is not None:
                sentence, word_set = head, sentences.word_set(head)  # an item of "attended by:" and a list
            current = self._argument_of_current_event(lowers, start, first, context.mention_tokens)
            if current and sentence >= 0 and not context.other_date(sentence) and not self._recalled(
                sentences.get(sentence), word_set
            ):
                return True  # "At the meeting with Chinese ambassador X, the sides ..."
            future = self.is_future.any(word_set) and not (
                # "“... relations will further develop”, President X emphasized in his message": the future is the quote's
                sentence >= 0 and not self.is_future.any(_unquoted_words(context.sentence_text(sentence)))
            )
            if (future or ("going" in word_set and _going_to(sentences.get(sentence)))) and not self.is_past_interaction.any(
                word_set
            ) and not (
                current and not self.is_future.any(set(lowers[first:start]))
            ):
                # an announcement: "will pay a visit", "is expected to meet" (not "In a meeting with X on Sept. 26,
                # Idrissov reaffirmed ... the planned establishment of a hub": the event told, a plan after it)
                continue
            if "would" in word_set and _would_travel(lowers, start, context.bounds[sentence]):
                continue  # "confidence that the Uzbek President would visit Kazakhstan once ...": a trip to come
            if not {"invited", "invites", "inviting"}.isdisjoint(word_set) and (
                _invited_to_travel(lowers, m["token_end"], start) or _invited_subject(context, m, sentence)
            ):
                # "The President of Azerbaijan was invited to pay a state visit to Uzbekistan", "The leaders of A, B and C
                # have been invited to the summit": a trip to come
                continue
            if sentence >= 0 and not _REPORT_VERBS.isdisjoint(word_set):
                reported = _REPORTED_TRIP.search(context.sentence_text(sentence))
                idx = token_offsets(context.doc)
                if reported and idx[start] - idx[first] > reported.end():
                    # "X reported on the results of his recent trip to Brussels, where he held talks with Y", "informed
                    # Elbasy about his talks with President of Russia Y": the talks reported on are another event
                    continue
            lead = context.lead_rank(sentence)
            if sentence == -1 or lead == 0:
                return True
            if context.other_date(sentence):
                continue  # "who met in Samarkand on 16 September": an event on another day
            recalled = self._recalled(sentences.get(sentence), word_set)
            if recalled:
                # "... was received by Hero-Arkadag X, who recalled his visit to Manama": the recalling is X's words
                # in a clause of his own, not the event he is named in
                clause = next((k for k in range(m["token_end"], context.bounds[sentence][1] - 2)
                               if lowers[k] == "," and lowers[k + 1] == "who" and lowers[k + 2] in ("recalled", "recalling")),
                              None)
                if clause is not None:
                    recalled = self._recalled(lowers[first:clause], set(lowers[first:clause]))
            if recalled and lowers[first] == "earlier" and first + 1 < len(lowers) and (
                lowers[first + 1] == "," or lowers[first + 1] in ("the", "he", "she", "they")
            ) and not (
                self.is_recall.any(word_set - {"earlier"})
            ) and _ONGOING_VISIT.search(context.opening(2)):
                recalled = False  # "... is on an official visit to X. Earlier, the guest held talks with Y": the same visit
            if 0 < lead < self.lead_sentences and not (recalled and (
                _LONG_AGO.search(context.sentence_text(sentence)) or _talks_with_before(lowers, start, first)
            )):
                # (not "The agreement was signed during the visit of President X last year", nor "Putin recalled his
                # talks with President X in Astana")
                return True
            if not recalled and sentence > 0 and _continues_a_list(lowers, first) and not _ATTENDANCE.isdisjoint(
                sentences.word_set(sentence - 1)
            ) and not self._recalled(sentences.get(sentence - 1), sentences.word_set(sentence - 1)):
                # "The summit ... was attended by the First President X. / Also Turkish President Y, Azerbaijani
                # President Z, ...": the list of those present goes on in a sentence without a verb
                return True
            if not recalled and _represented_by(lowers, first, start, context.mention_tokens, context.doc):
                return True  # "Uzbekistan was represented by the Deputy Minister of Foreign Affairs X"
            cue_words = word_set - set(lowers[start:m["token_end"]])
            if "signed" in cue_words and _SIGNED_AT_HOME.search(context.sentence_text(sentence)):
                cue_words = cue_words - {"signed"}  # "X signed a decree on the appointment of Y": no signing between sides
            if not recalled and self.is_interaction.any(cue_words) and not (
                _quoted(context.text, context.doc[start].idx)
                or self._reported(lowers, first, start, context.bounds[sentence][1], m["token_end"])
            ):
                return True  # a cue besides the mention's own words ("the leaders of X and Y", "his counterpart")
            if not recalled and context.roundup and not _SPEECH.isdisjoint(word_set):
                return True  # a sender quoted in a round-up of the letters a leader received
        return False

    @staticmethod
    def _former_attends(context, mention, before):
        """True for "the former president of Turkmenistan X also attended the summit": X holds another
        office on the date and the sentence says he took part; "former" names his past title, not a
        recalled event."""
        if not mention["in_office"] or mention["role"] != "other" or "late" in before[-2:]:
            return False
        return not _ATTENDED.isdisjoint(context.sentences.word_set(context.sent_of[mention["token_start"]]))

    @staticmethod
    def _negated(lowers, end):
        """True for a mention followed, within its clause, by a negation: "did not travel", "(the Foreign
        Minister) of Turkmenistan was unable to make it"."""
        for w in lowers[end:end + 6]:
            if w in _NEGATION:
                return True
            if w in _CLAUSE_END:
                return False
        return False

    def _recalled(self, words, word_set):
        """True for a sentence about an earlier event ("recalled", "last year", "the day before"); "earlier
        in the day" and "earlier today" are the same visit."""
        if "before" in word_set and "day" in word_set:
            return True  # "the meeting that took place the day before"
        if "founder" in word_set and "founder of peace" in " ".join(words):
            word_set = word_set - {"founder"}  # "Founder of Peace and National Unity": Rahmon's title, no past event
        if not self.is_recall.any(word_set):
            return False
        if "earlier" in word_set and ("today" in word_set or "day" in word_set) and _SAME_DAY.search(" ".join(words)):
            rest = word_set - {"earlier"}  # "earlier in the day", "a day earlier" (not "Earlier, ... Independence Day")
            return self.is_recall.any(rest)
        return True

    def _argument_of_other_event(self, lowers, start, end, first, mention_tokens, remote=False):
        """True for an official who is the argument of an event other than the reported one: 'the
        upcoming visit of the President of X', 'the results of the state visit of X', 'the outcome of
        his meeting with X', 'preparations for X's visit', 'held before the summit of the heads of X'; with
        ``remote`` (the text reports a call, a video call or a letter) any 'visit of X'."""
        k = start - 1 if start - 1 >= first and lowers[start - 1] != "the" else start - 2
        if k >= first and lowers[k] in ("after", "since", "until"):
            return True  # "a week after Russian President Vladimir Putin visited", "a year after the presidents of ..."
        if remote and k - 1 >= first and lowers[k] == "with" and lowers[k - 1] in ("held", "had", "conducted") and any(
            w in ("talks", "meeting", "meetings", "negotiations") for w in lowers[max(first, k - 5):k - 1]
        ):
            return True  # "the talks he held with President X" in a call's readout: talks in person, another event
        # the second of coordinated officials ("by First President X and Vladimir Putin") looks past the first
        c = _coordination_start(lowers, start, first, mention_tokens, reach=12) - 1
        if not (c < start - 1 and "and" in lowers[c + 1:start] and any(i in mention_tokens for i in range(c + 1, start))):
            c = start - 1  # nothing coordinated: "Shortly after, President X" is not walked past
        while c >= first and lowers[c] in _PLURAL_OFFICES:
            c -= 1  # "the agreements reached by the Presidents Sh.Mirziyoyev and V.Putin": past the names' title
        c = c if c >= first and lowers[c] != "the" else c - 1
        if c - 1 >= first and lowers[c] in ("between", "by") and lowers[c - 1] in _DONE_BEFORE:
            return True  # "the agreements reached between the Presidents of ...": what they agreed before
        if c - 1 >= first and lowers[c] == "by" and lowers[c - 1] in _BEGUN_BY and not (
            lowers[c - 1] == "initiated" and _initiated_event(lowers, c - 2, first)
        ):
            # "a format initiated by the President of Kazakhstan", "the summit launched by X" (not "The telephone
            # conversation, (which was) initiated by X,")
            return True
        if c - 1 >= first and lowers[c] == "between" and lowers[c - 1] in _AGREEMENTS:
            return True  # "implementation of agreements between President X and President Y"
        j = start - 1
        if j > first and lowers[j] in _organisation_acronyms():
            j -= 1  # "to be chaired by UN Secretary-General X": the organisation's name before the title
        if j > first and lowers[j] == "the":
            j -= 1
        if j - 3 >= first and lowers[j] == "by" and lowers[j - 2] == "be" and lowers[j - 3] in ("to", "will", "would"):
            return True  # "the summit to be chaired by President X", "expected to be attended by the heads of ..."
        i = start - 1
        linked = False
        while i >= first and start - i <= 12:
            if lowers[i] in _EVENT_LINKS or i in mention_tokens:
                linked = linked or lowers[i] in ("of", "by", "with", "between")
                i -= 1
            elif linked and i - 1 > first and lowers[i - 1] in ("in", "at") and lowers[i].isalpha() and lowers[i] not in (
                "person", "which", "all"
            ):
                i -= 2  # "the negotiations in Minsk between the leaders of ...": the event's place
            else:
                break
        event = i if linked and i >= first and lowers[i] in self.event_nouns else None
        if event is not None and remote and lowers[event] in _TRIP_NOUNS:
            return True  # "stressed the importance of the visit of the Kazakh leader" in a call's readout: another event
        if event is None:
            # the possessive: "X's upcoming visit", "during President X's state visit"
            if end + 1 < len(lowers) and lowers[end] in ("'s", "’s"):
                after = lowers[end + 1:end + 4]
                for k, word in enumerate(after):
                    if word in self.event_nouns:
                        if any(w in self.other_event for w in after[:k]) or word in _TRIP_NOUNS:
                            return True  # "Putin's visit to Kazakhstan" in a meeting with an ambassador
                        event = start
                        break
            if event is None:
                return False
        j = event - 2 if event - 1 >= first and lowers[event - 1] == "the" else event - 1
        if j - 1 >= first and lowers[j] == "including" and lowers[j - 1] == "," and any(
            w in self.other_event for w in lowers[max(first, j - 7):j - 1]
        ):
            return True  # "the schedule of upcoming bilateral contacts, including the visit of President X": those planned
        i = event - 1
        # six words back, quotation marks and officials' mentions not counted ("the results of the “Normandy Four”
        # negotiations", "agreements reached at President of Kazakhstan X's meetings with Y")
        skipped = 0
        while i >= first and event - i - skipped <= 6 and lowers[i] not in _CLAUSE_BREAK:
            if lowers[i] in _QUOTE_MARKS or i in mention_tokens:
                skipped += 1
            if lowers[i] in self.other_event and (lowers[i] != "hold" or (i > first and lowers[i - 1] in _TO_HOLD)):
                return True  # "agreed to hold talks with X"; not a headline's "X and Y hold talks"
            if lowers[i] in ("after", "since") and lowers[event] in _TRIP_NOUNS:
                return True  # "relations developed after the visit by Prime Minister X" (not "after talks with X")
            if lowers[i] == "during" and any(
                w in ("reached", "achieved") for w in lowers[max(first, i - 14):i]
            ) and lowers[event] in _TRIP_NOUNS:
                # "the agreements reached by President X and President Y during the state visit of the Russian leader":
                # what was agreed on an earlier visit
                return True
            if lowers[i] in ("referred", "referring") and lowers[event] in _TRIP_NOUNS:
                return True  # "referred to the visit of Prime Minister X" (not "referring to his talks with X today")
            if lowers[i] in self.event_nouns and lowers[i] not in _EVENT_MODIFIERS:
                break  # "an upcoming meeting in a phone call with X": "upcoming" is the meeting's, not the call's
            i -= 1
        if (i == event - 1 or (i == event - 2 and lowers[event - 1] == "the")) and i > first and lowers[i] == "and":
            # an event noun coordinated with an earlier one shares its frame: "the agreements reached following
            # the state visit of X to Kazakhstan and talks with Y"
            k = i - 1
            while k >= first and i - k <= 14 and (lowers[k] == "and" or lowers[k] not in _CLAUSE_BREAK):
                if lowers[k] in self.other_event or (
                    lowers[k] in ("after", "since") and not _TRIP_NOUNS.isdisjoint(lowers[k + 1:i])
                ):
                    return True
                k -= 1
        # "the visit of President X scheduled for the autumn", "... planned for May"
        return any(w in _SCHEDULED for w in lowers[end:end + 3])

    def _argument_of_current_event(self, lowers, start, first, mention_tokens):
        """True for an official who is the argument of the event being told: "At the meeting with X",
        "during the talks with X", "held talks with X" (checked after the announced and recalled ones)."""
        i = start - 1
        linked = False
        while i >= first and start - i <= 6 and (
            lowers[i] in _EVENT_LINKS or i in mention_tokens or lowers[i] in _organisation_acronyms()
        ):  # "In a meeting with UN Secretary-General X"
            linked = linked or lowers[i] in ("with", "between")
            i -= 1
        if not linked or i < first or lowers[i] not in self.event_nouns:
            return False
        return any(w in _AT_EVENT for w in lowers[max(first, i - 3):i])

    def _attributive(self, lowers, start, first, mention_tokens, end=None, doc=None):
        """True for 'the contribution of President X', 'deep respect for X', 'the decree of the Head of
        State', 'President X's initiatives': the official is named as the owner of something, not as a
        party. With ``doc``, also past a long title written before the name ("the historic role of the First
        President of Kazakhstan - Elbasy X")."""
        if doc is not None and start - 1 > first and lowers[start - 1] not in ("of", "for", "to", "by"):
            # (a name right after "of" is the walk below's)
            tx = token_text(doc)
            k = start - 1
            while k > first and start - k <= 12 and (
                tx[k].istitle() or lowers[k] in ("of", "the", "-", "–", "—") or k in mention_tokens
            ):
                if lowers[k] == "of" and k - 1 > first and lowers[k - 1] in self.attributive and lowers[k - 1] != "name":
                    if any(tx[j].istitle() for j in range(k + 1, start)):
                        return True  # a title between "of" and the name
                    break
                k -= 1
        if end is not None and end + 1 < len(lowers) and lowers[end] in ("'s", "’s"):
            owned = lowers[end + 1:end + 3]
            # (not "Sergey Lavrov's statement at a joint news conference following talks with X": the speaker's own)
            if any(w in self.attributive and w not in ("name", "statement", "statements") for w in owned):
                return True
        if end is not None and end > start:
            # "the follow-up to President X's earlier visit": an event of X's before this one (the possessive inside
            # the mention or right after it)
            k = end + 1 if end < len(lowers) and lowers[end] in ("'s", "’s") else end
            if lowers[k - 1] in ("'s", "’s") and lowers[k:k + 1] in (["earlier"], ["previous"]) and (
                lowers[k + 1:k + 2] and lowers[k + 1] in _PAST_EVENT_NOUNS
            ):
                return True
        if start - 1 > first and lowers[start - 1] == "and" and start - 2 in mention_tokens:
            # "the joint efforts of President of Azerbaijan X and President of Kazakhstan Y": the first of the
            # coordinated officials decides for the second
            c = start - 2
            while c > first and start - c <= 16 and (c - 1 in mention_tokens or lowers[c - 1] in ("and", ",")):
                c -= 1
            if c < start - 2:
                return self._attributive(lowers, c, first, mention_tokens)
        i = start - 1
        while i >= first and (lowers[i] in ("the", "his", "her") or lowers[i] in _BARE_TITLES):
            i -= 1  # "the contribution of presidents X and Y": past a title outside the mention
        if i - 1 > first and lowers[i] in ("'s", "’s"):
            i -= 2  # "the attention of Tajikistan's President X": past the state's possessive
        for k in range(max(first + 1, start - 5), start):
            if lowers[k] == "between" and lowers[k - 1] in _BONDS:
                return True  # "close relations between the ROK and Uzbek leaders": what binds them, not an event
        if i <= first or lowers[i] not in ("of", "for", "to", "by"):
            return False
        if lowers[i] == "by" and not _WORKS.isdisjoint(lowers[max(first, i - 8):i]):
            return True  # "the launch of the book “The Kazakhstan Way” by President X": the author, not a party
        head = lowers[i - 1]
        if head == "attention" and i >= 2 and lowers[i - 2] in ("special", "personal", "great", "close", "constant"):
            return True  # "the special attention of Tajikistan's President X" (not "drew the attention of X")
        if head == "support":
            # "projects implemented with the support of President X", "noted the support of X"; not "asked for the
            # support of X", "enlisted the support of X" in a call with X
            return _REQUEST.isdisjoint(lowers[max(first, i - 5):i - 1])
        if head in ("personal", "great", "deep", "invaluable", "visionary", "wise") and i >= 2:
            i, head = i - 1, lowers[i - 2]
        if head == "leadership":
            return i >= 3 and lowers[i - 2] != "under" and lowers[i - 3] != "under"  # "under the leadership of X": X leads
        return head in self.attributive

    def _parallel_event(self, context, start, first, word_set):
        """True for an official of a separate event told alongside: 'A similar conversation took place
        with X', 'X also sent a telegram' under a headline that names the first sender (a roundup whose
        headline names no one, "Central Asian countries express condolences", tells one event), 'Later in the
        day, X also called' (X the subject, before "also"), 'Separately (Meanwhile; Also,), ... in a message
        congratulated X' when the opening names another kind of event."""
        lowers = context.lowers
        if lowers[first] in _TIME_OPENERS:
            text = context.sentence_text(context.sent_of[start])
            if _ANOTHER_TIME_THAT_DAY.match(text) and _PHONE_LINK_WORDS.search(text) and not (
                _modalities_named(context.opening(1)) & {"phone_call", "video_call"}
            ):
                # "Earlier in the day, the Head of State had a telephone conversation with X" under a reception or a
                # visit: a call of the same day, another event
                return True
            if _ANOTHER_TIME_THAT_DAY.match(text) and _modalities_named(context.opening(1)) & {"phone_call", "video_call"}:
                # "On the same day, the head of state received the Minister of Foreign Affairs of X", "Earlier in the
                # day, the Leader of the Nation had a phone conversation with X" in a call's readout: another event
                # of that day (the call's own parties are named in its opening)
                return True
        if lowers[first] in ("later", "earlier") and "also" in word_set and "also" in lowers[start:start + 12] and (
            not _REMOTE_WORDS.isdisjoint(word_set)
        ):
            # "Later in the day, President X also wished Putin a happy birthday by phone": another caller (not
            # "Later in the day, Prime Minister X also held talks with the Russian leader" during the visit)
            return True
        if lowers[first] in ("later", "earlier") and "also" in lowers[first:start] and not _MET_WORDS.isdisjoint(
            lowers[first:start]
        ) and _sidelines(context.opening(2)) and word_set.isdisjoint(("trilateral", "three", "joint", "together")):
            # "On the sidelines of the SCO summit, the head of state met with X. ... Later in the day, he also met with
            # Y": another meeting on the sidelines, not the headline's (a visit's later talks are the visit's; not
            # "..., and the three leaders later held a trilateral meeting")
            return True
        if not self.parallel.isdisjoint(word_set):
            for i in range(first, start):
                if lowers[i] in self.parallel and not (i > first and lowers[i - 1] in _HOLD) and any(
                    w in self.event_nouns or w in self.message_nouns for w in lowers[i + 1:i + 3]
                ):
                    return True  # not "X held separate talks with Y and Z": those are the events told
        if (lowers[first] in ("separately", "meanwhile") or lowers[first:first + 2] == ["also", ","]) and (
            _modalities_named(context.sentence_text(context.sent_of[start])) - _modalities_named(context.opening(1)) - {"none"}
        ):
            # "... held talks over the phone Thursday. ... Also, Zarif in a message on Thursday congratulated X": a
            # separate item of another kind, told after the text's own event
            return True
        if "also" in word_set and not self.message_nouns.isdisjoint(word_set):
            end = first
            while end < len(lowers) and lowers[end] != "also":
                end += 1
            # the sender of a second message, named before "also sent"
            headline_names = any(context.sent_of[m["token_start"]] == -1 for m in context.officials)
            return headline_names and start < end and any(w in _SENT for w in lowers[end + 1:end + 3])
        return False

    def _carries_or_accompanies(self, lowers, start, first, word_set):
        """True for an envoy who hands over a leader's message ("the Ambassador of China handed over a
        message from President Xi": the parties are the sender and the addressee, as in the corpus), and
        for a member named in the list of a delegation ("The delegation included ... Ambassador X"): the
        principals of the talks are the participants, their companions are not."""
        if not self.message_nouns.isdisjoint(word_set) and not _HANDED.isdisjoint(word_set) and not (
            "credence" in word_set and self.message_nouns & word_set <= {"letter", "letters"}
        ):  # (not "who handed over copies of his letters of credence": an ambassador's own credentials)
            return True
        if "delegation" in word_set and not _INCLUDES.isdisjoint(word_set):
            before = lowers[first:start]
            included = max((k for k, w in enumerate(before) if w in _INCLUDES), default=None)
            # not "including heads of ministries led by Deputy Chairman X": the one who leads them
            return included is not None and not any(w in ("led", "headed") for w in before[included:])
        return False

    def _at_multilateral_event(self, context, chosen):
        """True when an official of the one state taking part "participated in", "took part in" or "attended"
        a multilateral event in the headline or the lead's first sentence, and that sentence names another state
        or an organisation: "the Minister of Foreign Affairs of Tajikistan participated in the Second
        Ministerial Conference 'Italy - Central Asia'". The others at the table go unnamed, but the official took
        part in an interaction of several states (the real-text annotators' reading of ANNOTATION.md)."""
        names = {(p["name"], p["state"]) for p in chosen}
        (state,) = {p["state"] for p in chosen}
        sentences = {context.sent_of[m["token_start"]] for m in context.officials if (m["name"], m["state"]) in names}
        others = None
        for sentence in sorted(sentences):
            if sentence not in context.bounds or (sentence >= 0 and context.lead_rank(sentence) > 0):
                continue
            words = context.sentences.word_set(sentence)
            if _PARTICIPATED.isdisjoint(words) or ("took" in words and "part" not in words):
                continue
            if _PARTICIPATED.isdisjoint(words - _TO_PARTICIPATE) and _TRAVELLED.isdisjoint(words):
                # "arrived in Baku to participate in the summit", not "urged companies to participate in the forum"
                continue
            # "a meeting" is of several states only by its own words: "informal CIS leaders' meeting"
            meeting_only = _MULTILATERAL_EVENT.isdisjoint(words)
            if meeting_only and ("meeting" not in words or _OF_SEVERAL_STATES.isdisjoint(words)):
                continue
            if meeting_only:
                # and names an organisation: not "a meeting with business leaders", "a meeting of the Cabinet"
                first, end = context.bounds[sentence]
                if not any(first <= m.start < end and m.label_ == "ORG" for m in state_mentions(context.doc)):
                    continue
            if self.is_future.any(words) or self.is_recall.any(words):
                continue
            if not _OF_SEVERAL_STATES.isdisjoint(words):
                return True
            if others is None:
                others = [(s.start, s.label_, s.kb_id_) for s in state_mentions(context.doc)]
            first, end = context.bounds[sentence]
            if any(first <= start < end and (label != "STATE" or code != state) for start, label, code in others):
                return True
        return False

    def _sent_abroad(self, context, chosen):
        """True when the officials of the one state taking part send a written message to another state in the
        headline or the lead's first sentence, its leader or people named there by their state only: "President
        Nicolae Timofti, Parliament Speaker Andrian Candu and Prime Minister Pavel Filip conveyed a message of
        condolence to ... the Uzbek people". Only when the modality model reads a message."""
        scores = get_ext(context.doc, "modality_scores")
        if not scores or max(scores, key=scores.get) != "message":
            return False
        (own,) = {p["state"] for p in chosen}
        names = {(p["name"], p["state"]) for p in chosen}
        sentences = {context.sent_of[m["token_start"]] for m in context.officials if (m["name"], m["state"]) in names}
        for sentence in sorted(sentences):
            if sentence not in context.bounds or (sentence >= 0 and context.lead_rank(sentence) > 0):
                continue
            words = context.sentences.word_set(sentence)
            if (_SENT.isdisjoint(words) and _PASSED_ON.isdisjoint(words)) or _MESSAGE_WORDS.isdisjoint(words):
                continue
            first, end = context.bounds[sentence]
            lowers = context.lowers
            for m in state_mentions(context.doc):
                if not (first <= m.start < end and m.label_ == "STATE" and m.kb_id_ != own):
                    continue
                before = lowers[max(first, m.start - 6):m.start]
                after = lowers[m.end] if m.end < len(lowers) else ""
                # the addressee: "to the Uzbek people", "to the people of Uzbekistan", "to Uzbekistan" (not "citizens
                # who died in Russia", "athletes who won gold in China")
                if (after in _ADDRESSEES and "to" in before) or before[-2:] in (["people", "of"], ["government", "of"],
                                                                                 ["leadership", "of"], ["nation", "of"]) or (
                    before[-1:] == ["to"]
                ):
                    return True
        return False

    @staticmethod
    def _signed_to_another_state(context, persons, chosen):
        """True for one official who signs a letter or message to another state (its people, its government,
        its national day: "I congratulate the people of the Kyrgyz Republic ... Kubanychbek Omuraliev, OTS
        Secretary General"): the sender is the one participant of a written message."""
        if len(chosen) != 1 or not any(context.is_signature(m) for m in persons.get((chosen[0]["name"], chosen[0]["state"]), ())):
            return False
        own = chosen[0]["state"]
        return any(s.label_ == "STATE" and s.kb_id_ != own for s in state_mentions(context.doc))

    def _met_an_unnamed_party(self, context, chosen):
        """True when an official of the one state taking part met an international organisation's people or
        another state's delegation or officials in the headline or the lead's first sentence, none of them named:
        "the Minister of Foreign Affairs held meetings with representatives of the Organization of Islamic
        Cooperation (OIC)", "the First Deputy Chairman of the Senate received a delegation of the U.S.
        Congressional Staff", "Turkmen officials and Indian Deputy National Security Adviser X exchanged views",
        "the Prime Minister met with the Ambassador of China", "accepted the credentials of the ambassadors of Turkey"."""
        names = {(p["name"], p["state"]) for p in chosen}
        (own,) = {p["state"] for p in chosen}
        sentences = {context.sent_of[m["token_start"]] for m in context.officials if (m["name"], m["state"]) in names}
        for sentence in sorted(sentences):
            if sentence not in context.bounds or (sentence >= 0 and context.lead_rank(sentence) > 0):
                continue
            words = context.sentences.word_set(sentence)
            if _MET_WORDS.isdisjoint(words) or _ORGANISATION_PEOPLE.isdisjoint(words) or not _NOT_OFFICIALS.isdisjoint(words):
                continue  # not "a delegation of Chinese businessmen", "representatives of the Uzbek diaspora"
            if self.is_future.any(words) or self.is_recall.any(words):
                continue
            first, end = context.bounds[sentence]
            lowers = context.lowers
            for m in state_mentions(context.doc):
                if not (first <= m.start < end and (m.label_ == "ORG" or (m.label_ == "STATE" and m.kb_id_ != own))):
                    continue
                if m.start - 1 >= first and lowers[m.start - 1] in ("to", "in"):
                    continue  # "the Iranian ambassador to Tajikistan": where he serves, not whose he is
                # the people of the party right at its name: "representatives of the OIC", "a delegation of the
                # U.S. Congressional Staff", "Turkmen officials", "the Chinese delegation"
                if any(w in _ORGANISATION_PEOPLE for w in lowers[max(first, m.start - 3):m.start]) or any(
                    w in _ORGANISATION_PEOPLE for w in lowers[m.end:min(end, m.end + 3)]
                ):
                    return True
        return False

    def _meet_at_home(self, context, chosen):
        """True when two of the officials of one state meet each other: a sentence (or the headline)
        names two of them with a meeting word ("received", "at a meeting with", "with the participation of")."""
        names = {(p["name"], p["state"]) for p in chosen}
        by_sentence = {}
        for m in context.officials:
            if (m["name"], m["state"]) in names:
                by_sentence.setdefault(context.sent_of[m["token_start"]], set()).add(m["name"])
        return any(
            len(people) >= 2 and not self.domestic_meeting.isdisjoint(context.sentences.word_set(sentence))
            for sentence, people in by_sentence.items()
        )

    def _states_interact(self, context, chosen):
        """True when officials of two states share a sentence with a past interaction verb ("held talks") or
        a title line naming the event ("X's conversation with Prime Minister Y"), not recalled ("a week
        earlier") and not dated to another day, or one of them signs a letter."""
        by_sentence = {}
        names = {(p["name"], p["state"]) for p in chosen}
        if any((m["name"], m["state"]) in names and context.is_signature(m) for m in context.officials):
            return True  # a letter signed by one of them: the text is the interaction
        for m in context.officials:
            if (m["name"], m["state"]) in names and m["state"]:
                by_sentence.setdefault(context.sent_of[m["token_start"]], set()).add(m["state"])
        for sentence, states in by_sentence.items():
            words = context.sentences.word_set(sentence)
            if len(states) == 1 and len({p["state"] for p in chosen if p["state"]}) == 2 and _WITH_HIS_COUNTERPART.search(
                context.sentence_text(sentence)
            ) and not self.is_future.any(words) and not self.is_recall.any(words) and _NOT_HAPPENED.isdisjoint(words) and not (
                sentence > 0 and context.other_date(sentence)
            ):
                # "He made the remarks in a Sunday message to his Tajik counterpart X": the subject, named before, and
                # his counterpart
                return True
            if len(states) < 2:
                continue
            if self.is_past_interaction.any(words) or (
                # "The delegations were headed by X and Y": two states' delegations at one table
                "delegations" in words and not _DELEGATIONS_LED.isdisjoint(words) and not self.is_future.any(words)
            ) or (
                _JOINT_APPEARANCE.issubset(words) and sentence >= 0 and context.lead_rank(sentence) < self.lead_sentences
                and not any(_ANY_YEAR.fullmatch(w) for w in words)  # not "since June 2022, when at a joint press conference"
            ) or (
                # a title line of the event itself: "Mikhail Mishustin's conversation with Prime Minister X" (a short
                # line of its own, not "Tokayev denies any talks with Putin." nor "hopes for a meeting with")
                "with" in words and len(words) <= 16 and not self.event_nouns.isdisjoint(words)
                and not self.is_future.any(words) and _NOT_HAPPENED.isdisjoint(words) and context.is_own_line(sentence)
            ):
                if not self.is_recall.any(words) and not (sentence > 0 and context.other_date(sentence)):
                    return True
            sentence_text = context.sentence_text(sentence)
            said_at = _IN_MEETING_WITH.search(sentence_text)
            if said_at and not self.is_future.any(words) and _NOT_HAPPENED.isdisjoint(words) and not (
                self.is_recall.any(set(sentence_text[:said_at.end()].lower().split()))
                or (sentence > 0 and context.other_date(sentence))
            ):
                # "President X made the remarks in a meeting with Turkmen Vice-President Y Sunday evening", "During
                # a February 20 meeting, Foreign Minister X told the Ambassador that the recent commission ...": the
                # meeting itself is not recalled (the words it reports may be)
                return True
        return False

    def _after_greetings_verb(self, lowers, start, sent_of, sentences):
        """True for an official named after 'conveyed (the) greetings ...' in the same sentence: the
        sender or addressee of passed-on regards, however long the chain of titles before the name."""
        sentence = sent_of[start]
        words = sentences.word_set(sentence)
        if self.greeting_nouns.isdisjoint(words) or self.convey_verbs.isdisjoint(words):
            return False
        first = start
        while first > 0 and sent_of[first - 1] == sentence:
            first -= 1
        before = lowers[first:start]
        return any(w in self.convey_verbs for w in before) and any(w in self.greeting_nouns for w in before)

    def _message_passed_on(self, lowers, start, first, mention_tokens=(), invitations_only=False):
        """True for 'conveyed a message from (the President of Uzbekistan) X', 'handed over a letter of X':
        X wrote to a meeting he did not attend (for a written message itself, X takes part: ANNOTATION.md); also
        for the second of coordinated senders ("delivered greetings from the Supreme Leader X and President Y"), and
        for 'conveyed an invitation from President X to pay a visit' (with ``invitations_only``, that alone)."""
        start = _coordination_start(lowers, start, first, mention_tokens)
        window = lowers[max(first, start - 9):start]
        source = max((i for i, w in enumerate(window) if w in ("from", "of")), default=None)
        if source is None:
            return False
        letter = max(
            (i for i, w in enumerate(window[:source]) if w in _INVITATIONS or (not invitations_only and w in self.message_nouns)),
            default=None,
        )
        return letter is not None and any(
            w in self.convey_verbs or w in _HANDED for w in window[:letter]
        )

    @staticmethod
    def _on_behalf_of(lowers, start):
        """True for 'on behalf of (the President) X', 'on assignment of / on the instructions of X'."""
        window = lowers[max(0, start - 6):start]
        if not _ON_BEHALF_WORDS.intersection(window):
            return False
        return any(
            window[i] == "on" and (window[i + 1:i + 3] in _ON_BEHALF or window[i + 1:i + 4] in _ON_BEHALF)
            for i in range(len(window) - 2)
        )

    def _possessive_passed_on(self, lowers, start, end, sent_of):
        """True for "conveyed / extended / delivered X's invitation (greetings, message)" in one sentence: someone else
        passed on what X sent; X takes no part."""
        if end + 1 >= len(lowers) or lowers[end] not in ("'s", "’s"):
            return False
        noun = end + 1
        while noun + 1 < len(lowers) and noun - end <= 2 and lowers[noun] in _MESSAGE_ADJECTIVES:
            noun += 1  # "X's formal invitation", "X's personal written message"
        if lowers[noun] not in _PASSED_NOUNS:
            return False
        after = lowers[noun + 1:noun + 4]
        if after[:1] in (["was"], ["were"]) and any(w in self.convey_verbs or w in _HANDED for w in after[1:]):
            return True  # "President X's greetings were also conveyed": passed on by the guest
        first = start
        while first > 0 and start - first < 12 and sent_of[first - 1] == sent_of[start]:
            first -= 1
        # "Kamilov delivered Uzbek President Shavkat Mirziyoyev's message": handed over too
        return any(w in self.convey_verbs or w in _HANDED or w in _SUBMITTED for w in lowers[first:start])

    def _reported(self, lowers, first, start, end, mention_end=None):
        """True when the mention at ``start`` is inside a clause of reported speech of its sentence (``first`` to
        ``end``) that tells no interaction of its own: "He added that under the leadership of His Highness X,
        President of the UAE, the UAE remains a partner": someone's words, which may name anyone (not "Saidov
        noted that he and his counterparts from Azerbaijan ... convened": the speaker's side telling the event
        itself; but "Putin said that he was aware that Nazarbayev arrived after a visit to X" is words)."""
        j = start - 1
        while j > first and (lowers[j] in _TITLE_BEFORE_NAME or lowers[j].isspace()):
            j -= 1  # "said President \nKarimov": the title (a mention of its own) and a line break
        if j > first and lowers[j] in _SAID_THAT and lowers[j] not in ("expressed", "highlighted", "recalled", "agreed") and (
            lowers[j - 1].isalpha()  # not "..., says President Xi Jinping in his message": the speaker, after a quote
        ) and not (
            # "noted President Japarov's contribution": the object of the verb, not the subject of a clause
            (mention_end is not None and mention_end < len(lowers) and lowers[mention_end] in ("'s", "’s", "'", "’"))
            # "As it was stated Prime Minister X and Y co-chaired the meeting": the text's own report
            or "as" in lowers[max(first, j - 3):j]
            # "United States President X", "member states"
            or lowers[j - 1] in _NOT_SPEAKERS
        ):
            return True  # "Zarifi said President Karimov had even said ...": a clause of speech without "that"
        for i in range(start - 1, max(first, start - 50), -1):
            if lowers[i] == "that" and i > first and (lowers[i - 1] in _SAID_THAT or (
                    i - 1 > first and lowers[i - 1] == "out" and lowers[i - 2] == "pointed")):
                subject = lowers[i + 1:i + 3]
                told = subject in (["he", "and"], ["she", "and"], ["the", "sides"], ["the", "parties"], ["the", "leaders"],
                                   ["the", "ministers"]) or subject[:1] in (["they"], ["we"])
                return not (told and self.is_past_interaction.any(set(lowers[i + 1:end])))
        return False

    def _handed_from(self, lowers, start, sent_of):
        """True for "handed over (delivered, conveyed) a letter ... from X" in one sentence: someone else
        brought what X wrote; X takes no part in the meeting told before (the caller asks past the lead's first
        sentence, when the model reads a contact in person or by a link: a lead of the message handed over,
        "Kamilov passed a written message from President X to President Y", reports X's message)."""
        j = start - 1
        if j >= 0 and lowers[j] == "the":
            j -= 1
        if j < 0 or lowers[j] != "from":
            return False
        first = j
        while first > 0 and j - first < 14 and sent_of[first - 1] == sent_of[start]:
            first -= 1
        words = lowers[first:j]
        return any(w in _HANDED or w in self.convey_verbs for w in words) and any(w in _PASSED_NOUNS for w in words)

    @staticmethod
    def _greetings_of(lowers, start, sent_of, mention_tokens=()):
        """True for 'conveyed the greetings of President X', 'greetings from X', 'conveyed congratulations
        from the Minister X' (X does not take part); also for the second of coordinated senders ("greetings from
        the Supreme Leader X and President Y")."""
        while start - 1 > 0 and sent_of[start - 1] == sent_of[start] and (
            start - 1 in mention_tokens or lowers[start - 1] in ("and", ",")
        ):
            start -= 1
        first = start
        while first > 0 and start - first < 6 and sent_of[first - 1] == sent_of[start]:
            first -= 1
        words = lowers[first:start]
        if "of" not in words and "from" not in words:
            return False
        if any(w in _WRITTEN_NOUNS for w in words):
            return False  # "The Message of greetings from the President of X reads": X's own letter
        if any(w in ("greetings", "regards", "wishes", "salutations", "warmth") for w in words[-4:]):
            # ("Conveyed warmth of PM @ImranKhanPTI" in a minister's post)
            return True
        # congratulations passed on by someone else (not "received congratulations from X", X's own message)
        return any(w in ("congratulations", "condolences") for w in words) and any(w in _PASSED_ON for w in words)

    def _conveyed(self, lowers, start):
        """True for 'convey (his) greetings/best wishes to <official>'."""
        i = start - 1
        while i >= 0 and lowers[i] in ("the", "president", "prime", "minister", "his", "her", ",") and start - i < 5:
            i -= 1
        if i < 0 or lowers[i] != "to":
            return False
        window = lowers[max(0, i - 10):i]
        # a verb of passing on is needed: "sent New Year greetings to X" is a message to X, "extended his
        # condolences to X" too, unless someone "asked" to extend them
        if any(w in _SENT for w in window):
            return False
        if not self.message_nouns.isdisjoint(window) and not {"conveyed", "conveys"}.isdisjoint(window) and (
            "asked" not in window and "requested" not in window
        ):
            return False  # "President X today conveyed a message of condolence to President Y": a letter to Y
        if _addresses_himself(lowers, start, window):
            return False  # "X conveyed his condolences to President Y": X speaks or writes to Y himself
        if any(w in self.convey_verbs and not w.startswith("extend") for w in window):
            return True
        return any(w.startswith("extend") for w in window) and ("asked" in window or "requested" in window)
