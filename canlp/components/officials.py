"""``canlp_officials``: mentions of officials, linked to a canonical person, role and state.

Three kinds of evidence are matched and combined:

- **names**: every spelling of the knowledge base (full names, surnames,
  transliterations), case-insensitively but capitalised in the text, extended
  to initials before them ("K.K. Tokayev", "Sh. Mirziyoyev");
- **titles**: "President", "Head of State", "Foreign Minister", "Chairman of
  the Cabinet of Ministers", "counterpart"... (``data/titles.json``), with the
  state attached to them ("Uzbek Foreign Minister", "President of the Kyrgyz
  Republic", "Kazakhstan's President", "his Kazakh counterpart");
- **title + name**: a title followed by a name, or a name in apposition to a
  title ("Sergey Lavrov, Russia's Foreign Minister").

A name resolves with the document date ("Berdimuhamedov" is the father in
2021 and the son in 2023; "Japarov" after "Chairman of the Cabinet" is
Akylbek). A title alone resolves to who held that office on the date. A title
without a state ("the Head of State", "the President") is the same person as
the latest mention with that role, else the president of the state whose
official source published the text. An unknown person with a known title and
state ("Prime Minister of Kyrgyzstan Adylbek Kasymaliev" if he were missing)
is kept with ``in_kb`` false.

Every mention becomes a plain dict in ``doc._.officials``; spans go to
``doc.spans["canlp_officials"]`` (label = role, kb_id = canonical name).
"""

import bisect
import datetime as dt
import difflib
import functools
import re

from canlp.components import (
    PhraseTable,
    doc_text,
    get_ext,
    is_cable,
    line_at,
    longest_matches,
    make_spans,
    phrase_tokens,
    set_ext,
    token_lower,
    token_offsets,
    token_text,
)
from canlp.components.dates import HEAD_CHARS, MONTHS, anniversaries, day_and_month, sentence_start
from canlp.components.patterns import PatternComponent
from canlp.components.regions import regional_heads
from canlp.components.states import state_mentions
from canlp.kb import load_kb, normalize, parse_date
from canlp.labels import CENTRAL_ASIA
from canlp.paths import data_json

SPAN_KEY = "canlp_officials"
INITIALS = re.compile(r"(?:\b[A-Z][a-z]?\.\s?){1,3}$")
NAME_STOP = {
    "The", "A", "An", "And", "On", "In", "At", "Of", "During", "President", "Minister", "Prime", "Foreign",
    "His", "Her", "Excellency", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sheikh", "Majesty", "Highness",
    "Honorable", "Honourable", "H.E.", "H.E", "HE", "Shri", "Shrimati", "Smt", "Smt.", "Hon", "Hon.",
    # headline verbs in Title Case ("Russian President Talks Phone With ...") are not names
    "Talks", "Talk", "Phone", "Picks", "Calls", "Call", "Meets", "Meet", "Holds", "Hold", "Discusses", "Discuss",
    "New", "With", "Visit", "Visits", "Says", "Receives", "Receive", "Sends", "Congratulates", "Arrives", "To",
    "For", "From", "By", "Over", "Ministry", "Spokesperson", "Office", "Press", "Service",
}
#: A surname glued to its initials in one token: "V.Putin", "K.K.Tokayev", "E.Aydogdyyev".
#: The surname may open with a Turkish capital and hold lower-case letters of any script ("B.Akçapar", "M.Çavuşoğlu").
GLUED_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.){1,3}([A-ZÇÖŞÜ][^\W\d_A-Z]{2,}(?:-[A-Z][^\W\d_A-Z]+)?)$")
GLUED_IN_TEXT = re.compile(r"\b(?:[A-Z][a-z]?\.){1,3}[A-ZÇÖŞÜ][^\W\d_A-Z]{2,}")
#: The words of a social-media handle: "@BSaidov" -> B, Saidov; "@Kamikawa_Yoko" -> Kamikawa, Yoko.
_HANDLE = re.compile(r"^@([A-Za-z][A-Za-z0-9_]{3,})$")
_HANDLE_WORDS = re.compile(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])")


def _handle_names(tx):
    """Name matches for the social-media handles of people the knowledge base knows, whose words spell a name
    or a surname of at least four letters: "@BSaidov", "@TokayevKZ", "@SecBlinken", "@MuratNurtleu",
    "@Kamikawa_Yoko" (the longest run of the handle's words that spells one; none for "@MFA_Russia")."""
    kb = load_kb()
    found = []
    for i, token in enumerate(tx):
        handle = _HANDLE.match(token)
        if handle is None:
            continue
        words = _HANDLE_WORDS.findall(handle.group(1))
        best = None
        for size in (3, 2, 1):
            for k in range(len(words) - size + 1):
                form = " ".join(words[k:k + size])
                if len(form.replace(" ", "")) < 4:
                    continue
                names = kb.candidates(form)
                if names:
                    best = {"form": form, "type": "name", "names": names}
                    break
            if best is not None:
                break
        if best is not None:
            found.append((i, i + 1, best))
    return found


#: A name whose family name comes first in capitals, then given names: "TSUGE Yoshifumi", "MIYAJI Takuma".
_FAMILY_NAME_IN_CAPITALS = re.compile(r"^[A-Z]{2,}(?:-[A-Z]{2,})? [A-Z][a-z]+(?:[- ][A-Za-z][a-z]+)*$")
#: What every match of GLUED_IN_TEXT contains: a cheap test that spares most texts its search.
GLUED_HINT = re.compile(r"\.[A-Z]")
#: A word of a person's name: letters, with apostrophes, hyphens or dots inside ("O'Brien", "Al-Sabah",
#: "Sh."), not "A$" or "B2B".
NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-](?=[^\W\d_]))*\.?")
#: A surname with a capital inside that ``str.istitle`` refuses: "McCardell", "MacArthur", "DeSantis".
CAPITAL_INSIDE = re.compile(r"(?:Mc|Mac|De|Le|La|Di|Du)[A-Z][a-z]{2,}")
ROMAN_NUMERAL = re.compile(r"^(?=..)X{0,3}(?:IX|IV|V?I{0,3})$|^[VX]$")
INITIAL_TOKEN = re.compile(r"^(?:[A-Z][a-z]?\.)+$|^[A-Z][a-z]?$")
#: Words before a title that make it the name of a post, not a person: "elected President of Turkey".
POST_NOT_PERSON = {"as", "elected", "post", "office", "become", "becoming", "became", "candidate", "appointed"}
#: Nouns before "of" that make the following title an office: "the post of head of state"; also those of the
#: people who stand for the office holder ("the Council of plenipotentiary representatives of the President of the
#: Kyrgyz Republic in the border oblasts": the president is not there).
POST_NOUNS = {"post", "office", "duties", "powers", "status", "position", "title", "role", "functions", "representatives"}
#: Words of titles, never part of a person's name: "Honorary Chairman", "Reconciliation Ambassador".
TITLE_WORDS = {
    "Chairman", "Chairperson", "Chairwoman", "President", "Minister", "Secretary", "Ambassador", "Leader", "Head",
    "Honorary", "Deputy", "Speaker", "Director", "General", "Envoy", "Representative", "Governor", "Mayor",
    "Commander", "Adviser", "Advisor", "Chief", "Prime", "Foreign", "Special", "Plenipotentiary", "Extraordinary",
    "Vice", "Premier", "Chancellor", "King", "Emir", "Prince", "Spokesperson", "Spokesman", "Senator", "Congressman", "Congresswoman", "Member",
    "First", "Administrator", "Commissioner", "Counsellor", "Counselor", "Attache", "Consul",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
#: Lower-case particles inside names.
NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "van", "von", "der", "da", "dos", "du", "la", "ul", "di", "del", "della"}
#: Words of institutions, never part of a person's name: "Kazinform News Agency", "Akorda Press Service".
ORG_WORDS = {
    "Agency", "News", "Service", "Ministry", "Committee", "Council", "Office", "Press", "Reports", "University",
    "Company", "Bank", "Group", "Corporation", "Fund", "TV", "Television", "Radio", "Daily", "Times", "Post",
    "Kazinform", "Akorda", "Xinhua", "Kabar", "Khovar", "Trend", "Report", "Portal", "Website", "Telegram",
}
#: Words after a name that make it the name of a place or an institution.
FACILITY = {
    "International", "Airport", "University", "Avenue", "Street", "Square", "Foundation", "Center", "Centre",
    "Museum", "Mosque", "Library", "Prize", "Award", "Stadium", "Park", "Palace", "School", "Institute", "Fund",
    "Academy", "Boulevard", "Prospekt", "Order", "Medal", "Hall", "Station", "Bridge", "Street's",
}
#: Words before a title that make it another, lower post: "Deputy Prime Minister" is not the Prime Minister.
SUBORDINATE = {"deputy", "vice", "vice-", "assistant", "under", "acting-deputy", "first-deputy", "state"}
#: Offices that belong to a leader without being the leader: "Adviser to the President".
OFFICE_OF = {
    "representative", "adviser", "advisor", "aide", "envoy", "assistant", "spokesperson", "spokesman",
    "administration", "office", "service", "secretary", "apparatus", "chancellery", "protocol", "guard",
}
#: Honorifics and ranks before a name that are no given names ("Arkadag", "Comrade", "Marshal").
HONORIFICS = {
    "Arkadag", "Hero", "Comrade", "Academician", "Professor", "Colonel", "Marshal", "Sir", "Dame", "Lord", "Pope",
    "Saint", "Sultan", "Queen", "Crown", "Elbasy", "Madam", "Mister", "Messrs", "Akim", "Hokim", "Hakim", "Imam",
    "Leaders", "Heads", "Mufti", "Patriarch", "Metropolitan", "Archbishop", "Cardinal", "Justice", "Judge",
    "Ayatollah", "Mullah", "Haji", "Hajji", "Field", "Grand",
}
#: Ranks of peerage and knighthood written before a name, no part of it ("Baroness Sayeeda Warsi", "Sir Alan Duncan").
PEERAGE = {"Baroness", "Baron", "Lord", "Lady", "Sir", "Dame", "Countess"}
#: Endings of patronymics between a given name and a surname ("Nurkhojoyevich", "Kemelevich", "Abishuly").
#: Patronymic markers written as words of their own ("Elmar Maharram oglu Mammadyarov", "Sadyr Zhaparov uulu").
PATRONYMIC_WORDS = {"oglu", "ogly", "oğlu", "uulu", "kyzy", "qizi", "ugli", "ogli", "uly", "kizi"}
PATRONYMIC_ENDINGS = ("vich", "vna", "ogly", "oglu", "uly", "ulu", "uulu", "kyzy", "qizi", "ugli", "ogli")
#: First words of a state's bodies after "chairman/head/president of STATE" ("Security Council", "Senate").
STATE_BODIES = {
    "Security", "Senate", "Parliament", "Mazhilis", "Majilis", "Assembly", "Council", "Committee", "Bank",
    "Supreme", "Constitutional", "National", "Oliy", "Jogorku", "Majlisi", "Halk", "Mejlis", "Duma", "Academy",
    "Chamber", "Court", "Agency", "Olympic", "Union", "Congress", "State",
}
#: Words of an office's remit that end a title, never a name ("Special Envoy for Global Partnerships").
OFFICE_NOUNS = {
    "Partnerships", "Partnership", "Affairs", "Relations", "Cooperation", "Development", "Issues", "Policy",
    "Questions", "Matters", "Negotiations", "Programmes", "Programs", "Initiatives", "Operations", "Diplomacy",
    "Reconciliation", "Investments", "Investment", "Communications", "Connectivity", "Minorities", "Refugees",
    "Rights", "Disarmament", "Terrorism", "Counterterrorism", "Trafficking",
}
#: Chambers of the Central Asian parliaments → (the words of their heads' offices in the knowledge base,
#: the state when the chamber's name gives it).
_CHAMBERS = {
    "senate": ("senate", None), "mazhilis": ("mazhilis", "KAZ"), "majilis": ("mazhilis", "KAZ"),
    "mejlis": ("mejlis", "TKM"), "majlisi milli": ("majlisi milli", "TJK"),
    "majlisi namoyandagon": ("majlisi namoyandagon", "TJK"), "jogorku kenesh": ("jogorku kenesh", "KGZ"),
    "legislative chamber": ("legislative chamber", "UZB"), "halk maslahaty": ("halk maslahaty", "TKM"),
}
#: The first word of every chamber's name, for a cheap substring test of a whole text.
_CHAMBER_HINTS = tuple(sorted({chamber.split()[0].title() for chamber in _CHAMBERS}))
#: "the Chairman of the Mejlis (of the Milli Gengesh)", "Speaker of the Legislative Chamber of the Oliy Majlis";
#: not a deputy ("Deputy Chairman of the Senate").
_CHAMBER_HEAD = re.compile(
    r"(?<![Dd]eputy )(?<![Vv]ice )(?<![Vv]ice-)\b(?:Chairman|Chairwoman|Chairperson|Chair|Speaker|Toraga|Head)\s+of\s+the\s+"
    r"(?P<chamber>Senate|Mazhilis|Majilis|Mejlis|Majlisi\s+Milli|Majlisi\s+Namoyandagon|Jogorku\s+Kenesh"
    r"|Legislative\s+Chamber|Halk\s+Maslahaty)\b"
    r"(?P<upper>\s+of\s+the\s+Oliy\s+Majlis\b)?(?:\s+of\s+the\s+Milli\s+Gengesh\b)?"
)
#: "Head of the Afghanistan Government", "the head of the Russian government": "head" is no title of its own.
_GOVERNMENT_HEAD = re.compile(r"\b[Hh]ead\s+of\s+the\s+")
#: Words after "Head of the STATE Government" that make it the head of something else ("... Government delegation").
_GOVERNMENT_COMPOUNDS = {
    "delegation", "delegations", "commission", "office", "agency", "agencies", "council", "team", "officials",
    "members", "bodies", "department", "departments", "program", "programme", "working", "house", "press", "apparatus",
    "'s", "’s", "of", "-", "group", "committee", "administration",
}
#: Capitalised first words of a government's bodies ("Government Information Service", "Government Protocol").
#: (Those :data:`_GOVERNMENT_COMPOUNDS` holds in lower case are matched there: "Government Delegation".)
_GOVERNMENT_BODY_WORDS = {"Information", "Service", "Services", "Protocol", "Secretariat", "Staff", "Reserve", "Fund", "Bank"}
#: Posts of a government whose holder, named with no state ("Deputy Foreign Minister X"), is placed by
#: :meth:`OfficialMentions._place_unplaced`.
GOVERNMENT_POSTS = {
    "minister", "deputy foreign minister", "first deputy foreign minister", "first deputy minister of foreign affairs",
    "vice foreign minister", "vice minister of foreign affairs",
    "deputy prime minister", "first deputy prime minister", "vice premier", "vice-premier",
    "deputy chairman of the cabinet of ministers", "first deputy chairman of the cabinet of ministers",
    "senator", "congressman", "congresswoman",
    # the offices around a president ("Bishkek, 7 February. Secretary of the Security Council X met ...")
    "secretary of the security council", "head of the presidential administration", "head of the administration of the president",
    "chief of the presidential administration", "chairman of the state committee for national security",
    "head of the state committee for national security", "director of the border service", "state secretary",
    # Japan's junior foreign ministers, on the Japanese ministry's own pages titled with no state
    "state minister for foreign affairs", "state minister of foreign affairs", "parliamentary vice-minister for foreign affairs",
    "parliamentary vice minister for foreign affairs",
}
#: Title words of officials of international organisations, besides :data:`TITLE_WORDS`.
ORG_TITLE_WORDS = {"Assistant", "Under", "Coordinator", "Resident", "High", "Executive", "Deputy", "Chair", "Manager", "Managing"}
#: Lower-case words and marks inside the title of an organisation's official ("Secretary-General for Affairs").
_ORG_TITLE_GLUE = {"-", "for", "of", "and", "on"}
#: Words of an organisation's board between its head's title and the organisation ("Chairman of the Management Board
#: of the Eurasian Development Bank").
_BOARD_WORDS = frozenset({"Board", "Management", "Directors", "Governors", "Executive", "Supervisory"})
#: Words of an organisation's office in a state, before "to"/"in" and the state ("Delegation to Uzbekistan").
_MISSION_WORDS = {"Delegation", "Mission", "Office", "Representation", "Centre", "Center", "Programme"}
#: Words that may close an organisation's name after the part the state index knows ("World Bank Group").
_ORG_NAME_ENDS = {"Group", "Secretariat", "Commission", "Mission"}
#: Capitalised words of a time phrase before a comma ("Last Wednesday,", "Earlier this month,").
_TIME_WORDS = {"Last", "Next", "This", "Earlier", "Later", "Meanwhile", "Yesterday", "Today", "Tomorrow", "On", "In"}
#: Words before a state in such a title ("Resident Coordinator in Tajikistan", "Country Manager for Uzbekistan").
_ORG_PLACE_GLUE = {"for", "in", "to"}
#: Lower-case title words before "of the" and an organisation ("the head of the UN Regional Centre").
_LOWER_TITLES = {"head", "director", "chairman", "chief", "president", "secretary-general", "representative"}
#: Words of the regions an official of an organisation answers for ("for Europe and Central Asia"), never a name.
REGION_WORDS = {
    "Asia", "Europe", "Central", "Eurasia", "Caucasus", "Africa", "America", "Americas", "Pacific", "East", "Middle",
    "South", "North", "West", "Western", "Eastern", "Southern", "Northern", "Region", "Balkans", "Gulf", "Caspian",
    "Latin", "Caribbean", "Mediterranean", "Arctic", "Countries", "Country", "Regional",
}
#: Words that end the name of an institution, never a person's ("Muslims Board", "Election Commission").
INSTITUTION_WORDS = {
    "Board", "Commission", "Administration", "Directorate", "Department", "Association", "Foundation",
    "Institute", "Centre", "Center", "Authority", "Inspectorate", "Organization", "Organisation", "Federation",
    "Union", "Society", "Congress", "Party", "Railways", "Airways", "Holding", "Muslims", "Spiritual", "Religious",
    "Gengesh", "Kenesh", "Majlis", "Majlisi", "Mejlis", "Mazhilis", "Maslahaty", "Maslakhaty", "Oliy", "Jogorku",
    "Duma", "Senate", "Parliament", "Assembly", "Kurultai", "Milli", "Khural", "Verkhovna", "Rada", "Sejm",
    "Namoyandagon", "Shura", "Bundestag", "Knesset", "Storting", "Riksdag", "Seimas", "Saeima",
}
#: A state's bodies written in lower case after its adjective ("the Speaker of the Turkish parliament").
_LOWER_BODIES = {"parliament", "senate", "legislature"}
#: Titles of deputy heads of government, which foreign ministers often hold as well (ANNOTATION.md: foreign_minister).
DEPUTY_PREMIER_TITLES = {
    "deputy prime minister", "first deputy prime minister", "vice premier", "vice-premier", "vice prime minister",
    "vice-prime minister", "deputy chairman of the cabinet of ministers", "first deputy chairman of the cabinet of ministers",
}
#: Titles of posts below a top office, whose holder a text names before or after their years in the top office.
LOWER_RANK_TITLES = {
    "deputy prime minister", "first deputy prime minister", "vice premier", "vice-premier", "vice prime minister",
    "vice-prime minister", "deputy foreign minister", "first deputy foreign minister", "deputy secretary of state",
    "vice foreign minister", "vice minister of foreign affairs",
    "assistant secretary of state", "deputy assistant secretary of state", "under secretary of state",
    "state secretary", "ambassador", "ambassador extraordinary and plenipotentiary", "special envoy",
    "special representative", "chairman of the senate", "chairman of the mazhilis", "speaker",
    "secretary of the security council", "assistant to the president", "adviser to the president",
    "advisor to the president", "head of the presidential administration", "head of the administration of the president",
    "chief of the presidential administration", "first deputy minister of foreign affairs",
    "deputy chairman of the cabinet of ministers", "first deputy chairman of the cabinet of ministers",
}
#: The staff of an office after its title and "'s" ("the President's Administration", "the President's press service").
_OFFICE_OF_HOLDER = {"administration", "office", "press", "website", "apparatus", "staff", "spokesman", "spokesperson"}
#: The lower posts that keep their holder from voting for a time of a top office when an undated text's day is
#: fitted (not "State Secretary": the United States' is the Secretary of State).
_LOWER_RANK_VOTES = frozenset(LOWER_RANK_TITLES - {"state secretary"})
#: Courtesy titles before a name ("Mr. Eric Green").
COURTESY_TITLES = {"Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Mister", "Madam"}
#: What every courtesy title holds, for a cheap substring test of a whole text ("Mr" is in "Mrs" too).
_COURTESY_HINTS = tuple(sorted({title.rstrip(".") for title in COURTESY_TITLES}))
#: Words of a multilateral occasion: its host city is no state of the ministers who attend it.
_OCCASION_WORDS = re.compile(r"\b(?:sidelines|margins|summit|forum|session|conference|assembly|congress|G20|G7|SCO|CIS)\b", re.I)
#: Envoys' titles whose remit may follow with "for" ("Special Representative for Central Asia, X").
_ENVOY_FORMS = frozenset({"special representative", "special envoy", "envoy", "high representative"})
#: Days either side of a knowledge-base tenure within which a text's title for the person is taken as said.
TENURE_SLACK_DAYS = 45
#: Words between a plural title and its list of states: "leaders of six states – Azerbaijan, Kazakhstan and ...".
GROUP_FILLERS = {"the", ",", "and", "–", "—", "-", ":", "("}
GROUP_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "states", "countries",
                "2", "3", "4", "5", "6", "7", "8", "9", "10"}
#: Words before a name that place its holder in the past: such a name does not date the text.
RECALLED = {"late", "former", "ex", "ex-", "then", "first", "memory", "predecessor", "founder"}
#: Words of a sentence that looks back: the officials it names date an earlier time than the text's.
RECALL_SENTENCE = frozenset({
    "recalled", "recall", "recalling", "recalls", "remembered", "reminisced", "memories",
})
#: The roles a counterpart can share: "his counterparts" are presidents, prime or foreign ministers.
ROLE_RANK_TITLED = ("president", "prime_minister", "foreign_minister")
#: Titles of monarchs (and the Pope), named by one given name and a regnal number at most.
MONARCH_TITLES = {"king", "queen", "emperor", "sultan", "emir", "amir", "pope", "his holiness pope", "grand duke"}
#: Titles of heads of any body, public or private: alone (no state) they name no office of a state.
PRIVATE_HEAD_TITLES = frozenset({
    "chairman", "chairwoman", "chairperson", "chair", "president", "leader", "head", "ceo", "chief executive officer",
    "president and ceo",
})
#: Titles that mean the president of the state whose source published the text.
SOURCE_STATE_TITLES = {
    "head of state", "head of the state", "head of our state", "leader of the nation", "president of our country",
    "leader of our country", "head of our country",
}
#: The person "the Leader of the Nation" names in a state's sources (``titles.json``).
NATION_LEADERS = {k: v for k, v in data_json("titles.json")["leader_of_the_nation"].items() if not k.startswith("_")}


@functools.lru_cache(maxsize=4096)
def _office_spans(kb, person, roles):
    """The union of a person's tenures (of ``roles`` if they held any of them) as (start, end) pairs:
    one vote per person when a text's date is fitted to the officials it names."""
    tenures = kb.person(person).tenures
    titled = [t for t in tenures if t.role in roles]
    if not titled:
        # named bare: not a post the knowledge base keeps only for texts that name it ("Crown Prince of Abu Dhabi")
        tenures = [t for t in tenures if not t.note.startswith("named post only")] or tenures
    # an open tenure (end None) sorts after a closed one starting the same day
    intervals = sorted(
        ((t.start, t.end) for t in (titled or tenures) if t.start is not None),
        key=lambda interval: (interval[0], interval[1] is None, interval[1] or interval[0]),
    )
    merged = []
    for start, stop in intervals:
        if merged and (merged[-1][1] is None or start <= merged[-1][1]):
            if merged[-1][1] is not None and (stop is None or stop > merged[-1][1]):
                merged[-1][1] = stop
        else:
            merged.append([start, stop])
    return tuple((start, stop) for start, stop in merged)


@functools.lru_cache(maxsize=1)
def _given_names():
    """The first words of the knowledge base's names of two or more words ("Anton", "Shavkat"), titles
    and honorifics left out ("Sheikh", "President")."""
    kb = load_kb()
    words = set()
    for alias in kb.aliases():
        parts = alias.split()
        if len(parts) >= 2 and parts[0].isalpha():
            words.add(parts[0])
    return frozenset(
        w for w in words
        if len(w) >= 3 and w not in NAME_PARTICLES and w.title() not in TITLE_WORDS and w.title() not in NAME_STOP
        and w.title() not in HONORIFICS
    )


def _sentence_words(lowers, i):
    """The words of the sentence around token ``i`` (between full stops or line breaks)."""
    start = i
    while start > 0 and lowers[start - 1] not in (".", "\n") and "\n" not in lowers[start - 1]:
        start -= 1
    end = i
    while end < len(lowers) and lowers[end] != "." and "\n" not in lowers[end]:
        end += 1
    return set(lowers[start:end])


def _looks_back(lowers, i, vocabulary=None):
    """True for a name at token ``i`` in a sentence that looks back ("The sides recalled the visit of X") or
    after "the time of", "the days of". ``vocabulary``, the set of the text's words, spares the sentence's
    scan in a text with none of the words that look back."""
    if lowers[max(0, i - 2):i] in (["time", "of"], ["times", "of"], ["days", "of"], ["era", "of"]):
        return True
    if vocabulary is not None and RECALL_SENTENCE.isdisjoint(vocabulary) and "back" not in vocabulary:
        return False
    words = _sentence_words(lowers, i)
    return not RECALL_SENTENCE.isdisjoint(words) or ("back" in words and any(  # "contacts going back to Tony Blair", "dating back to"
        lowers[k] in ("going", "goes", "go", "dating", "dates", "date") and lowers[k + 1] == "back"
        for k in range(max(0, i - 12), i)
    ))


_LEADING_INITIAL = re.compile(r"^([A-Z][a-z]?)\.\s?(?=[A-Z])")


def _initial_contradicts(text, person):
    """True when ``text`` opens with an initial ("D.Battulga", "D. Battulga") that no spelling of ``person`` of
    two words or more starts with: another person of that surname."""
    found = _LEADING_INITIAL.match(text)
    if found is None:
        return False
    initial = normalize(found.group(1))
    spellings = [normalize(s) for s in (person.name, *person.aliases) if len(s.replace(".", ". ").split()) >= 2]
    return bool(spellings) and not any(s.startswith(initial) for s in spellings)


def _named_in_full(text, surname, person, kb):
    """True when ``text`` names ``person`` in full somewhere, in any spelling close to the knowledge base's
    ("former German Chancellor Gerhard Schröder ... Schröder praised"): the surname alone is then theirs."""
    if person in text:
        return True
    for found in re.finditer(rf"\b([A-Z][\w'’-]+)\s+{re.escape(surname)}\b", text):
        full = found.group(0)
        if person in kb.candidates(full) or _close_spelling(full, None) == person:
            return True
        if normalize(found.group(1))[:1] == normalize(person)[:1]:
            return True  # "Hamed Karzai" for Hamid Karzai; not "Michael Schroeder" for Gerhard Schroeder
    return False


def _of_before(tx, org_start):
    """The index of the "of" before an organisation at ``org_start`` ("... of (the) World Bank"), or None."""
    j = org_start - 1
    if j >= 0 and tx[j].lower() == "the":
        j -= 1
    if j >= 1 and tx[j] == "of":
        return j
    if len(tx[org_start]) >= 3 and tx[org_start].isupper():
        # "of the International Organization for Joint Development of Turkic Culture and Art TURKSOY": the
        # organisation's name written out before its acronym
        j = org_start - 1
        while j > 1 and org_start - j < 16 and (tx[j][:1].isupper() or tx[j] in ("for", "of", "and", "-")):
            j -= 1
        if j < org_start - 2 and tx[j] == "the" and tx[j - 1] == "of" and tx[j + 1][:1].isupper():
            return j - 1
    return None


def _long_out_of_office(kb, name, date, years=4):
    """True when every tenure of ``name`` ended ``years`` or more before ``date``."""
    if date is None:
        return False
    tenures = kb.person(name).tenures
    return bool(tenures) and all(t.end is not None and (date - t.end).days >= 365 * years for t in tenures)


def _office_unknown_to_kb(tenures, role, form):
    """True when the title a text gives a person names an office none of their knowledge-base tenures is:
    another role, or another post of role ``other`` ("Director-General" of the ILO for a person the KB
    knows as president of IFAD)."""
    if role not in {t.role for t in tenures}:
        return True
    if role != "other":
        return False
    words = form.replace("-", " ")
    return not any(words in t.office.lower().replace("-", " ") for t in tenures if t.role == "other")


def _token_matches(doc, pattern):
    """Each match of ``pattern`` in the doc's text, with the token it starts at and the token after it."""
    idx = token_offsets(doc)
    for match in pattern.finditer(doc_text(doc)):
        yield match, bisect.bisect_left(idx, match.start()), bisect.bisect_left(idx, match.end())


#: Words after which the official named is the other party of the title's holder ("had a conversation with X",
#: "received X"; the host of the latter is then looked for as with no one named: "Head of the state received ...
#: the delegation headed by President of Tajikistan X, who arrived to Astana").
_OTHER_PARTY_BEFORE = frozenset({"with", "received", "receives", "welcomed", "welcomes", "hosted", "hosts"})
#: What a third person passes on from someone ("conveyed the greetings of President X").
_PASSED_ON_NOUNS = frozenset({"greetings", "regards", "wishes", "message", "letter", "invitation", "congratulations",
                              "condolences"})


def _passed_on_from(lw, start):
    """True for a name right after "the greetings of", "a message from" (titles between): the sender of what
    another passed on, who is no title's holder named later ("The Head of State received the Minister of
    Foreign Affairs of Uzbekistan ... The guest conveyed the greetings of President X")."""
    k = start - 1
    while k > 0 and start - k <= 3 and lw[k] in ("the", "president", "prime", "minister", "his", "her"):
        k -= 1
    return k > 0 and lw[k] in ("of", "from") and lw[k - 1] in _PASSED_ON_NOUNS


def _covered(mentions):
    """The tokens the mentions found so far cover."""
    return {i for m in mentions for i in range(m["start"], m["end"])}


def _recalled_before(lowers, i):
    """True when one of the three words before token ``i`` recalls ("the former Chairman", "the late President")."""
    return any(w in RECALLED for w in lowers[max(0, i - 3):i])


#: A cable's classifying line, when its chief of mission (ambassador or chargé) classifies it (the header itself:
#: :func:`canlp.components.is_cable`): "Classified By: Ambassador
#: Tatiana C. Gfoeller, for Reasons", "CLASSIFIED BY: Ken Gross, AMB, EXEC", "Classified By: Charge Richard Miles".
_CABLE_CHIEF = re.compile(
    r"(?i:classified\s+by):?\s+(?:(?P<title>(?i:ambassador|charg[eé](?:\s+d['’]affaires)?|cda))\s+)?"
    r"(?P<name>[A-Z][a-z]*\.?(?:\s+[A-Z]\.)*(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})"
    r"(?:,\s*(?P<after>(?i:ambassador|amb|charg[eé](?:\s+d['’]affaires)?|cda))\b)?"
)
#: Words after "Ambassador" that make it another post ("Ambassador to the UN", "Ambassador of Japan").
_NOT_THE_CHIEF_AFTER = frozenset({"of", "to", "for", "-", "at", "designate", "extraordinary", "at-large", "-designate"})


def _unknown_official(name, state, start, end, title_start=None, title_end=None, kind="title+name"):
    """The mention of an official of role ``other`` missing from the knowledge base: ``name`` at tokens
    ``start:end``, with the title (if any) at ``title_start:title_end``."""
    return {"name": name, "role": "other", "state": state, "in_kb": False, "in_office": None, "kind": kind,
            "start": start, "end": end, "title_start": title_start, "title_end": title_end, "source_title": False}


#: Ruling houses of the Gulf, by the family name that ends their members' names: a royal named with "bin" and the
#: house ("H.H. Suroor bin Mohammed Al Nahyan") is an official of that state, whatever post the text leaves out.
_ROYAL_HOUSES = {"nahyan": "ARE", "maktoum": "ARE", "qasimi": "ARE", "nuaimi": "ARE", "mualla": "ARE", "sharqi": "ARE",
                 "thani": "QAT", "saud": "SAU", "khalifa": "BHR", "sabah": "KWT", "said": "OMN", "busaidi": "OMN"}
_ROYAL_NAME = re.compile(
    r"\b(?:H\.\s?H\.|HH|His Highness|Her Highness|Sheikh|Shaikh|Sheikha|Prince|Princess|Sayyid)\s+(?:(?:Sheikh|Shaikh|Sheikha)\s+)?"
    r"((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+)(?:(?:bin|bint|ibn)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,3}"
    r"(?:Al|Al-|al-|Al\s+)\s?-?([A-Z][a-z]+))\b"
)


def _royal_house_mentions(doc, mentions, body_end=None):
    """Members of the Gulf's ruling houses missing from the knowledge base, named with an honorific, "bin" and the
    house ("H.H. Suroor bin Mohammed Al Nahyan"): role ``other``, the house's state (ANNOTATION.md: other officials).
    Names a mention already covers are left alone (the knowledge base's royals, titled ministers)."""
    text = doc_text(doc)
    if "bin " not in text and "bint " not in text:
        return []
    covered = _covered(mentions)
    added = []
    for found in _ROYAL_NAME.finditer(text):
        state = _ROYAL_HOUSES.get(found.group(2).lower())
        if state is None or (body_end is not None and found.start() >= body_end):
            continue
        span = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
        if span is None or any(i in covered for i in range(span.start, span.end)):
            continue
        if span.end < len(doc) and doc[span.end].text in FACILITY:
            continue  # "the Sheikh Zayed bin Sultan Al Nahyan Mosque": a building
        name = " ".join(found.group(1).split())
        added.append(_unknown_official(name, state, span.start, span.end, span.start, span.start))
        covered.update(range(span.start, span.end))
    return added


def _cable_chief_mentions(doc, mentions, index, reach=3000):
    """In a US diplomatic cable classified by its chief of mission, "the Ambassador" / "Charge" of the body is that
    person, an official of the United States missing from the knowledge base: "(C) In a meeting with the Ambassador,
    Uzbek Foreign Minister X said ..." (not "the Russian Ambassador", "Ambassador to the UN", nor "Ambassador X" of
    another name)."""
    text = doc_text(doc)
    if not is_cable(text, reach):
        return []
    chief = _CABLE_CHIEF.search(text, 0, reach)
    if chief is None or not (chief.group("title") or chief.group("after")):
        return []
    name = chief.group("name")
    surname = name.split()[-1]
    tx = token_text(doc)
    lw = token_lower(doc)
    idx = token_offsets(doc)
    covered = _covered(mentions)
    added = []
    foreign = False  # another state's ambassador named: a later "the Ambassador" may be theirs
    for i, word in enumerate(tx):
        if word not in ("Ambassador", "Charge", "Chargé", "AMB", "CDA") or idx[i] < chief.end():
            continue
        state_before = index.get(i)  # the state span ending right before the title ("the Chinese Ambassador")
        if i in covered or state_before is not None and state_before.label_ == "STATE" or i > 0 and tx[i - 1] in ("'s", "’s"):
            foreign = True  # "the Russian Ambassador", "Japan's Ambassador", "Ambassador of Japan X"
            continue
        if foreign:
            continue
        end = i + 1
        if end < len(doc) and tx[end] in ("'s", "’s"):
            pass  # "During the Ambassador's meeting with"
        elif end < len(doc) and lw[end] in _NOT_THE_CHIEF_AFTER and not (
            lw[end] == "to" and end + 1 < len(doc) and index.get(("start", end + 1)) is None and lw[end + 1] != "the"
        ):
            foreign = foreign or lw[end] == "of"
            continue  # "Ambassador to the UN", "Ambassador of Japan" (not "met with the Charge to discuss")
        elif end < len(doc) and tx[end] == surname:
            end += 1  # "Ambassador Gfoeller"
        elif end < len(doc) and tx[end][:1].isupper() and tx[end].isalpha() and not tx[end].isupper():
            continue  # "Ambassador Peter Burian": another person
        added.append(
            {"name": name, "role": "other", "state": "USA", "in_kb": False, "in_office": None, "kind": "title",
             "start": i, "end": end, "title_start": i, "title_end": i + 1, "source_title": False}
        )
        covered.update(range(i, end))
    return added


#: Lower-case words a title's remit may hold before the name ("Chairman of the Kazakhstani Senate X").
_REMIT_GLUE = frozenset({"of", "the", "and", "for", "-", "'s", "’s"})


def _titled_before(doc, start, title_ends, name_starts, reach=12):
    """True when a title ends at most ``reach`` tokens before token ``start``, with only its remit between
    (capitalised words, "of the"; no other name): "Chairman of Halk Maslahaty of the Milli Gengesh of Turkmenistan
    Gurbanguly Berdimuhamedov", not "Turkmen leader congratulates X" nor "President of Uzbekistan Shavkat
    Mirziyoyev had a conversation with X". ``title_ends`` and ``name_starts`` are sets of token positions."""
    tx = token_text(doc)
    k = start
    while k >= 0 and start - k <= reach:
        if k in title_ends:
            return True
        k -= 1
        if k < 0 or k in name_starts or not (tx[k][:1].isupper() or tx[k] in _REMIT_GLUE):
            return False
    return False


def _side_named(lowers, index, mention):
    """The state of "from (on) the X side" that places an official with no state of his own in a list of those
    present: the next such phrase after the mention, before a comma, the sentence's end or another "by" ("Deputy
    Chairman X and Minister of Energy Y from the Kyrgyz side, and Deputy Prime Minister Z from the Uzbek side"), else
    the last one before it in its sentence ("From the Kyrgyz side, the talks were attended by X"; "co-chaired from the
    Turkmen side by X, and from the Kazakh side by Y"); None if there is none."""
    n = len(lowers)
    k = mention["end"]
    while k < n and k - mention["end"] < 40 and lowers[k] not in (".", ";", ",", "by") and "\n" not in lowers[k]:
        if lowers[k] in ("from", "on") and k + 3 < n and lowers[k + 1] == "the":
            span = index.get(("start", k + 2))
            if span is not None and span.label_ == "STATE" and span.end < n and lowers[span.end] == "side":
                return span.kb_id_
        k += 1
    k = mention["start"] - 1
    while k >= 0 and mention["start"] - k < 40 and lowers[k] not in (".", ";") and "\n" not in lowers[k]:
        if lowers[k] == "side" and index.get(k) is not None and index[k].label_ == "STATE":
            span = index[k]
            if span.start >= 2 and lowers[span.start - 1] == "the" and lowers[span.start - 2] in ("from", "on"):
                return span.kb_id_
        k -= 1
    return None


def _same_sentence(lowers, a, b):
    """True when mentions ``a`` and ``b`` have no full stop between them."""
    start, end = min(a["end"], b["end"]), max(a["start"], b["start"])
    return "." not in lowers[start:end]


def _state_body_at(tx, i):
    """True when token ``i`` starts the name of a body of a state ("Security Council", "Senate", "Muslims
    Board"): a body word there or in the capitalised words right after it."""
    if i >= len(tx) or tx[i] in STATE_BODIES or tx[i] in _LOWER_BODIES:  # "the Chairman of the Kazakh parliament"
        return i < len(tx)
    for k in range(i, min(len(tx), i + 3)):
        if not tx[k][:1].isupper():
            return False
        if tx[k] in INSTITUTION_WORDS or tx[k] in ORG_WORDS:
            return True
    return False


def _another_given_name(doc, i, people):
    """True when token ``i``, right before a one-word surname that names ``people``, is the given name of
    someone else ("Anvar" before "Karimov", "Anton" before "Kobyakov"): a capitalised word of letters that
    is no title, honorific, state, month or institution word, in no spelling close to any of their names.
    At the start of a sentence or in a Title Case headline a capitalised word may be anything ("Today",
    "Welcomes"): there only a given name the knowledge base knows counts."""
    tx = token_text(doc)
    if i >= 2 and (tx[i - 1] == "of" or (i >= 3 and tx[i - 1] == "the" and tx[i - 2] == "of")):
        head = tx[i - 2] if tx[i - 1] == "of" else tx[i - 3]
        if head[:1].isupper():
            return False  # the end of a title: "Minister of Defence Shoigu", "Leader of the Nation Nazarbayev"
    verdict = _given_name_verdict(tx[i], tx[i - 1] if i > 0 else "\n", people)
    if verdict is not None:
        return verdict
    before = tx[i - 1] if i > 0 else "\n"
    opens = before in (".", "!", "?", ":", ";", '"', "“", "(", "-", "–", "—") or "\n" in before or before.isspace()
    return not (opens or _in_title_case_line(doc, i))


#: The group pattern of "the heads of (all) the SCO member states": the members' heads of state.
_HEADS_OF_MEMBERS = {"form": "heads of member states", "type": "group", "role": "president"}


def _heads_of_members(lw, mention_at):
    """Group matches for "heads of (all) (the) ORG member states / countries" ("attended by the heads of CSTO
    member states"): "heads" alone is no title (heads of delegations, of ministries), but before an organisation's
    member states it stands for their heads of state."""
    found = []
    for i, word in enumerate(lw):
        if word != "heads" or i + 2 >= len(lw) or lw[i + 1] != "of":
            continue
        k = i + 2
        while k < len(lw) and lw[k] in ("all", "the"):
            k += 1
        org = mention_at.get(k)
        if org is None or org.label_ != "ORG" or org.end + 1 >= len(lw) or lw[org.end] != "member":
            continue
        end = org.end + 2 if lw[org.end + 1] in ("states", "countries", "nations") else (
            org.end + 3 if lw[org.end + 1] in ("-", "–") and org.end + 2 < len(lw) and lw[org.end + 2] == "states" else None
        )
        if end is not None and _closes_member_states(lw, end):
            found.append((i, i + 1, _HEADS_OF_MEMBERS))
    return found


#: Nouns that "member states" may qualify, making another body of theirs the head's: "the heads of the SCO member
#: states border services", "the heads of CSTO member states parliaments".
_MEMBER_STATES_BODIES = frozenset({
    "security", "border", "services", "service", "parliaments", "parliament", "parliamentary", "delegations",
    "delegation", "ministries", "ministry", "agencies", "agency", "councils", "council", "bodies", "committees",
    "committee", "armed", "forces", "governments", "defence", "defense", "interior", "foreign", "emergency", "customs",
    "health", "national", "central", "special", "law", "prosecutors", "courts", "supreme", "secretaries",
    "representatives", "intelligence", "general", "chambers", "banks", "bank", "statistical", "tax", "antimonopoly",
})


def _closes_member_states(lw, k):
    """True when "member states" ending before token ``k`` closes its phrase: no possessive and no body of theirs
    follows (not "member states' security councils", "member states border services")."""
    return k >= len(lw) or (lw[k] not in ("'s", "’s", "'", "’") and lw[k] not in _MEMBER_STATES_BODIES)


def _left_office_lately(kb, name, state, role, date, days=31):
    """True when ``name`` held ``role`` of ``state`` until at most ``days`` before ``date`` (Raisi, who died the day
    before a condolence; not Karimov or Niyazov, whose names a text recalls years later)."""
    person = kb.persons.get(name)
    return person is not None and any(
        t.state == state and t.role == role and t.end is not None and 0 <= (date - t.end).days <= days
        for t in person.tenures
    )


def _occasion_before(lw, start):
    """True when the words shortly before token ``start`` in its sentence make what follows the occasion of
    another event: "on the sidelines of the meeting of the heads of government of the SCO member states", "arrived
    in Astana to participate in the meeting of the Council of Prime Ministers of the SCO member states", or the
    subject of the talk ("an invitation to", "the agenda of", "preparations for")."""
    for k in range(start - 1, max(-1, start - 16), -1):
        if lw[k] in (".", "!", "?") or "\n" in lw[k]:
            return False
        if lw[k] in ("sidelines", "sideline", "margins", "margin"):
            return True
        if lw[k] == "to" and k + 1 < start and lw[k + 1] in ("participate", "attend", "take"):
            return True  # the purpose of a trip: the meeting comes later
        if lw[k] == ",":
            return False  # ("In accordance with the agenda of the meeting, the leaders of the SCO member states discussed")
        if lw[k] in _ABOUT_A_MEETING:
            return True  # "conveyed an invitation to the meeting of the Council of Heads of State of the SCO member states"
    return False


#: Words before a council's name that make it the subject of talk, not the event told: "an invitation to", "the
#: agenda of", "the implementation of the decisions of", "preparations for", "the next", "the upcoming".
_ABOUT_A_MEETING = frozenset({
    "invitation", "invited", "inviting", "agenda", "decisions", "decision", "implementation", "preparation",
    "preparations", "preparing", "chairmanship", "presidency", "results", "outcome", "outcomes", "upcoming", "next",
    "forthcoming", "future", "ahead", "planned", "host", "hosting", "documents", "declaration",
})


def _korean_syllable_glued(doc, k):
    """True when token ``k`` ("In", "On", "An") opens a Korean given name glued to its lower-case second syllable
    ("Kang In-sun"): a name's word, not the preposition or article it is spelt like."""
    tx = token_text(doc)
    return (k + 2 < len(doc) and tx[k + 1] == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_
            and tx[k + 2].isalpha() and tx[k + 2].islower() and len(tx[k + 2]) <= 5)


def _surname_first_of_another(doc, i, people):
    """True when token ``i``, right after a one-word surname that names ``people``, is a given name none of them
    bears and closes the name ("Meredov Shadurdy." / "Meredov Shadurdy,"): a given name the knowledge base knows,
    or any capitalised word of letters when the line's prose goes on in lower case."""
    tx = token_text(doc)
    if i + 2 < len(doc) and tx[i + 1] == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and (
        tx[i + 2].isalpha() and tx[i + 2].islower() and tx[i].istitle() and tx[i].isalpha()
    ):
        # "Yoon Kang-hyun": a hyphenated given name after a family name, none of theirs (not "Yoon Suk-yeol")
        own = {w for p in people for w in normalize(p).replace("-", " ").split()}
        return normalize(tx[i]) not in own
    if i + 1 >= len(doc) or tx[i + 1] not in (",", ".", ";", "\n", "and", "who") and "\n" not in tx[i + 1]:
        return False
    if _in_title_case_line(doc, i):
        return False  # a headline's words
    verdict = _given_name_verdict(tx[i], "\n", people)  # (the word before is the surname itself)
    return verdict is True or (verdict is None and doc[i].is_title and tx[i].isalpha() and len(tx[i]) >= 4)


#: Endings of Central Asian, Russian, Persian and Caucasian surnames ("Rahimzod", "Akhmetov", "Pashinyan").
SURNAME_ENDINGS = ("ov", "ev", "ova", "eva", "zoda", "zod", "zade", "zada", "yan", "enko", "uly", "uulu")


def _surname_after(doc, i, people):
    """True when token ``i``, right after a one-word name that names ``people``, is a surname of another shape none
    of them bears ("Minister Sharif Rahimzod": not Nawaz Sharif; the word before is this person's given name)."""
    tx = token_text(doc)
    word = tx[i]
    if len(word) < 5 or not word.istitle() or not word.isalpha() or not normalize(word).endswith(SURNAME_ENDINGS):
        return False
    if _in_title_case_line(doc, i) or word in TITLE_WORDS or word in NAME_STOP:
        return False
    return _given_name_verdict(word, "\n", people) is not False


@functools.lru_cache(maxsize=16384)
def _given_name_verdict(word, before, people):
    """What :func:`_another_given_name` can tell from the words alone (cached: the same names recur):
    False (no given name of another person: a title, a month, a patronymic, one of their own names), True
    (a given name the knowledge base knows, none of theirs), or None (a capitalised word the knowledge base
    does not know as a given name: another person's only in running prose)."""
    if not people or len(word) < 3 or not word.istitle() or not word.replace("-", "").isalpha():
        return False
    if word in TITLE_WORDS or word in NAME_STOP or word in ORG_WORDS or word in HONORIFICS or word.rstrip("s") in TITLE_WORDS:
        return False
    key = normalize(word)
    if key in MONTHS or key in WEEKDAYS or key.endswith(PATRONYMIC_ENDINGS):
        return False  # "Sadyr Nurkhojoyevich Japarov": a patronymic
    if before.istitle() and _close_to_names(normalize(before), people):
        return False  # "Mohammad Javad Zarif": a middle name after the person's given name
    if _close_to_names(key, people):
        return False
    return True if key in _given_names() else None


@functools.lru_cache(maxsize=4096)
def _given_name_of(word, people):
    """The one of ``people`` (sharing a surname) whose given name ``word`` spells, in the knowledge base's spellings
    or close to one ("Kurbankulu" of Gurbanguly, not of Serdar; "Akilbek" of Akylbek, not of Sadyr), or None."""
    kb = load_kb()
    key = normalize(word)
    fitting = []
    for name in people:
        person = kb.person(name)
        surname = normalize(person.name).replace("-", " ").split()[-1]
        # the first word of the spellings that end in the surname (not "Arkadagly Serdar", an honorific and a name)
        givens = {words[0] for words in (normalize(spelling).replace("-", " ").split() for spelling in [person.name, *person.aliases])
                  if len(words) >= 2 and difflib.SequenceMatcher(None, words[-1], surname).ratio() >= 0.6}
        if any(difflib.SequenceMatcher(None, key, given).ratio() >= 0.7 for given in givens):
            fitting.append(name)
    return fitting[0] if len(fitting) == 1 else None


#: Particles inside Arabic names, no given names of their own.
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "ben", "ul"})


@functools.lru_cache(maxsize=4096)
def _close_to_names(key, people):
    """True when the (normalised) word ``key`` is one of the words of the names of ``people``, or close
    to one (a spelling variant: "Kasym" of "Kassym", "Sooronbai" of "Sooronbay")."""
    kb = load_kb()
    for name in people:
        person = kb.person(name)
        for spelling in [person.name, *person.aliases]:
            for part in normalize(spelling).replace("-", " ").split():
                if part in _NAME_PARTICLES:
                    continue  # "Ali" is not close to the "al" of Nouri al-Maliki
                if (abs(len(key) - len(part)) <= 2 and difflib.SequenceMatcher(None, key, part).ratio() >= 0.6) or (
                    len(key) >= 3 and (part.startswith(key) or part.endswith(key))
                ):  # "Ali" of "Emomali" ("Imam Ali Rahman"), not the "ali" inside "Maliki"
                    return True
    return False


def _in_title_case_line(doc, i):
    """True when the line of token ``i`` is written in Title Case (every word capitalised but the small ones)."""
    words = [w for w in line_at(doc_text(doc), doc[i].idx).split() if w[:1].isalpha()]
    # prose has lower-case words besides the small ones ("met", "received"); a Title Case headline has none
    return len(words) >= 3 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


#: Words that begin a state's long name without being a state mention themselves ("President of the Republic").
_STATE_NAME_WORDS = frozenset({
    "Republic", "Country", "State", "States", "Nation", "Federation", "Union", "Confederation", "Kingdom", "Islamic",
    "People", "People's", "People’s", "Democratic", "United", "Federal", "Sultanate", "Grand", "Principality",
})
#: The last words of a body whose name opens with a state's word ("the Iranian-Tajikistan Parliamentary Friendship
#: Group", "the Kazakh-Chinese Business Council"): a title "of" it is the body's, not the state's.
_BODY_AFTER_ADJECTIVE = frozenset({
    "Group", "Friendship", "Association", "Society", "Club", "Foundation", "Fund", "Company", "Corporation",
    "Business", "Chamber", "Forum", "League",
})
#: Lower-case nouns that end the name of a body after a state's adjective ("the Kazakh-Turkish business council").
_LOWER_BODY_NOUNS = frozenset({
    "group", "association", "federation", "council", "committee", "union", "club", "company", "corporation", "society",
    "foundation", "fund", "chamber", "forum", "league", "board", "bank", "institute", "university", "academy",
    "side",  # "the chairperson of the Kazakh side of the intergovernmental council"
})
#: Lower-case words after a state's name that end the look for such a body: verbs and function words.
_NOT_BODY_WORDS = frozenset({
    "and", "or", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "who", "which", "that", "was",
    "is", "has", "had", "will", "would", "met", "meets", "received", "receives", "said", "says", "held", "holds",
    "made", "makes", "paid", "pays", "sent", "sends", "told", "gave", "took", "also", "later", "then", "visited",
})
#: Words after "(The President)'s" that make an aide's title: "the Chinese President's Special Envoy X", "the UK
#: Prime Minister's Trade Envoy Y" (an adjective only before one of the nouns: not "the President's special attention").
_AIDE_NOUNS = frozenset({
    "envoy", "representative", "adviser", "advisor", "assistant", "aide", "spokesman", "spokesperson", "emissary",
    "secretary",
})
_AIDE_ADJECTIVES = frozenset({"special", "trade", "personal", "senior", "chief", "deputy", "press", "foreign", "national"})
#: Numbers in words that count the states of a list ("the ambassadors of four countries: ...").
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})
#: The words a host state's agency names its own state with: "the Ambassador of Uzbekistan to the Kingdom".
_HOST_STATE_NOUNS = frozenset({"kingdom", "sultanate", "emirates", "state"})
#: Courtesy words the tokenizer splits from their full stop ("Smt.", "Hon."; it keeps "Mr.", "Dr.", "Prof." whole).
_COURTESY_BEFORE_DOT = frozenset({"Smt", "Shri", "Hon"})
#: Numbers of member states written out ("the six member countries").
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})
#: Nouns of a place named after a person ("the city of Arkadag").
_PLACE_NOUNS = frozenset({"city", "town", "village", "district", "region", "province", "settlement", "street", "avenue"})
#: Words before a plural title that make its holders others than the states' leaders ("the parliamentary leaders
#: of ...", "religious leaders", "business leaders from X and Y").
_NOT_STATES_LEADERS = frozenset({
    "parliamentary", "parliament", "religious", "spiritual", "business", "party", "opposition", "youth", "military",
    "community", "civic", "tribal", "student", "students", "women", "industry", "faith", "local", "municipal",
    "city", "university", "corporate", "civil", "society",
})
#: Words of rank before a title that the title's pattern may not hold: "Deputy National Security Adviser".
_RANK_WORDS = {"Deputy", "First", "Assistant", "Acting", "Senior", "Principal", "Presidential", "Under"}
#: Words after "(Title) of State's" that begin an institution: "Chairman of Tajikistan's lower chamber".
_INSTITUTION_AFTER_POSSESSIVE = frozenset({
    "lower", "upper", "parliament", "senate", "house", "chamber", "government", "cabinet", "ministry", "supreme",
    "state", "national", "security", "foreign", "central", "federal", "legislative", "constitutional", "committee",
})
#: Of those, the words that begin an institution only with a capital ("Uzbekistan's State Committee", not "the
#: President of Uzbekistan's state visit").
_INSTITUTION_IF_CAPITAL = frozenset({"state", "national", "security", "foreign", "central", "federal"})
#: A ministry named between a state's word and a title: "US State Department Special Envoy X", "Chinese Foreign
#: Ministry Special Envoy Y" (the title is that state's; the State Department alone names the United States').
_MINISTRIES_BEFORE_TITLE = (
    ("State", "Department"), ("Foreign", "Ministry"), ("Foreign", "Office"), ("MFA",), ("Defence", "Ministry"),
    ("Defense", "Ministry"), ("Defense", "Department"), ("Foreign", "Affairs", "Ministry"), ("Department", "of", "State"),
)
_MINISTRY_LAST_WORDS = frozenset(words[-1] for words in _MINISTRIES_BEFORE_TITLE)
#: Verbs that may follow "Name, Title of State" directly: the apposition ends there.
_VERBS_AFTER_APPOSITION = frozenset({"has", "have", "had", "was", "were", "is", "said", "noted", "stressed", "told", "held", "met",
                                     "received", "visited", "discussed", "signed", "paid"})


@functools.lru_cache(maxsize=4096)
def _close_spelling(name, state):
    """The one person of ``state`` in the knowledge base whose given name is the first word of ``name`` (or
    begins it, or is begun by it) and whose surname is spelt nearly as its last ("Maulen Ashimnayev" for Maulen
    Ashimbayev, "Dastanbek Djumabekov" for Dastan Jumabekov), or None: a misspelt name in a text, resolved as
    its readers would."""
    words = normalize(name).replace("-", " ").split()
    if len(words) < 2 or len(words[-1]) < 5:
        return None
    kb = load_kb()
    found = set()
    for person in kb.persons.values():
        if state is not None and not any(t.state == state for t in person.tenures):
            continue  # (any state's people for ``state`` None)
        for spelling in [person.name, *person.aliases]:
            parts = normalize(spelling).replace("-", " ").split()
            # an initial for the given name: "I. Rarimov" for Islam Karimov
            initial = words[0].rstrip(".") if words[0].endswith(".") and len(words[0].rstrip(".")) <= 2 else None
            given = parts[0] == words[0] or (initial is not None and parts[0].startswith(initial)) or (
                min(len(parts[0]), len(words[0])) >= 5 and (
                    parts[0].startswith(words[0]) or words[0].startswith(parts[0])  # "Dastanbek" for "Dastan"
                    or difflib.SequenceMatcher(None, parts[0], words[0]).ratio() >= 0.85  # "Gurbankuly" for "Gurbanguly"
                )
            )
            if len(parts) >= 2 and given and (
                (parts[-1] != words[-1] and difflib.SequenceMatcher(None, parts[-1], words[-1]).ratio() >= 0.85)
                or (parts[-1] == words[-1] and parts[0] != words[0])  # "Adbullah Abdullah": the given name misspelt
            ):
                found.add(person.name)
    return found.pop() if len(found) == 1 else None


#: Turkish letters as windows-1254 text shows them when read as windows-1252 (see ``canlp.kb.normalize``).
_TURKISH_LETTERS = str.maketrans({"ğ": "ð", "Ğ": "Ð", "ş": "þ", "Ş": "Þ", "ı": "ý", "İ": "Ý"})


def _one_word_name_at(doc, i):
    """True when token ``i`` is one capitalised word of a name closed by a comma, a full stop, "and" or the
    line's end ("Foreign Minister Mohridin, ..."): a title's own name, spelt in no way the knowledge base knows."""
    tx = token_text(doc)
    return (
        i + 1 < len(doc) and doc[i].is_title and NAME_WORD.fullmatch(tx[i]) is not None
        and tx[i] not in NAME_STOP and tx[i] not in TITLE_WORDS and tx[i] not in ORG_WORDS
        and tx[i].lower() not in MONTHS and tx[i].lower() not in WEEKDAYS
        and tx[i + 1] in (",", ".", "and", ";", "\n")
    )


def _ends_line(doc, i):
    """True when token ``i`` is the end of the text or of its line (a line break or nothing but spaces there)."""
    return i >= len(doc) or "\n" in doc[i].text or (doc[i].is_space and (i + 1 >= len(doc) or "\n" in doc[i].text_with_ws))


def _said_outside_line(doc, start, end):
    """True when the last word of tokens ``start``-``end`` (a name's surname) is written, capitalised as there,
    somewhere in the text outside their line: a name in a Title Case headline is named again in the report."""
    text = doc_text(doc)
    word = doc[end - 1].text
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    line_end = text.find("\n", doc[end - 1].idx)
    line_end = len(text) if line_end < 0 else line_end
    for found in re.finditer(r"\b" + re.escape(word) + r"\b", text):
        if not line_start <= found.start() < line_end:
            return True
    return False


_SMALL_WORDS = {"of", "in", "on", "at", "the", "a", "an", "and", "to", "for", "with", "by", "from", "as", "vs", "or", "over", "via"}


#: The words of a state's ministry or government that sends an envoy: "Ministry of Foreign Affairs of", "Government of".
_SENDING_BODIES = (("ministry", "of", "foreign", "affairs", "of"), ("foreign", "ministry", "of"), ("government", "of"),
                   ("mfa", "of"))
#: The same after the state's adjective: "the Chinese Foreign Ministry", "the Russian MFA".
_SENDING_BODIES_AFTER = (("foreign", "ministry"), ("ministry", "of", "foreign", "affairs"), ("mfa",))


def _sending_body(lw, at, index):
    """``(end, state span)`` of a state's ministry or government that follows an envoy's title at ``at`` ("of the
    Ministry of Foreign Affairs of the People's Republic of China", "of the Chinese Foreign Ministry"), or None."""
    n = len(lw)
    if at >= n or lw[at] != "of":
        return None
    k = at + 1 + (at + 1 < n and lw[at + 1] == "the")
    for words in _SENDING_BODIES:
        if tuple(lw[k:k + len(words)]) == words:
            j = k + len(words)
            j += j < n and lw[j] == "the"
            sender = index.get(("start", j))
            if sender is not None and sender.label_ == "STATE":
                return sender.end, sender
            return None
    sender = index.get(("start", k))
    if sender is not None and sender.label_ == "STATE":
        for words in _SENDING_BODIES_AFTER:
            if tuple(lw[sender.end:sender.end + len(words)]) == words:
                return sender.end + len(words), sender
    return None


#: Nouns of people after a state's adjective: "the Iranian minister", "the Chinese side" (no state of a list).
_PERSON_NOUNS = frozenset({
    "minister", "president", "leader", "delegation", "side", "counterpart", "ambassador", "envoy", "guest", "colleague",
    "premier", "diplomat", "official", "officials", "prime", "foreign", "deputy", "head", "chairman", "government",
    "people", "delegations", "ministers", "leaders", "guests",
})
#: Words of a ministry's units, no person's name ("Head of the Consular Department X", "Director-General of the
#: European Affairs Bureau X").
_MINISTRY_UNITS = frozenset({"Department", "Affairs", "Bureau", "Division", "Directorate", "Consular"})
#: The last nouns of an envoy's remit ("for Afghan Affairs", "for Syrian Settlement"): a name may follow.
_REMIT_NOUNS = frozenset({"affairs", "issues", "settlement", "questions", "matters", "cooperation", "relations"})


def _after_envoy_remit(doc, tx, lw, remit_at, index, name_at):
    """Where the name starts (or the comma before it) after an envoy's remit that "for" or "on" opens at ``remit_at``, or
    None when none is found: "for Human Rights, Eamon Gilmore" (the comma), "for Afghanistan and Pakistan Richard
    Holbrooke", "for Central Asia X" (states and regions, then the name), "for Climate John Kerry" (a known name
    ends the remit's words); a wrapped line may fall inside the remit."""
    n = len(doc)
    # states and regions first, then the name ("for Afghanistan Ismatilla Irgashev, who is in Kabul": not the comma
    # after the name)
    k = remit_at + 1
    while k < n and k - remit_at <= 8:
        place = index.get(("start", k))
        if place is not None and place.label_ in ("STATE", "ORG"):
            k = place.end
        elif tx[k] in REGION_WORDS or lw[k] in ("and", "the", "&") or doc[k].is_space:
            k += 1
        else:
            break
    if k > remit_at + 1 and k < n and doc[k].is_title and lw[k - 1] not in ("and", "the", "&"):
        return k
    for k in range(remit_at + 2, min(n - 1, remit_at + 8)):
        # "for Eurasian Affairs Li Hui", "for Afghan Affairs Yue Xiaoyong": the remit's last noun, then the name
        if lw[k] in _REMIT_NOUNS and (doc[k + 1].is_title or k + 1 in name_at):
            return k + 1
        if not (tx[k][:1].isupper() or lw[k] in ("and", "the", "of", "&")):
            break
    k = remit_at + 1
    while k < n and k - remit_at <= 8 and (
        tx[k][:1].isupper() or lw[k] in ("and", "the", "of", "&") or doc[k].is_space
    ):
        k += 1
    if k > remit_at + 1 and k < n and tx[k] == ",":
        return k
    k = remit_at + 1
    while k < n and k - remit_at <= 6 and doc[k].is_title and k not in name_at:
        k += 1
    return k if k > remit_at + 1 and k in name_at else None


#: Verbs whose object a list after a colon may be: "the ministers welcomed the guests: X and Y".
_RECEIVING = frozenset({"welcomed", "received", "greeted", "met", "hosted", "thanked", "congratulated", "invited"})


def _listed_under_group(doc, names, groups, index, reach=12):
    """Names listed right after a plural top title, start -> the title's role: "Presidents Shavkat Mirziyoyev and
    Kassym-Jomart Tokayev", "Five presidents took part in the virtual summit: X of Kazakhstan, Y of Uzbekistan, and
    Z of the Kyrgyz Republic" (the list may follow a colon in the title's sentence; each name may carry its state)."""
    lw = token_lower(doc)
    n = len(doc)
    starts = {span.start: span.end for span, _ in names}
    listed = {}
    for span, pattern in groups:
        role = pattern.get("role")
        if role not in ("president", "prime_minister", "foreign_minister"):
            continue
        k = span.end
        if k not in starts:
            colon = next((j for j in range(k, min(n, k + reach)) if lw[j] in (":", ".", ";", "\n")), None)
            if colon is None or lw[colon] != ":" or any(lw[j] in _RECEIVING for j in range(k, colon)):
                continue  # not "the foreign ministers welcomed the guests: X and Y" (the list is the object)
            k = colon + 1
        while k in starts:
            listed[k] = role
            k = starts[k]
            state = index.get(("start", k + 1)) if k < n and lw[k] == "of" else None
            if state is not None and state.label_ == "STATE":
                k = state.end
            if k < n and lw[k] == ",":
                k += 1
            if k < n and lw[k] == "and":
                k += 1
    return listed


@functools.lru_cache(maxsize=4096)
def _best_fitting_day(kb, people_roles):
    """See :meth:`OfficialMentions._fitting_date`; cached, as the same officials recur across texts."""
    events = []
    for person, person_roles in people_roles:
        for start, stop in _office_spans(kb, person, person_roles):
            events.append((start, 1))
            if stop is not None:
                events.append((stop, -1))
    if not events:
        return None
    events.sort()  # a tenure ending on a day is over before one starting that day begins
    segments, count, i = [], 0, 0
    while i < len(events):
        day = events[i][0]
        while i < len(events) and events[i][0] == day:
            count += events[i][1]
            i += 1
        segments.append((day, count))
    best = max(c for _, c in segments)
    last = max(j for j, (_, c) in enumerate(segments) if c == best)
    if best == 0:
        return None
    if last == len(segments) - 1:
        return kb.horizon  # the best fit lasts until today: the latest office holders
    return segments[last + 1][0] - dt.timedelta(days=1)



def _deputy_premier_and_foreign_minister(kb, name):
    """True when the knowledge base has ``name`` hold the foreign ministry together with a deputy premiership
    ("Deputy Prime Minister - Minister of Foreign Affairs"): a text titling them deputy premier means that post
    (not Ali Babacan, foreign minister first and deputy premier later)."""
    return any(
        t.role == "foreign_minister" and re.search(r"\b(?:deputy|vice)[- ](?:prime|premier|chairman)", t.office, re.I)
        for t in kb.person(name).tenures
    )


def _names_other_office(kb, name, form):
    """True when the title ``form`` ("crown prince") is in the name of an office of role ``other`` that the
    knowledge base has ``name`` hold ("Crown Prince of Abu Dhabi"): a text so titling them tells its time."""
    return any(t.role == "other" and form in t.office.lower() for t in kb.person(name).tenures)


def _holds_lower_post(kb, name, form, titles=LOWER_RANK_TITLES):
    """True when the title ``form`` (one of ``titles``) names a post below a top office for ``name``: not a
    deputy premiership the knowledge base has them hold together with the foreign ministry."""
    return form in titles and not (form in DEPUTY_PREMIER_TITLES and _deputy_premier_and_foreign_minister(kb, name))


#: The offices a counterpart of an unknown office may hold.
_TOP_ROLES = frozenset(ROLE_RANK_TITLED)


def _deputy_word_before(lowers, i, stops=(".", "\n"), reach=30):
    """The position of "deputy" or "vice" before token ``i`` in its sentence (back to one of ``stops``, at most
    ``reach`` tokens), or None: whose counterpart a title is."""
    k = i - 1
    while k >= max(0, i - reach) and lowers[k] not in stops:
        if lowers[k] in ("deputy", "vice", "vice-"):
            return k
        k -= 1
    return None


def _before_every_office(kb, names, date, years=5):
    """True when ``date`` comes ``years`` or more before the first day in office of every person the name
    matches may be (and the knowledge base knows when each of them took office): the knowledge base lists
    top offices, so a text may well date an official's earlier, lower post a little before them."""
    people = {name for _, pattern in names for name in pattern["names"]}
    tenures = [t for name in people for t in kb.person(name).tenures]
    limit = date.replace(year=date.year + years) if not (date.month == 2 and date.day == 29) else date.replace(
        year=date.year + years, day=28)
    return bool(tenures) and all(t.start is not None and t.start > limit for t in tenures)


#: States whose independence an anniversary counts from 1991 (others: Azerbaijan and Georgia from 1918,
#: India from 1947 ...): the Central Asian five, Armenia, Moldova and Ukraine, with their independence days
#: (month, day): the day an anniversary of one of them falls on.
_INDEPENDENCE_DAYS = {
    "KAZ": (12, 16), "KGZ": (8, 31), "TJK": (9, 9), "TKM": (10, 27), "UZB": (9, 1), "ARM": (9, 21), "MDA": (8, 27),
    "UKR": (8, 24),
}
_INDEPENDENT_IN_1991 = frozenset(_INDEPENDENCE_DAYS)


def _anniversary_day(doc, index, fitted):
    """The day an undated text is written on, from "the Nth anniversary of independence" (of a state that
    became independent in 1991) or "of diplomatic relations": the day and month the text gives without a year
    ("on January 27") in that year, else the day the named officials fit if it falls in that year, else the
    state's independence day for an anniversary of its independence, else the year's middle. None without such
    an anniversary, or when two of them disagree."""
    text = doc_text(doc)
    years, days = set(), set()
    for start, end, year in anniversaries(text[:HEAD_CHARS * 3]):
        # the state whose independence it is: named after it ("of India"), in it ("Kyrgyzstan's independence") or
        # last before it in the sentence ("congratulated the President of Slovakia on the 25th anniversary")
        if text[end - 12:end].lower() == "independence":
            span = doc.char_span(sentence_start(text, start), min(len(text), end + 25), alignment_mode="expand")
            states = [] if span is None else [
                (doc[i].idx >= end, index[("start", i)].kb_id_) for i in range(span.start, span.end)
                if index.get(("start", i)) is not None and index[("start", i)].label_ == "STATE"
            ]
            named_after = [code for later, code in states if later] if text[end:end + 4] == " of " else []
            whose = named_after[:1] or [code for later, code in states if not later][-1:]
            if whose and whose[0] not in _INDEPENDENT_IN_1991:
                continue  # "the 76th anniversary of the independence of India"
            days.add(_INDEPENDENCE_DAYS[whose[0]] if whose else None)
        years.add(year)
    if len(years) != 1:
        return None
    (year,) = years
    if not 1992 <= year <= dt.date.today().year + 1:
        return None
    found = day_and_month(text[:HEAD_CHARS])
    if found is not None:
        try:
            return dt.date(year, *found)
        except ValueError:
            pass
    if fitted is not None and fitted.year == year:
        return fitted
    if len(days) == 1 and None not in days:
        return dt.date(year, *days.pop())  # "the 25th anniversary of Kazakhstan's Independence": 16 December 2016
    return dt.date(year, 7, 1)


def _name_size_fits(name):
    """True for a name of two or three words besides particles, four beside a particle ("Suhail Mohamed Faraj Al
    Mazrouei"): the size of an official's name read without a knowledge-base entry."""
    words = name.replace("-", " ").split()
    core = sum(1 for word in words if word.lower() not in NAME_PARTICLES)
    return 2 <= core <= (4 if core < len(words) else 3)

def _clause_end(lowers, start, reach=15):
    """The index of the first comma, full stop or line break from ``start`` (at most ``reach`` tokens on)."""
    end = start
    while end < len(lowers) and end - start < reach and lowers[end] not in (",", ".", ";") and "\n" not in lowers[end]:
        end += 1
    return end

def _unmarked_states(mentions, index, lowers):
    """The states of the placed officials named with a title but without their state in that clause ("Sheikh X,
    Minister of Foreign Affairs," beside "Y, Minister of Foreign Affairs of Uzbekistan"): the reporting side's."""
    return {
        m["state"] for m in mentions if m["state"] and not m.get("unplaced") and m["kind"] == "title+name"
        and not any(index.get(("start", t)) is not None and index[("start", t)].kb_id_ == m["state"]
                    for t in range(max(0, m["start"] - 3), _clause_end(lowers, m["end"])))  # "X, Minister of ... of Uzbekistan"
    }

def _states_after_title(doc, end, index, reach=14):
    """``(states, k)`` for a plural title followed by "of STATE and STATE", a remit of lower-case and capitalised
    words maybe, and a comma at which a list of names begins at ``k`` ("of Kyrgyzstan and Tajikistan on delimitation
    of the state border, X and Y"); None for any other shape."""
    lw, n = token_lower(doc), len(doc)
    if end >= n or lw[end] not in ("of", "from"):
        return None
    states, i = [], end + 1
    while i < n:
        if lw[i] in ("the", ",", "and"):
            i += 1
            continue
        span = index.get(("start", i))
        if span is None or span.label_ != "STATE":
            break
        states.append(span.kb_id_)
        i = span.end
    while i > end + 1 and lw[i - 1] in (",", "and", "the"):
        i -= 1
    if len(states) < 2:
        return None
    for j in range(i, min(n, i + reach)):
        if lw[j] == ",":
            return states, j + 1
        if lw[j] in (".", ";", "\n", "\n\n") or doc[j].is_space or lw[j] in ("held", "met", "signed", "discussed"):
            return None
    return None


def _dateline_place(doc, index, idx):
    """The state of the place that opens a line of the text's first 200 characters as a dateline ("DUSHANBE,
    September 18", "Tashkent, 12.05.2021", "ASTANA.") and the offset of the place, or None."""
    text = doc_text(doc)
    for key, span in index.items():
        if not isinstance(key, tuple) or span.label_ not in ("STATE", "VENUE") or not span.kb_id_:
            continue
        begins = idx[span.start]
        if begins < 200 and (begins == 0 or text[begins - 1] == "\n") and span.end < len(doc) and (
            doc[span.end].text in (",", ".", "(")
        ):
            return span.kb_id_, begins
    return None


def _listed_name_end(doc, j, index, reach, hyphens):
    """Where the name of a list's item that begins at token ``j`` ends ("Jiang Xiao of China", "Kyrgyzstan -
    Daniyar Sydykov"): at most ``reach`` Title Case words that are no title, stop word or state, particles
    inside, and with ``hyphens`` the parts a hyphen joins ("Al-Sabah" written "Al - Sabah")."""
    tx, n = token_text(doc), len(doc)
    k = j
    while k < n and k - j < reach and ("start", k) not in index and (
        (doc[k].is_title and tx[k].isalpha() and tx[k] not in TITLE_WORDS and tx[k] not in NAME_STOP)
        or (k > j and tx[k] in NAME_PARTICLES)
        or (hyphens and k > j and tx[k] == "-" and k + 1 < n and tx[k + 1][:1].isupper())
        or (hyphens and k > j and tx[k - 1] == "-")
    ):
        k += 1
    return k


def _followed_by_a_name(doc, end, mentions):
    """True when two capitalised name words no mention covers follow token ``end``: the title before them is
    the title of a person the knowledge base lacks ("President Ellen Johnson Sirleaf")."""
    tx = token_text(doc)
    if end + 1 >= len(doc) or any(m["start"] <= end < m["end"] for m in mentions if m["name"] is not None):
        return False
    return all(
        doc[k].is_title and NAME_WORD.fullmatch(tx[k]) and tx[k] not in NAME_STOP and tx[k] not in TITLE_WORDS
        for k in (end, end + 1)
    )


def _organisation_post_after(lowers, index, end):
    """True when ", [the] ORGANISATION" follows token ``end``: "Ambassador Gyan Chandra Acharya, United Nations
    Under-Secretary-General" holds a post of an international organisation, and no state's."""
    if end >= len(lowers) or lowers[end] != ",":
        return False
    k = end + 1 + (end + 1 < len(lowers) and lowers[end + 1] == "the")
    org = index.get(("start", k))
    if org is None or org.label_ != "ORG":
        return False
    # not "Ambassador X, UN Permanent Representative of Mongolia": a state's post at the organisation (but "UNICEF
    # Representative of Kazakhstan" heads its office there)
    return not any(
        lowers[j - 1] == "of" and "permanent" in lowers[org.end:j] and index.get(("start", j)) is not None
        and index[("start", j)].label_ == "STATE"
        for j in range(org.end + 1, min(len(lowers), org.end + 7))
    )


def _in_attendance(lowers, start, reach=60):
    """True for a mention in a list of those who attended ("The meeting was attended by ..."), the officials
    of the side that reports it."""
    window = lowers[max(0, start - reach):start]
    if "attended" not in window:
        return False
    after = window[window.index("attended"):]
    return "by" in after and not any(w in (".", "\n", "\n\n") for w in after)

def _others_in(kb, tenure, date):
    """The tenures of others holding ``tenure``'s office on ``date``. For role ``other`` the office itself
    counts, not the role: many people of a state (or of no state: every organisation's officials) hold
    some office of role ``other`` at once; an organisation's office is matched by the organisation
    (``note``), whose name may have changed ("Turkic Council", "Organization of Turkic States")."""
    holders = kb.holders(tenure.state, tenure.role, date)
    if tenure.role != "other":
        return holders
    if tenure.state is None:
        return [t for t in holders if t.note == tenure.note and _office_head(t.office) == _office_head(tenure.office)]
    return [t for t in holders if t.office == tenure.office]


def _office_head(office):
    """The words of an office before "of" ("Secretary-General" of "Secretary-General of the Turkic Council")."""
    return office.lower().replace("-", " ").split(" of ")[0].strip()


def _organisation_of_title(doc, title, state_span, index, bracketed=True):
    """The organisation right before a title or in it ("SCO Secretary-General", "the EU's High Representative",
    "Secretary-General of the SCO", and with ``bracketed`` "the Shanghai Cooperation Organization (SCO)
    Secretary-General"), or None."""
    if state_span is not None and state_span.label_ == "ORG":
        return state_span
    tx = token_text(doc)
    at = title.start
    if bracketed and at >= 3 and tx[at - 1] == ")" and tx[at - 3] == "(":
        at -= 3  # "the Shanghai Cooperation Organization (SCO) Secretary-General": the acronym in brackets
    if at > 0 and tx[at - 1] in ("'s", "’s"):
        at -= 1
    before = index.get(at)
    if before is not None and before.label_ == "ORG":
        return before
    inside = (index.get(("start", i)) for i in range(title.start, title.end))
    return next((span for span in inside if span is not None and span.label_ == "ORG"), None)


@functools.lru_cache(maxsize=16384)
def _person_on(kb, name, date, role_hint, state_hint):
    """See :meth:`OfficialMentions._person`; cached, as the same officials recur across texts."""
    person = kb.person(name)
    tenure = person.tenure_on(date) if date is not None else None
    in_office = tenure is not None if date is not None else None
    former = bool(
        date is not None and tenure is None and person.tenures
        and all(t.end is not None and t.end <= date for t in person.tenures)
    )
    if tenure is None:
        candidates = person.tenures
        if role_hint:
            candidates = [t for t in candidates if t.role == role_hint] or candidates
        tenure = max(candidates, key=lambda t: t.start) if candidates else None
    role = tenure.role if tenure is not None else (role_hint or "other")
    state = tenure.state if tenure is not None else state_hint
    if in_office is False and not former:
        role = "other"
        if state_hint is not None:
            state = state_hint  # "Minister of Defence of Kazakhstan X" in 2019, the SCO's Secretary-General from 2025
    return {"name": name, "role": role, "state": state, "in_kb": True, "in_office": in_office, "former": former}


class _Match:
    """A matched phrase: its token offsets and its text, without building a spaCy Span."""

    __slots__ = ("doc", "start", "end")

    def __init__(self, doc, start, end):
        self.doc, self.start, self.end = doc, start, end

    @property
    def text(self):
        idx = token_offsets(self.doc)
        last = self.end - 1
        return doc_text(self.doc)[idx[self.start]:idx[last] + len(token_text(self.doc)[last])]


def _reigning(kb, state, date, spelling):
    """The monarch of ``state`` on ``date`` when ``spelling`` is a variant of their name ("King of Belgium
    Filipe" is Philippe, "King Carl XVI" is Carl XVI Gustaf): one reigns at a time, so a close first name
    is enough. None when no monarch is known or the names differ ("the King of Spain Juan Carlos" in 2020)."""
    holder = kb.holder(state, "president", date)
    if holder is None or "monarch" not in {t.note for t in kb.person(holder).tenures}:
        return None
    first = normalize(spelling).split()[0]
    # any word of the holder's name: "Francis" is "Pope Francis"
    if any(difflib.SequenceMatcher(None, first, word).ratio() >= 0.7 for word in normalize(holder).split()):
        return holder
    return None


def _only_other_state(doc, mentions):
    """The one state a text names (a capital as a venue too) that no official named in it belongs to, or None."""
    named = {m["state"] for m in mentions if m["name"] is not None and m["state"]}
    if not named:
        return None
    others = {s.kb_id_ for s in state_mentions(doc) if s.label_ in ("STATE", "VENUE") and s.kb_id_ and s.kb_id_ not in named}
    return others.pop() if len(others) == 1 else None


def _host_capital_state(doc, mentions):
    """The state of the place a guest "arrived in" or "is in" ("who arrived in Dushanbe on an official visit", "who
    is in Bishkek") when no official named in the text belongs to it, or None."""
    lw = token_lower(doc)
    named = {m["state"] for m in mentions if m["name"] is not None and m["state"]}
    found = {
        s.kb_id_ for s in state_mentions(doc)
        if s.label_ == "VENUE" and s.kb_id_ and s.start >= 2 and lw[s.start - 1] in ("in", "to")
        and lw[s.start - 2] in ("arrived", "arrives", "is", "are", "was")
    }
    found -= named
    return found.pop() if len(found) == 1 else None


def _holder_misspelt(kb, state, role, date, spelling):
    """The holder of ``role`` in ``state`` on ``date`` when ``spelling`` has their given name and a surname
    spelt as a transliteration of theirs ("President of the Republic of Uzbekistan Shavkat Mirzayev": the same
    consonants; "President of Uzbekistan Islam Karim": without the Russian ending) or nearly so; not another
    person of the same given name ("Prime Minister of Kyrgyzstan Adylbek Kasymov", missing from the knowledge
    base). None without a date or a holder."""
    if date is None or role not in ROLE_RANK_TITLED:
        return None
    holder = kb.holder(state, role, date)
    if holder is None:
        return None
    words = normalize(spelling).replace("-", " ").split()
    if len(words) < 2 or len(words[-1]) < 4:
        return None
    for name in (holder, *kb.person(holder).aliases):
        parts = normalize(name).replace("-", " ").split()
        if len(parts) >= 2 and parts[0] == words[0] and (
            _consonants(parts[-1]) == _consonants(words[-1])
            or difflib.SequenceMatcher(None, parts[-1], words[-1]).ratio() >= 0.85
            # "Islam Karim" for Islam Karimov: the surname without its Russian ending
            or any(parts[-1] == words[-1] + ending for ending in ("ov", "ev", "ova", "eva"))
        ):
            return holder
    return None


def _consonants(word):
    """The consonants of ``word`` (y counted a vowel), a letter written twice once: what transliterations of one
    name share ("mirzayev" and "mirziyoyev": "mrzv", "karzay" and "karzai"; not "kasymov" and "kasymaliev")."""
    letters = [c for c in word if c not in "aeiouy"]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def _initials_before(text, start_char):
    """The match of initials written right before ``start_char`` ("K.K. ", "Sh. "), or None (the regex
    only where one of the last three characters is a ".", as in every match of INITIALS)."""
    if "." not in text[max(0, start_char - 3):start_char]:
        return None
    return INITIALS.search(text[max(0, start_char - 12):start_char])


#: Words between "the" and a title in an apposition that say how new the post is.
_NEWLY = frozenset({"new", "newly", "appointed", "accredited", "incoming", "outgoing"})

#: Words of a lower rank before a title ("Assistant Minister for Trade"), inside an apposition.
_RANK_BEFORE = {"assistant", "deputy", "vice", "first"}

def _comma_before_title(doc, title, state_span):
    """The index of the comma that opens an apposition before a title ("X, Russia's Foreign Minister",
    "X, the UAE Ambassador"), or None: the title starts with its state when that comes first, and may
    follow "the", "his" or "her", with words of :data:`_NEWLY` between ("the newly appointed"; up to three
    words before the title's first word, a state's adjective before the title among them)."""
    head = title.start
    if state_span is not None and state_span.end <= title.start:
        head = state_span.start
    lowers = token_lower(doc)
    while head >= 2 and (lowers[head - 1] in _NEWLY or lowers[head - 1] in _RANK_BEFORE) and head - title.start > -4:
        head -= 1  # "Kenji Hirata, the newly appointed Ambassador of Japan", "Saeed Al Hajri, Assistant Minister"
    if head >= 1 and lowers[head - 1] in ("the", "his", "her"):
        head -= 1
    if head >= 2 and token_text(doc)[head - 1] == ",":
        return head - 1
    return None


def _surname_in_capitals(doc, tx, j, index):
    """True when token ``j`` is a surname in capitals before a given name ("YAMADA Kenji", "ZHUMANGARIN Serik", "KIM
    Hong-kyun"), as Japanese and Korean ministries write names: letters only, two or more, not a state's or an
    organisation's name, and a capitalised word after it that is no title word."""
    return (
        j + 1 < len(doc) and len(tx[j]) >= 2 and tx[j].isalpha() and tx[j].isupper() and ("start", j) not in index
        and doc[j + 1].is_title and tx[j + 1] not in TITLE_WORDS and tx[j + 1] not in NAME_STOP
        and tx[j] not in ORG_WORDS and not INITIALS.fullmatch(tx[j])
    )


def natural_order(name):
    """A name written surname first in capitals, given name first: "YAMADA Kenji" -> "Kenji Yamada", "KIM Hong-kyun"
    -> "Hong-kyun Kim"; any other name as it is.

    Example:
        >>> natural_order("YAMADA Kenji"), natural_order("KIM Hong-kyun"), natural_order("Kenji Yamada")
        ('Kenji Yamada', 'Hong-kyun Kim', 'Kenji Yamada')
    """
    words = name.split()
    if len(words) >= 2 and len(words[0]) >= 2 and words[0].isalpha() and words[0].isupper() and not any(
        w.isupper() for w in words[1:]
    ):
        return " ".join(words[1:] + [words[0].capitalize()])
    return name


def _capitalised_body_end(doc, start, name_at, reach=4):
    """The end of a body's name of capitalised words starting at ``start`` and ending in a body's word ("Grand
    National Assembly", "Islamic Consultative Assembly", "Supreme People's Assembly"), or None. Stops at a name of
    the knowledge base."""
    tx = token_text(doc)
    end, k = None, start
    while k < len(doc) and k - start < reach and k not in name_at and (tx[k].istitle() or tx[k] in ("'s", "’s")):
        if tx[k] in INSTITUTION_WORDS or tx[k] in STATE_BODIES:
            end = k + 1
        k += 1
    return end


def _state_span(doc, start, end, state):
    """A STATE span for words that name a state without being its name ("Jogorku Kenesh")."""
    from spacy.tokens import Span

    return Span(doc, start, end, label="STATE", kb_id=state)


def _load_data(name):
    return data_json(name)


def build_patterns(kb):
    """Name and title patterns ``{"form", "type", ...}`` from the knowledge base and ``titles.json``."""
    patterns = []
    for alias, names in sorted(kb.aliases().items()):
        patterns.append({"form": alias, "type": "name", "names": names})
    for person in kb.persons.values():
        for form in [person.name, *person.aliases]:
            patterns.append({"form": form, "type": "name", "names": kb.candidates(form)})
            if form.translate(_TURKISH_LETTERS) != form:
                # the same name read in the wrong code page: "Erdoğan" shown as "Erdoðan"
                garbled = form.translate(_TURKISH_LETTERS)
                patterns.append({"form": garbled, "type": "name", "names": kb.candidates(garbled)})
    titles = _load_data("titles.json")
    for key in ("president", "president_needs_state", "prime_minister", "foreign_minister", "other", "counterpart"):
        role = {"president_needs_state": "president"}.get(key, key)
        for form in titles[key]:
            patterns.append(
                {"form": form, "type": "title", "role": role, "needs_state": key == "president_needs_state"}
            )
            if "chairman" in form.split():
                # "Chairwoman of the Uzbek Senate Tanzila Norbaeva": the same title, read as its "chairman" form
                for word in ("chairwoman", "chairperson"):
                    patterns.append(
                        {"form": form, "phrase": form.replace("chairman", word), "type": "title", "role": role,
                         "needs_state": key == "president_needs_state"}
                    )
    for role, forms in titles["group"].items():
        if role.startswith("_"):
            continue
        for form in forms:
            patterns.append({"form": form, "type": "group", "role": role})
    unique, seen = [], set()
    for p in patterns:
        key = (p.get("phrase", p["form"]).lower(), p["type"], p.get("role"))
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


#: The start of an author line up to the author's name: "By ", "Reporter: ", "Author - ".
_BYLINE = re.compile(
    r"[ \t]*(?:by|reporter|author|correspondent|text|written by|photo by)[ \t]*[:\-–]?[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,3}$",
    re.I,
)
#: The words one of which :data:`_BYLINE` puts before the name: most names have none of them just before.
_BYLINE_WORDS = frozenset({"by", "reporter", "author", "correspondent", "text"})


def _in_byline(doc, start):
    """True when the name at token ``start`` is an author's, in a short line that opens with "By", "Reporter:",
    "Author:" and the like ("By Farrukh Karimov, UzA")."""
    if _BYLINE_WORDS.isdisjoint(token_lower(doc)[max(0, start - 5):start]):
        return False  # (most names: no author's word right before them)
    text = doc_text(doc)
    at = doc[start].idx
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    if (line_end if line_end >= 0 else len(text)) - line_start > 80:
        return False
    return _BYLINE.fullmatch(text, line_start, at) is not None


class OfficialMentions(PatternComponent):
    """Find and resolve official mentions; see the module docstring."""

    build = staticmethod(build_patterns)

    def __init__(self, nlp, name="canlp_officials", patterns=None):
        titles = _load_data("titles.json")
        self.central_asia_group = [g.split() for g in titles["central_asia_group"]]
        #: titles of a leader's later status ("First President", "Arkadag"): they do not revive a past office
        self.honorific_titles = frozenset(titles["titles_of_state_president_for_other"])
        self._load_offices(nlp)
        super().__init__(nlp, name, patterns)

    def _load_offices(self, nlp):
        offices = _load_data("offices.json")
        self.portfolio_words = frozenset(offices["portfolio_words"])
        self.portfolio_connectors = frozenset(offices["connectors"])
        self.title_states = offices["title_states"]
        self.institutions = {}  # first word -> [(phrase words, state)], longest first
        for phrase, state in sorted(offices["institution_states"].items(), key=lambda kv: -len(kv[0].split())):
            words = tuple(word.lower() for word in phrase_tokens(nlp, phrase))
            self.institutions.setdefault(words[0], []).append((words, state))

    def set_patterns(self, patterns):
        self.patterns = list(patterns)
        self.matcher = PhraseTable(self.nlp, "LOWER")
        for i, pattern in enumerate(self.patterns):
            self.matcher.add(f"o{i}", phrase_tokens(self.nlp, pattern.get("phrase", pattern["form"])), pattern)
        self.matcher.finish()

    # ------------------------------------------------------------------ match
    @staticmethod
    def _president_of_a_body(doc, end, mention_at):
        """True when "President" (ending at token ``end``) is followed by "of (the)" and the capitalised name of
        something that is no state nor organisation canlp knows ("of JGC Corporation", "of Hyundai Engineering"),
        or a state's adjective and a company's or body's name ("of the Japanese JGC Corporation")."""
        tx = token_text(doc)
        if end + 1 >= len(doc) or tx[end] != "of":
            return False
        k = end + 2 if tx[end + 1] == "the" else end + 1
        if k >= len(doc) or not tx[k][:1].isupper() or tx[k] in _STATE_NAME_WORDS:
            return False
        mention = mention_at.get(k)
        if mention is None:
            return NAME_WORD.fullmatch(tx[k]) is not None and tx[k] not in TITLE_WORDS
        after = tx[mention.end:mention.end + 4]
        return mention.label_ == "STATE" and after[:1] != [] and after[0][:1].isupper() and any(
            w in _BODY_AFTER_ADJECTIVE for w in after
        )

    def _matches(self, doc):
        tx = token_text(doc)
        lw = token_lower(doc)
        names, titles, groups = [], [], []
        state_starts = {s.end: s.start for s in state_mentions(doc) if s.label_ == "STATE"}
        state_ends = set(state_starts)
        org_starts = {s.end: s.start for s in state_mentions(doc) if s.label_ == "ORG"}
        mention_at = {s.start: s for s in state_mentions(doc)}
        for span in self.matcher(doc):
            start, end, pattern = span
            first = tx[start]
            if pattern["type"] == "group":
                groups.append(span)
            elif pattern["type"] == "name":
                if not first[:1].isupper():
                    continue
                if end < len(doc) and tx[end] in FACILITY:
                    continue  # "Heydar Aliyev International Airport", "Nazarbayev University"
                if start > 1 and lw[start - 1] == "of" and lw[start - 2] in _PLACE_NOUNS:
                    continue  # "the new city of Arkadag", "the district of Turkmenbashi": a place named after a person
                if start > 0 and tx[start - 1] in ("-", "–") and not doc[start - 1].whitespace_:
                    continue  # "Mazar-i-Sharif" is a city
                if start > 0 and lw[start - 1] in ("bin", "bint", "ibn", "ben"):
                    continue  # "Hamdan bin Mohammed bin Rashid Al Maktoum" is the son, not Mohammed bin Rashid
                if _in_byline(doc, start):
                    continue  # "By Farrukh Karimov, UzA", "Reporter: Ulan Zhaparov": the article's author
                names.append(span)
            else:
                form = pattern["form"]
                if form in ("pm", "fm") and first not in ("PM", "FM"):
                    continue
                if form == "pm" and start > 0 and tx[start - 1][-1:].isdigit():
                    continue  # "Dec 17, 2017, 4:14 PM": a time of day
                if pattern["role"] == "other" and form in ("minister", "envoy", "ambassador") and not first[:1].isupper():
                    if not (start in state_ends if form != "minister" else self._after_state(lw, start, state_ends, tx)):
                        # "the minister" alone is no one; "Russian ambassador Alexey Borodavkin", "Azerbaijani
                        # interior minister X" are
                        continue
                if end < len(doc) and lw[end] in ("s",):
                    continue
                if form in ("sultan", "queen") and not (end < len(doc) and lw[end] == "of"):
                    continue  # "Sultan Raev" and Nur-Sultan are names; "the Sultan of Oman" a title
                if form in ("amir", "emir", "king") and not (
                    (end < len(doc) and lw[end] == "of") or (start > 0 and not tx[start - 1][:1].isupper())
                    or start in state_ends
                ):
                    continue  # "Amir Khan Muttaqi" is a name, "the Emir of Qatar", "Qatari Emir" a title
                if start > 0 and pattern["role"] != "other" and (
                    lw[start - 1] in SUBORDINATE or (start > 1 and lw[start - 1] in ("-", "–") and lw[start - 2] in SUBORDINATE)
                ):
                    continue  # "Deputy Secretary of State", "Vice President", "Assistant to the President", "Vice-prime minister"
                if form == "president" and start > 0 and "First" in (
                    tx[start - 1], tx[state_starts[start] - 1] if state_starts.get(start, 0) > 0 else None
                ):
                    continue  # "the press service of the First President", "the First Kazakh President-Elbasy": an honorific
                if start > 1 and tx[start - 1] in ("-", "–") and lw[start - 2] == "co":
                    continue  # "co-chairman of the intergovernmental commission" is not a head of state
                owner = start - 1 if start > 0 and tx[start - 1] in ("'s", "’s") and start - 1 in state_starts else start
                if self._title_modifies_another(doc, state_starts.get(owner, org_starts.get(start, start))):
                    # "Special Representative of the President of Uzbekistan", "Special Representative of the UN
                    # Secretary-General": not the President, nor the Secretary-General
                    continue
                if end + 1 < len(doc) and tx[end] in ("'s", "’s") and pattern["role"] != "other" and (
                    lw[end + 1] in _AIDE_NOUNS
                    or (lw[end + 1] in _AIDE_ADJECTIVES and end + 2 < len(doc) and lw[end + 2] in _AIDE_NOUNS)
                ):
                    continue  # "the UK Prime Minister's Trade Envoy X", "the Chinese President's Special Envoy Y": the aide
                if form == "president" and self._president_of_a_body(doc, end, mention_at):
                    continue  # "the President of the Japanese JGC Corporation", "President of Hyundai Engineering"
                titles.append(span)
        text = doc_text(doc)
        # "Minister of Health Anvar Karimov" is not Islam Karimov: a one-word surname after another given name
        singles = [span for span in names if span[1] - span[0] == 1 and span[0] > 0 and tx[span[0] - 1][:1].isupper()]
        if singles:
            others = [span for span in singles if _another_given_name(doc, span[0] - 1, tuple(span[2].get("names", ())))]
            if others:
                # not a title's word, a state's or an organisation's ("the World Health Organization Tedros")
                not_names = {i for span in titles for i in range(span[0], span[1])}
                not_names.update(i for span in state_mentions(doc) for i in range(span.start, span.end))
                others = {id(span) for span in others if span[0] - 1 not in not_names}
                if others:
                    # "his press secretary, Sherzod Asadov ... Asadov stated": the surname alone later is that
                    # same other person (not Ali Asadov), unless a title or the known person's full name names them
                    # ("First Lady Michelle Obama" beside "President Barak Obama": his given name misspelt, not another)
                    gone = {tx[span[0]] for span in names if id(span) in others}
                    full = {p for span in names if span[1] - span[0] > 1 for p in span[2].get("names", ())}
                    full.update(p for span in singles if id(span) not in others for p in span[2].get("names", ()))
                    titled = {span[1] for span in titles}
                    others.update(id(span) for span in names if span[1] - span[0] == 1 and tx[span[0]] in gone
                                  and span[0] not in titled and not full.intersection(span[2].get("names", ())))
                names = [span for span in names if id(span) not in others]
        # "Ambassador of Turkmenistan Meredov Shadurdy": a known one-word surname written before another given name
        # that closes the name (surname first, as Central Asian ministries write names) is someone else's
        firsts = [span for span in names if span[1] - span[0] == 1 and span[1] < len(doc) and tx[span[1]][:1].isupper()
                  and (_surname_first_of_another(doc, span[1], tuple(span[2].get("names", ())))
                       or _surname_after(doc, span[1], tuple(span[2].get("names", ()))))]
        if firsts:
            dropped = {id(span) for span in firsts}
            names = [span for span in names if id(span) not in dropped]
        if GLUED_HINT.search(text) and GLUED_IN_TEXT.search(text):
            names.extend(self._glued_initials(tx))
        if "@" in text:
            names.extend(_handle_names(tx))
        # longest wins within each kind; a name inside a title phrase is dropped
        titles = self._longest(doc, titles)
        title_tokens = {i for span, _ in titles for i in range(span.start, span.end)}
        names = [m for m in longest_matches(names) if not all(i in title_tokens for i in range(m[0], m[1]))]
        names = [(_Match(doc, start, end), pattern) for start, end, pattern in names]
        inside = {(span.start, span.end) for span, _ in titles for name, _ in names
                  if name.start <= span.start and span.end <= name.end and span.end - span.start < name.end - name.start}
        if inside:
            # "Amir Khan Muttaqi, the Taliban's acting Foreign Minister": a title's word that opens a known name
            titles = [(span, pattern) for span, pattern in titles if (span.start, span.end) not in inside]
        if "heads" in lw:
            groups.extend(_heads_of_members(lw, mention_at))
        return names, titles, self._longest(doc, groups)

    def _fitting_date(self, doc, names, titles, kb, index=None, groups=()):
        """The latest day on which most of the officials named in the text held the office they are
        named with ("President Almazbek Atambayev": 2011-2017), the knowledge base's latest date when
        that lasts until today, or None when no name is unambiguous. A name right after a title counts
        with that title's role; a bare name with any office held; each person once.""" 
        lw = token_lower(doc)
        vocabulary = set(lw)
        title_end = {span.end: (span, pattern) for span, pattern in titles}
        if index is not None:
            for span, pattern in titles:  # "President of Turkmenistan Gurbanguly Berdimuhamedov"
                after = self._state_after(doc, span, index)
                if after is not None and after.label_ == "STATE":
                    title_end.setdefault(after.end, (span, pattern))
        roles = {}  # person -> the roles they are titled with (None: named bare)
        lower = set()  # people titled with a post below a top office: no vote for the time of a top office
        titled_people = set()  # people named with a title at least once
        title_ends = {span.end for span, _ in titles}
        title_start = {span.start: (span, pattern) for span, pattern in titles}
        name_starts = {span.start for span, _ in names}
        listed = _listed_under_group(doc, names, groups, index) if groups and index is not None else {}
        for span, pattern in names:
            people = pattern.get("names", ())
            given = False  # the name's given name is a word before its match
            if len(people) > 1:
                # "Kurbankulu Berdimuhammedov": a given name in another spelling tells father from son
                one = self._initialled(doc, span, people)
                people, given = ((one,), True) if one is not None else (people, False)
            if len(people) != 1:
                continue  # "Berdimuhamedov", "Japarov": father or son, president or premier
            title_span, title = title_end.get(span.start, (None, None))
            if title is None and given:
                title_span, title = title_end.get(span.start - 1, (None, None))
            if title is None and span.start >= 1 and lw[span.start - 1] == ",":
                # "The President of Kazakhstan, Nursultan Nazarbayev": the title in apposition
                title_span, title = title_end.get(span.start - 1, (None, None))
            post_held = False  # the title names a post of role other the knowledge base has them hold
            if title is None and span.end + 1 < len(doc) and lw[span.end] == ",":
                # "Sheikh Mohammad Bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, and ...": an office of theirs the
                # knowledge base holds below their top one, after the name
                after_span, after = title_start.get(span.end + 1, (None, None))
                if after is not None and after.get("role") == "other" and _names_other_office(kb, people[0], after["form"]):
                    title_span, title, post_held = after_span, after, True
            if title is None:
                # "Crown Prince Abu Dhabi, Deputy Commander-in-Chief of the Armed Forces of the UAE Sheikh X": a post of
                # his the knowledge base holds, a few words before the name in its phrase
                for before_span, before in titles:
                    if span.start - 24 <= before_span.end <= span.start and before.get("role") == "other" and (
                        "." not in lw[before_span.end:span.start] and not any(before_span.end <= s < span.start for s in name_starts)
                    ) and _names_other_office(kb, people[0], before["form"]):
                        title_span, title, post_held = before_span, before, True
            window = lw[max(0, span.start - 6):span.start]
            for stop in (".", ",", ";"):
                if stop in window:
                    window = window[len(window) - window[::-1].index(stop):]
            if any(w in RECALLED for w in window):
                continue  # "the late President X", "the memory of the first President of Y X": not of the time told
            if _looks_back(lw, span.start, vocabulary):
                continue  # "The sides recalled the visit of Condoleezza Rice in 2005", "since the time of Bush"
            if title_span is not None and _recalled_before(lw, title_span.start):
                continue  # "Kazakhstan's former president, Nursultan Nazarbayev"
            role = title.get("role") if title is not None else listed.get(span.start)
            if role is not None or _titled_before(doc, span.start, title_ends, name_starts):
                titled_people.add(people[0])
            if title is not None and _holds_lower_post(kb, people[0], title["form"], _LOWER_RANK_VOTES):
                lower.add(people[0])  # "Iranian Deputy Foreign Minister Abbas Araghchi": not in his later top office
            if role == "counterpart" and _deputy_word_before(lw, title_span.start) is not None:
                role = None  # "the Deputy Foreign Minister ... met his Iranian counterpart X": a deputy's counterpart
            if role == "other" and title is not None and (post_held or _names_other_office(kb, people[0], title["form"])):
                roles.setdefault(people[0], set()).add("other")  # "Crown Prince of Abu Dhabi": the years of that post
                continue
            roles.setdefault(people[0], set()).add(role if role in ("president", "prime_minister", "foreign_minister", "counterpart") else None)
        roles = {p: rs for p, rs in roles.items() if p not in lower or rs - {None, "counterpart"}}
        if index is not None and any(p not in titled_people for p in roles):
            # "Alexander Lukashenko informed Nursultan Nazarbayev ... The President of Kazakhstan thanked the President
            # of Belarus": a top office the text titles without a name is that of the one named bare who held it
            # (not "First President of Kazakhstan", nor an office someone is named with: "President of Turkmenistan
            # Gurbanguly Berdimuhamedov ... President-elect Serdar Berdimuhamedov")
            offices = set()
            for span, pattern in titles:
                if pattern.get("role") in ROLE_RANK_TITLED and not pattern.get("needs_state") and not _recalled_before(
                    lw, span.start
                ):  # not "Chairman of the Kazakhstani Senate"
                    state = self._state_after(doc, span, index) or self._state_before(doc, span, index)
                    if state is not None and state.label_ == "STATE":
                        offices.add((pattern["role"], state.kb_id_))
            offices = {(role, state) for role, state in offices if not any(
                role in rs and kb.ever_held(person, role, state) for person, rs in roles.items())}
            for person, rs in roles.items():
                held = {role for role, state in offices if person not in titled_people and kb.ever_held(person, role, state)}
                if held:
                    roles[person] = held
        titled = [r for rs in roles.values() for r in rs if r not in (None, "counterpart")]
        if titled:  # "his Turkmen counterpart X": the office of the one whose counterpart X is
            peer = max(dict.fromkeys(titled), key=titled.count)  # ties: the first named (not a set's hash order)
            roles = {p: {peer if r == "counterpart" else r for r in rs} for p, rs in roles.items()}
        else:  # "Aslov met his Uzbek counterpart X": a counterpart holds a top office, whichever
            roles = {p: (rs - {"counterpart"}) | (_TOP_ROLES if "counterpart" in rs else set()) for p, rs in roles.items()}
        if not roles:
            return None
        return _best_fitting_day(kb, frozenset((p, frozenset(r)) for p, r in roles.items()))

    @staticmethod
    def _organisation_head(doc, title, state_span, index, kb, date):
        """The head of an international organisation named by title only: an organisation before, in
        or right after the title ("UN Secretary-General", "Secretary General of the Turkic Council")."""
        org = _organisation_of_title(doc, title, state_span, index, bracketed=False)
        if org is None:
            return None
        lw = token_lower(doc)
        before = title.start - 1 if title.start > 0 and lw[title.start - 1] not in ("-", "–") else title.start - 2
        if before >= 0 and lw[before] in SUBORDINATE:
            return None  # "Deputy Secretary-General of the United Nations", "Under-Secretary-General": another office
        words = lw[title.start:title.end]
        office = " ".join(w for w in (words[:words.index("of")] if "of" in words else words) if w not in ("-", "–"))
        return kb.organisation_head(org.kb_id_, office, date)  # ("Secretary-General" is three tokens)

    def _glued_initials(self, tx):
        """Name matches for a surname glued to its initials in one token: "V.Putin", "Sh.Mirziyoyev"."""
        kb = load_kb()
        found = []
        for i, token in enumerate(tx):
            glued = GLUED_INITIALS.match(token)
            if glued is None:
                continue
            names = kb.candidates(glued.group(1))
            if names:
                found.append((i, i + 1, {"form": glued.group(1), "type": "name", "names": names}))
        return found

    @staticmethod
    def _names_a_post(doc, title, state_span):
        """True for a title that names an office: 'elected President of Turkey', 'on his election as
        Kyrgyz president', 'candidates for the post of head of state'."""
        lw = token_lower(doc)
        head = title.start
        if state_span is not None and state_span.end <= title.start:
            head = state_span.start
        i = head - 1
        if i < 0:
            return False
        if lw[i] in POST_NOT_PERSON:
            if lw[i] in ("appointed", "elected") and i >= 1 and lw[i - 1] in ("newly", "recently", "just", "new"):
                return False  # "with the newly appointed Prime Minister of Uzbekistan": the person in the post
            return not (lw[i] == "as" and i >= 1 and lw[i - 1] == "well")  # "as well as the President"
        if lw[i] == "the":
            i -= 1
            if i >= 0 and lw[i] in ("as", "elected", "become", "became", "becoming"):
                return not (lw[i] == "as" and i >= 1 and lw[i - 1] == "well")  # "his powers as the President"
        return i >= 1 and lw[i] == "of" and lw[i - 1] in POST_NOUNS

    @staticmethod
    def _title_modifies_another(doc, start):
        """True for a title that only qualifies another office: 'Adviser to the President', 'press
        secretary of the President', 'Special Representative of the President of X', 'Homeland Security
        Advisor for the U.S. President' (``start``: where the title starts, with its state before it)."""
        lw = token_lower(doc)
        i = start - 1
        if i >= 1 and lw[i] == "the" and lw[i - 1] == "under":
            return True  # "Secretary of the Security Council under the President of X", "the Agency ... under the President"
        if i >= 0 and lw[i] == "the":
            i -= 1
        if i < 1 or lw[i] not in ("of", "to", "for"):
            return False
        return lw[i - 1] in OFFICE_OF

    @staticmethod
    def _longest(doc, matches):
        """The longest of overlapping ``(start, end, pattern)`` matches, as ``(_Match, pattern)``."""
        return [(_Match(doc, start, end), pattern) for start, end, pattern in longest_matches(matches)]

    # ----------------------------------------------------------------- states
    @staticmethod
    def _state_index(doc):
        index = {}
        for span in state_mentions(doc):
            if span.label_ in ("STATE", "VENUE", "ORG"):
                index[span.end] = index.get(span.end) or span
                index[("start", span.start)] = span
        return index

    @staticmethod
    def _state_before(doc, title, index):
        """'Uzbek Foreign Minister', "Kazakhstan's President", 'the Kazakh side's leader'."""
        tx = token_text(doc)
        end = title.start
        while end > 1 and title.start - end < 2 and tx[end - 1] in _RANK_WORDS:
            end -= 1  # "Indian Deputy National Security Adviser X": a rank word between the state and the title
        institution = None
        possessive = end > 0 and tx[end - 1] in ("'s", "’s")  # "The State Department's Special Envoy X"
        if end - possessive > 0 and tx[end - possessive - 1] in _MINISTRY_LAST_WORDS:
            for words in _MINISTRIES_BEFORE_TITLE:
                if tuple(tx[max(0, end - possessive - len(words)):end - possessive]) == words:
                    institution, end = words, end - possessive - len(words)  # "US State Department Special Envoy X"
                    break
        if end > 0 and tx[end - 1] in ("'s", "’s", "'", "’"):
            end -= 1
        span = index.get(end)
        if span is not None and span.label_ in ("STATE", "VENUE"):
            return span
        if institution in (("State", "Department"), ("Department", "of", "State")):
            return _state_span(doc, end, end + len(institution), "USA")  # "State Department Special Envoy X": the US's
        if possessive and institution is None and title.start - end <= 1 and tx[title.start - 1] in ("'s", "’s"):
            # "Chinese President Hu Jintao's special envoy Chen Zhili": the envoy of the state of the one whose he is
            k = end - 1
            while k > 0 and end - k < 5 and tx[k][:1].isupper():
                span = index.get(k)
                if span is not None and span.label_ == "STATE" and tx[k] in TITLE_WORDS:
                    return span
                k -= 1
        return None

    @staticmethod
    def _state_after(doc, title, index):
        """'President of the Kyrgyz Republic', 'Minister of Foreign Affairs of Uzbekistan'."""
        lw = token_lower(doc)
        i = title.end
        if lw[i:i + 4] == ["under", "the", "president", "of"]:
            i += 3  # "Secretary of the Security Council under the President of the Republic of Uzbekistan"
        elif i < len(doc) and lw[i] in ("and", ","):
            # "Minister of Foreign Affairs and Expatriates of Jordan", "Minister of Foreign Affairs, International Trade
            # and Worship of Argentina": more of the remit, then the state
            tx = token_text(doc)
            k = i + 1
            while k < len(doc) and k - i <= 6 and (
                (tx[k].istitle() and tx[k].isalpha() and tx[k] not in TITLE_WORDS) or lw[k] in ("and", ",")
            ):
                k += 1
            if k > i + 1 and k + 1 < len(doc) and lw[k] == "of" and tx[k - 1].isalpha() and (
                index.get(("start", k + 1)) or (lw[k + 1] == "the" and index.get(("start", k + 2)))
            ):
                i = k
        if i < len(doc) and lw[i] in ("of", "for"):
            i += 1
            if i < len(doc) and lw[i] == "the":
                span = index.get(("start", i)) or index.get(("start", i + 1))
            else:
                span = index.get(("start", i))
            if span is not None and span.label_ in ("STATE", "VENUE", "ORG"):
                tx = token_text(doc)
                k = span.end
                if span.label_ == "ORG" and k < len(doc) and tx[k] in _ORG_NAME_ENDS:
                    return span  # "President of the World Bank Group X": the organisation's full name, not a body's
                if k + 1 < len(doc) and tx[k] in ("'s", "’s") and lw[k + 1] in _INSTITUTION_AFTER_POSSESSIVE and (
                    lw[k + 1] not in _INSTITUTION_IF_CAPITAL or tx[k + 1][:1].isupper()
                ):
                    return None  # "Chairman of Tajikistan's lower chamber": the chamber's, not the state's head
                if k < len(doc) and (tx[k][:1].isupper() or tx[k] == "-") and not _in_title_case_line(doc, span.start):
                    while k < len(doc) and k - span.end < 5 and (tx[k][:1].isupper() or tx[k] == "-") and (
                        tx[k] not in TITLE_WORDS
                    ):
                        if tx[k] in _BODY_AFTER_ADJECTIVE or (k + 1 < len(doc) and tx[k + 1] in ("'s", "’s")):
                            # "Chairman of the Iranian-Tajikistan Parliamentary Friendship Group", "Chairwoman of the
                            # Uzbek Women's Committee": a body's
                            return None
                        k += 1
                # "Chairman of Kazakh-Kyrgyz parliamentary group on cooperation", "President of the Uzbek gymnastics
                # association": a body's, in lower case too (the words right after the state's, up to a verb or a
                # function word: not "President of Uzbekistan addressed the forum")
                lower_start = k
                while k < len(doc) and k - lower_start < 3 and tx[k].isalpha() and tx[k].islower() and not (
                    tx[k] in _NOT_BODY_WORDS or tx[k].endswith("ed")
                ):
                    if tx[k] in _LOWER_BODY_NOUNS:
                        return None
                    k += 1
                return span
        return None

    def _portfolio_after(self, doc, i, index):
        """A portfolio or institution after a title: "(Minister) of Energy of Kazakhstan", "(Chairman) of the
        Senate of the Oliy Majlis of Uzbekistan", "(Chairman) of the Jogorku Kenesh". Returns (end of the
        phrase, its state as a span or None) or None when no portfolio word follows."""
        lw = token_lower(doc)
        n = len(doc)
        if i < n and lw[i] == "at":
            # "Parliamentary Under Secretary of State at the FCDO": only an institution after "at"
            k = i + 1 + (i + 1 < n and lw[i + 1] == "the")
            phrase = self._institution_at(lw, k) if k < n else None
            return (phrase[0], _state_span(doc, k, phrase[0], phrase[1])) if phrase is not None else None
        if i >= n or lw[i] not in ("of", "for", "and"):
            return None
        j, skipped, institution = i + 1, False, None
        unlisted = None  # where capitalised words the portfolio list lacks begin: kept only if a state ends them
        tx = token_text(doc)
        reach = 14
        while j < n and j - i < reach:
            span = index.get(("start", j))
            if span is not None and span.label_ == "STATE" and lw[j - 1] in ("of", "the", "for"):
                return (span.end, span) if skipped else None
            phrase = self._institution_at(lw, j)
            if phrase is not None:
                end, state = phrase
                institution = institution or (j, end, state)
                j, skipped = end, True
                continue
            if unlisted is not None and lw[j] == ",":
                break  # "... Affairs Alice Wells, the Kazakh Embassy reports": a name and a comma end the remit
            if lw[j] in self.portfolio_words:
                j, skipped = j + 1, True
            elif skipped and tx[j] == "(" and j + 2 < n and tx[j + 2] == ")" and tx[j + 1].isalpha() and (
                tx[j + 1][:1].isupper() and sum(c.isupper() for c in tx[j + 1]) >= 2
            ):
                j += 3  # "Minister of State (MoS) for External Affairs": the post's initials inside its remit
            elif skipped and lw[j:j + 4] == ["under", "the", "president", "of"]:
                j += 4  # "(Secretary) of the Security Council under the President of Uzbekistan": the state's council
            elif skipped and lw[j:j + 4] == ["under", "the", "government", "of"]:
                j, reach = j + 4, reach + 4  # "(Chairman) of the Committee for Environmental Protection under the
                # Government of the Republic of Tajikistan": a body of the state's government
            elif skipped and lw[j:j + 6] == ["under", "the", "cabinet", "of", "ministers", "of"]:
                j, reach = j + 6, reach + 6  # "(Director General) of the Agency of Transport and Communications
                # under the Cabinet of Ministers of Turkmenistan"
            elif lw[j] in self.portfolio_connectors and not doc[j].is_space:
                j += 1
            elif (body_end := _capitalised_body_end(doc, j, ())) is not None:
                j, skipped = body_end, True  # "(Speaker) of the Islamic Consultative Assembly of Iran"
            elif institution is None and (skipped or unlisted is not None or (j + 1 < n and tx[j + 1] in ("'s", "’s"))) and (
                (tx[j].istitle() and tx[j].isalpha() and tx[j] not in TITLE_WORDS) or (tx[j] == "," and unlisted is None)
                or (tx[j] in ("'s", "’s") and unlisted is not None)  # "of People's Power for Foreign Affairs"
            ):
                # "(Minister) for Economic Affairs and Climate Action of Germany", "of Foreign Affairs, International Trade
                # and Worship of Argentina": a remit's words the list lacks, if "of" and a state close the phrase (one
                # at a time: two in a row are a name, "Minister of Energy Karim Haddad of Chile")
                if tx[j][:1].isupper() and j > i + 1 and tx[j - 1].istitle() and tx[j - 1].isalpha() and (
                    lw[j - 1] not in self.portfolio_words
                ):
                    break
                unlisted = j if unlisted is None else unlisted
                j += 1
            else:
                break
        if unlisted is not None:
            j = unlisted  # no state closed them: the words after the remit are something else (a name)
        while j > i + 1 and lw[j - 1] in self.portfolio_connectors:
            j -= 1  # "of Energy and" before a name: the phrase ends at its last word
        if not skipped:
            return None
        if institution is not None:
            start, end, state = institution
            return j, _state_span(doc, start, end, state)
        return j, None

    def _institution_at(self, lw, j):
        """(end, state) of an institution that names its state ("Jogorku Kenesh") starting at token ``j``."""
        for phrase, state in self.institutions.get(lw[j], ()):
            if tuple(lw[j:j + len(phrase)]) == phrase:
                return j + len(phrase), state
        return None

    def _after_state(self, lw, start, state_ends, tx):
        """True when a lower-case "minister" at ``start`` follows a state and portfolio words, or a state and then
        "of" and a portfolio: "Azerbaijani interior minister X", "Azerbaijani minister of internal affairs X"
        (not "the minister" alone, nor "Kazakhstan's minister" of nothing named)."""
        i = start
        while i > 0 and start - i < 4 and lw[i - 1] in self.portfolio_words:
            i -= 1
        if i == start:
            return i in state_ends and start + 2 < len(lw) and (
                lw[start + 1] in ("of", "for") and lw[start + 2] in self.portfolio_words
                # "The Tajik minister Ramazon Rahimzoda said": a name of two capitalised words follows
                or tx[start + 1][:1].isupper() and tx[start + 2][:1].isupper() and tx[start + 1].isalpha()
                and tx[start + 1] not in TITLE_WORDS and tx[start + 1] not in NAME_STOP
            )
        return i in state_ends

    def _portfolio_state_before(self, doc, title, index):
        """'Russian Energy Minister', 'Kazakh Trade and Integration Minister': a state, then portfolio words."""
        lw = token_lower(doc)
        i, skipped = title.start - 1, False
        while i >= 0 and title.start - i <= 5:
            if lw[i] in self.portfolio_words:
                i, skipped = i - 1, True
            elif lw[i] in ("and", "&", ",") and skipped:
                i -= 1
            else:
                break
        if not skipped:
            return None
        if i >= 0 and token_text(doc)[i] in ("'s", "’s"):
            i -= 1  # "Uzbekistan's Culture Minister"
        span = index.get(i + 1)
        return span if span is not None and span.label_ == "STATE" else None

    # ------------------------------------------------------------------- main
    def __call__(self, doc):
        tx = token_text(doc)
        lw = token_lower(doc)
        kb = load_kb()
        date = get_ext(doc, "date")
        date = parse_date(date) if date else None
        names, titles, groups = self._matches(doc)
        index = self._state_index(doc)
        if date is not None and names and get_ext(doc, "date_source") == "text" and _before_every_office(kb, names, date):
            # a date read from the text before any office of everyone it names ("The Declaration of Independence
            # was adopted on August 17, 1945" in a 2024 greeting) is not the event's: the text is undated
            date = None
            set_ext(doc, "date", None)
            set_ext(doc, "date_source", "unknown")
        fitted = False
        if date is None and names:
            # no date from the caller or the text: resolve titles for the time the named officials
            # fit best (doc._.date stays unknown)
            date = self._fitting_date(doc, names, titles, kb, index, groups)
            fitted = date is not None
        if get_ext(doc, "date_source") == "unknown":
            # "the 30th anniversary of independence" dates an undated text to a year (and "on January 27" to a day)
            counted = _anniversary_day(doc, index, date)
            if counted is not None:
                date, fitted = counted, True
        name_at = {span.start: (span, p) for span, p in names}
        name_end_at = {span.end: (span, p) for span, p in names}
        top_titles = {span.start for span, p in titles if p["role"] in ROLE_RANK_TITLED or p["role"] == "counterpart"}
        used_names = set()
        mentions = []

        for title, tpattern in titles:
            state_span = self._state_before(doc, title, index)
            if state_span is None and tpattern["role"] in ROLE_RANK_TITLED and (
                (org := index.get(title.start)) is not None and org.label_ == "ORG"
            ):
                state_span = org  # "Kazakh PM meets World Bank President", "EBRD President": the organisation's head
            after = self._state_after(doc, title, index)
            cursor = after.end if after is not None else title.end
            lower_post = False  # "Minister of Energy of Kazakhstan", "Russian Energy Minister": a portfolio's head
            foreign_remit = False  # a minister whose remit, the title list lacks, is foreign affairs
            if state_span is None and after is None and tpattern["form"] in self.title_states:
                # "Assistant Secretary of State (for ...) X": an office of one state's government
                state_span = _state_span(doc, title.start, title.end, self.title_states[tpattern["form"]])
            if after is None:
                portfolio = self._portfolio_after(doc, title.end, index)
                if portfolio is not None and (portfolio[1] is not None or state_span is not None):
                    # "Minister of Foreign Affairs and International Relations of Lesotho" keeps its rank
                    cursor, after, lower_post = portfolio[0], portfolio[1], lw[title.end] != "and"
                    remit = " ".join(lw[title.end:cursor])
                    if tpattern["form"] == "minister" and re.search(r"\bforeign (?:affairs|relations)\b", remit) and not (
                        "state" in lw[title.end:cursor]  # "Minister of State for Foreign Affairs": a junior minister
                        or any(w in SUBORDINATE for w in lw[max(0, title.start - 2):title.start])  # "Vice-Minister"
                    ):
                        foreign_remit = True  # "Minister of People's Power for Foreign Affairs of Venezuela X"
            if state_span is None and after is None:
                state_span = self._portfolio_state_before(doc, title, index)
                lower_post = state_span is not None
            remit_at = title.end
            if tpattern["form"] in _ENVOY_FORMS and lw[title.end:title.end + 4] == ["of", "the", "president", "of"]:
                # "The Special Representative of the President of Uzbekistan for Afghanistan, X": the president's state
                k = title.end + 4 + (title.end + 4 < len(doc) and lw[title.end + 4] == "the")
                sender = index.get(("start", k))
                if sender is not None and sender.label_ == "STATE":
                    state_span, after, cursor = sender, None, sender.end
                    remit_at = sender.end
            elif tpattern["form"] in _ENVOY_FORMS and lw[title.end:title.end + 2] == ["of", "the"] and (
                (sender := index.get(("start", title.end + 2))) is not None and sender.label_ == "STATE"
                and sender.end < len(doc) and lw[sender.end] in ("president", "government", "leader")
            ):
                # "Special Representative of the Russian President for Afghanistan X": the president's state
                state_span, after, cursor = sender, None, sender.end + 1
                remit_at = sender.end + 1
            elif tpattern["form"] in _ENVOY_FORMS and (sender_end := _sending_body(lw, title.end, index)) is not None:
                # "Special Envoy of the Ministry of Foreign Affairs of China for Afghan Affairs X", "Special
                # Representative of the Chinese Foreign Ministry for ... X": the ministry's (or government's) state
                state_span, after, cursor = sender_end[1], None, sender_end[0]
                remit_at = sender_end[0]
            elif tpattern["form"] in _ENVOY_FORMS and title.end + 1 < len(doc) and lw[title.end] == "of":
                # "Special Representative of Uzbekistan's President for Afghanistan X": the same, the state possessive
                k = title.end + 1 + (lw[title.end + 1] == "the")
                sender = index.get(("start", k))
                if (
                    sender is not None and sender.label_ == "STATE" and sender.end + 1 < len(doc)
                    and tx[sender.end] in ("'s", "’s") and lw[sender.end + 1] == "president"
                ):
                    state_span, after, cursor = sender, None, sender.end + 2
                    remit_at = sender.end + 2
            if tpattern["form"] in _ENVOY_FORMS and remit_at == title.end and after is not None and after.label_ == "ORG" and (
                after.end < len(doc) and lw[after.end] in ("for", "on")
            ):
                # "Special Representative of the EU for Human Rights, X": the organisation's envoy
                state_span, remit_at = state_span or after, after.end
            if tpattern["form"] in _ENVOY_FORMS and remit_at < len(doc) and lw[remit_at] in ("for", "on"):
                # "Special Representative for Afghanistan": the envoy's remit, not the envoy's state (unless no name
                # follows it: then as before, "Special Envoy for Eurasian Energy X" a portfolio)
                name_from = _after_envoy_remit(doc, tx, lw, remit_at, index, name_at)
                if name_from is not None:
                    after, cursor = None, name_from
            government_head = False
            if after is not None and cursor < len(doc) and lw[cursor] == "government" and tpattern["form"] in (
                "chairman", "head", "president"
            ):
                # "the Chairman of the Russian Government", "Head of the Kazakh Government": the prime minister
                cursor, government_head = cursor + 1, True
            elif after is not None and tpattern["form"] in ("chairman", "head", "president") and _state_body_at(
                tx, cursor + 1 if cursor < len(doc) and tx[cursor] in ("'s", "’s") else cursor
            ):
                lower_post = True  # "the chairman of Kazakhstan's Security Council": a body of the state, not the state
            state_span = state_span or after
            if cursor + 1 < len(doc) and lw[cursor] in ("to", "in") and (
                after is not None or (state_span is not None and tpattern["role"] == "other")
            ):  # "British Ambassador to Tajikistan Trevor Moore" too
                posted = index.get(("start", cursor + 1)) or (
                    index.get(("start", cursor + 2)) if lw[cursor + 1] == "the" else None
                )
                if posted is not None:
                    cursor = posted.end  # "Ambassador of Uzbekistan to Kazakhstan Saidikram ...": the sending state
                    close = next((k for k in range(cursor + 1, min(len(doc), cursor + 10)) if tx[k] == ")"), None)
                    if cursor < len(doc) and tx[cursor] == "(" and close is not None and (
                        cursor + 1 < len(doc) and tx[cursor + 1][:1].islower()
                    ):
                        cursor = close + 1  # "... to Kyrgyzstan (residing in Moscow) X": the residence, then the name
                elif lw[cursor + 1:cursor + 3] in (["this", "country"], ["our", "country"]) or (
                    lw[cursor + 1] == "the" and cursor + 3 < len(doc) and lw[cursor + 2] in _HOST_STATE_NOUNS
                    and (tx[cursor + 3] == "," or tx[cursor + 3][:1].isupper())
                ):
                    cursor += 3  # "the Cuban ambassador to this country, Emilio Pevida", "the Ambassador of
                    # Uzbekistan to the Kingdom, Ulugbek Maksudov" (as Gulf agencies name their own state)
            if after is not None and after.label_ == "ORG" and cursor < len(doc) and tx[cursor] in _ORG_NAME_ENDS:
                cursor += 1  # "President of the World Bank Group David Malpass": the organisation's full name
            if after is not None and cursor < len(doc) and lw[cursor] in ("people", "nation") and tpattern["form"] == "leader":
                cursor += 1  # "National Leader of Turkmen people Gurbanguly Berdimuhamedov"
            elif (lower_post or state_span is not None) and cursor < len(doc) and (
                tx[cursor] in INSTITUTION_WORDS or tx[cursor] in STATE_BODIES or lw[cursor] in _LOWER_BODIES
                or _capitalised_body_end(doc, cursor, name_at) is not None
            ) and not name_at.get(cursor):
                # "Chairperson of the Senate of the Kazakh Parliament Dariga Nazarbayeva", "Chairman of Azerbaijan's
                # Milli Mejlis Oktay Asadov", "Speaker of the Turkish Grand National Assembly Cemil Cicek": the
                # state's body ends the title; the name follows it
                body = cursor
                while body < len(doc) and body - cursor < 3 and (
                    tx[body] in INSTITUTION_WORDS or tx[body] in STATE_BODIES or lw[body] in _LOWER_BODIES
                ):
                    body += 1
                if body == cursor:
                    body = _capitalised_body_end(doc, cursor, name_at)
                if body < len(doc) and tx[body] == "," and body + 1 < len(doc) and lw[cursor] in _LOWER_BODIES:
                    body += 1  # "the Speaker of the Georgian parliament, Archil Talakvadze"
                if body < len(doc) and (body in name_at or doc[body].is_title):
                    cursor = body
            if cursor + 3 < len(doc) and tx[cursor] == "(" and tx[cursor + 2] == ")" and tx[cursor + 1].isupper() and (
                tx[cursor + 1].isalpha() and tx[cursor + 3][:1].isupper()
            ):
                cursor += 3  # "Deputy US Trade Representative (USTR) Sarah Bianchi": the post's initials, then the name
            # a name right after the title (optionally after a comma)
            attached = None
            j = cursor + 1 if cursor < len(doc) and tx[cursor] == "," else cursor
            while j < len(doc) and j - cursor < 5 and j not in name_at and (
                INITIAL_TOKEN.match(tx[j])
                or tx[j] in NAME_STOP
                or (tx[j] == "." and j > cursor and (INITIAL_TOKEN.match(tx[j - 1]) or tx[j - 1] in _COURTESY_BEFORE_DOT))
            ):
                j += 1
            # "Vladimir Putin, President of Russia, Cyril Ramaphosa, President of South Africa": in a list of
            # names each followed by its title, a title between commas belongs to the name before it
            listed = cursor < len(doc) and tx[cursor] == "," and (
                self._apposition(doc, title, state_span, name_end_at) is not None
                or self._unknown_name_before(doc, title, state_span, cursor, index) is not None
            )
            if j in name_at and not listed:
                name_span = name_at[j][0]
                closes = name_span.end >= len(doc) or tx[name_span.end] in (",", ".", ")", ";", ":", "and", "\n")
                if cursor < len(doc) and tx[cursor] == "," and not closes:
                    pass  # "decree of the Head of State, Beibut Atamkulov has been appointed": not an apposition
                else:
                    attached = name_at[j]
            unknown_name = None
            unplaced = False  # an official of a post named with no state ("Deputy Foreign Minister X")
            monarch = tpattern["form"] in MONARCH_TITLES  # "King of Belgium Philippe", "Pope Francis": one name
            if attached is None and state_span is not None and not listed:
                unknown_name = self._unknown_name(doc, cursor, index, single=monarch)
            if attached is None and unknown_name is None and not _one_word_name_at(doc, cursor):
                # "Sergey Lavrov, Russia's Foreign Minister" (not "..., King of the Netherlands Willem-Alexander",
                # nor "Kyrgyzstan's Foreign Minister Aydarbekov, Tajikistan's Foreign Minister Mohridin, ...")
                attached = self._apposition(doc, title, state_span, name_end_at)
            if attached is None and unknown_name is None and state_span is not None and (
                tpattern["role"] == "other" or listed or lower_post  # "..., the Chairman of Kyrgyzstan's Jogorku Kenesh,"
                # "received Karim Haddad, Minister of Foreign Affairs of Chile.": an apposition that ends the sentence
                or (cursor < len(doc) and tx[cursor] in (".", ";") and title.start >= 2 and tx[title.start - 1] == ",")
            ):
                # "Saeed Matar Al Qemzi, UAE Ambassador to Uzbekistan, ...": a name missing from the knowledge base
                unknown_name = self._unknown_name_before(doc, title, state_span, cursor, index)
            if attached is None and unknown_name is None and state_span is None:
                # "King Mohammed VI of Morocco", "Foreign Minister Ahmad Al-Sabah of Kuwait": the state after the name
                unknown_name = self._unknown_name(doc, title.end, index, single=monarch)
                of_state = self._state_after(doc, unknown_name, index) if unknown_name is not None else None
                if of_state is not None and of_state.label_ == "STATE":
                    state_span = of_state
                elif unknown_name is not None and _organisation_post_after(lw, index, unknown_name.end) and (
                    _name_size_fits(unknown_name.text) and not kb.candidates(unknown_name.text)
                ):
                    pass  # "Ambassador Gyan Chandra Acharya, United Nations Under-Secretary-General": of no state
                else:
                    unknown_name = None
                    if (tpattern["form"] in GOVERNMENT_POSTS or tpattern["form"] == "secretary of state" and get_ext(
                        doc, "source_state"
                    ) in CENTRAL_ASIA) and not listed:
                        # "the Deputy Foreign Minister Mahmadsharif Haqdod": a government's official missing from
                        # the knowledge base; the state comes from the opening (see _place_unplaced)
                        remit = self._portfolio_after(doc, title.end, index)  # "Minister of Foreign Affairs X"
                        found = self._unknown_name(doc, max(cursor, remit[0]) if remit else cursor, index)
                        if found is None:
                            # "Saeed Al Hajeri, Minister of State, received ...": the name before the post
                            found = self._unknown_name_before(doc, title, None, remit[0] if remit else cursor, index)
                        if found is not None and _name_size_fits(found.text) and not kb.candidates(found.text):
                            unknown_name, unplaced = found, True
            if attached is None and unknown_name is None and state_span is not None and not listed:
                # "Deputy Prime Minister of Russia and Chief of Staff of the Government Konstantin Chuychenko": a second
                # title joined by "and" before the name
                after = self._second_title_end(doc, cursor, index, top_titles) if tpattern["role"] == "other" else None
                if after is not None:
                    if after in name_at:
                        attached = name_at[after]
                    else:
                        unknown_name = self._unknown_name(doc, after, index)
            if attached is None and unknown_name is None and state_span is not None and tpattern["role"] == "other" and not listed:
                # "the Special Assistant to the President of the United States of America and Senior Director
                # for Russia and Central Asia, National Security Council Mr. Eric Green": a courtesy title ends the titles
                unknown_name = self._name_after_courtesy(doc, cursor, index, name_at)
            state = None
            if state_span is not None and state_span.label_ != "ORG":
                state = state_span.kb_id_
            role = tpattern["role"]
            if state_span is not None and state_span.label_ == "ORG" and role in ROLE_RANK_TITLED:
                role = "other"  # "President of the United Nations General Assembly X": an organisation's head (ANNOTATION.md)
            if lower_post:
                role = "other"  # "Chairman of the Senate of the Oliy Majlis", "Deputy Head of Government Office"
            if foreign_remit:
                role = "foreign_minister"
            if government_head:
                role = "prime_minister"
            if tpattern["form"] == "secretary of state" and (
                state in CENTRAL_ASIA or state is None and get_ext(doc, "source_state") in CENTRAL_ASIA
                and not any(span.kb_id_ == "USA" for span in state_mentions(doc))  # "... in Washington": the US's
            ):
                # "Kazakh Secretary of State Gulshara Abdykalikova", "NUR-SULTAN. KAZINFORM ... received Secretary of
                # State X": the State Secretary (of the source's state), no foreign minister
                role, state = "other", state or get_ext(doc, "source_state")
            elif tpattern["form"] == "state secretary" and state == "USA":
                role = "foreign_minister"  # "United States State Secretary John Kerry": the Secretary of State
            if tpattern["form"] == "leader" and state is not None:
                role = kb.leader_role(state, date)  # "the Indian leader" is the Prime Minister of India
            if tpattern.get("needs_state") and state is None and attached is None:
                continue
            if attached is None and unknown_name is None and self._names_a_post(doc, title, state_span):
                continue  # "his election as President of Turkey", "the post of head of state": a post, not a person
            if attached is None and unknown_name is None and title.start >= 3 and lw[title.start - 1] in ("'s", "’s") and (
                lw[title.start - 2] == "country" and lw[title.start - 3] in ("his", "her", "their", "its")
            ):
                continue  # "Kyrgyz Charge d'Affaires X over his country's President's comments": whose country is unsure
            if attached is None and unknown_name is None and title.end + 1 < len(doc) and tx[title.end] in ("'s", "’s") and (
                lw[title.end + 1] in _OFFICE_OF_HOLDER
            ):
                continue  # "Photo by the Georgian President's Administration": the office's staff, not its holder
            org_head = None
            personal = None
            if attached is None and unknown_name is None:
                # a title the knowledge base holds as one person's alias names that person ("Elbasy": Nazarbayev)
                people = kb.candidates(tpattern["form"])
                personal = people[0] if len(people) == 1 else None
            if role == "other" and attached is None and unknown_name is None and personal is None:
                org_head = self._organisation_head(doc, title, state_span, index, kb, date)
                if org_head is None:
                    continue
            start = min([title.start] + ([state_span.start] if state_span is not None and state_span.start < title.start else []))
            end = title.end
            if attached is not None:
                used_names.add(attached[0].start)
                start = min(start, attached[0].start)
                end = max(end, attached[0].end)
                mention = self._from_name(doc, attached, kb, date, role_hint=role if role != "counterpart" else None, state_hint=state)
                recalled = _recalled_before(lw, title.start)
                if mention.get("former") and role != "counterpart" and _office_unknown_to_kb(
                    kb.person(mention["name"]).tenures, role, tpattern["form"]
                ) and tpattern["form"] not in self.honorific_titles and not recalled and not (
                    # "Gerhard Schroeder, Chairman of the Board of Rosneft", "Yulia Tymoshenko, leader of the party":
                    # a former leader heading a company, a forum or a party holds no office of a state
                    state is None and tpattern["form"] in PRIVATE_HEAD_TITLES
                ):
                    # the text titles the person with an office the knowledge base does not know they held
                    # ("State Minister of Foreign Affairs Hina Rabbani Khar" in 2023): the text is right
                    mention.update(role=role, former=False, in_office=None)
                    if state is not None:
                        mention["state"] = state
                    elif (state_span is not None and state_span.label_ == "ORG") or (
                        index.get(title.start) is not None and index[title.start].label_ == "ORG"
                    ):
                        mention["state"] = None  # "the EU Special Representative X", once a state's minister
                elif mention.get("in_office") is False and not recalled:
                    self._titled_near_tenure(kb, mention, role, state, date)
                elif (
                    (fitted or date is None) and role == "other" and mention["role"] != "other"
                    and _holds_lower_post(kb, mention["name"], tpattern["form"]) and not recalled
                    and not (title.end < len(doc) and lw[title.end] in ("and", "-", "–", "—", "/", "&"))
                ):  # (not "Deputy Prime Minister and Minister of Foreign Affairs": a second post, the top one; nor a
                    # deputy premier the knowledge base knows as foreign minister, as ANNOTATION.md counts them)
                    # an undated text: "Deputy Secretary of State Antony Blinken", "State Secretary Marat Tazhin" hold
                    # the lower post the text names, not the top office the knowledge base has them hold at another time
                    mention.update(role="other", in_office=None, former=False)
                    if state is not None:
                        mention["state"] = state
                if role == "foreign_minister" and state is None and (
                    (state_span is not None and state_span.label_ == "ORG")
                    or (index.get(title.start) is not None and index[title.start].label_ == "ORG")
                ):
                    # "the EU top diplomat Josep Borrell": an organisation's foreign-policy chief, of no state (not
                    # the state's minister the knowledge base knew him as before)
                    mention.update(role="other", state=None, former=False, in_office=None)
                organisation = None
                if (date is None or fitted) and role == "other" and state is None and mention["state"] is not None and (
                    mention.get("in_kb")
                ):
                    organisation = _organisation_of_title(doc, title, state_span, index)
                if organisation is not None and any(
                    t.state is None and t.note == organisation.kb_id_ for t in kb.person(mention["name"]).tenures
                ):
                    # "SCO Secretary-General Vladimir Norov" in a text with no date of its own: the organisation's
                    # post he held, not the office of his state the knowledge base has him hold later
                    mention.update(state=None, former=False, in_office=None, org_titled=True)
                if tpattern["form"] == "president-elect":
                    mention["role"] = "other"  # not yet in office, whatever else the person holds
                mention["kind"] = "title+name"
            elif unknown_name is not None:
                start, end = min(start, unknown_name.start), max(end, unknown_name.end)
                # a misspelt full name first ("Gurbanguly Berdimukhammedov": the surname alone would also fit his son)
                resolved = _close_spelling(unknown_name.text, state) if state is not None else None
                if resolved is None and natural_order(unknown_name.text) != unknown_name.text:
                    # "TILEUBERDI Mukhtar": the surname first in capitals, as Japanese and Korean ministries write it
                    resolved = kb.resolve(natural_order(unknown_name.text), date, role=role, state=state)
                for cut in range(unknown_name.start, unknown_name.end if resolved is None else unknown_name.start):
                    resolved = kb.resolve(doc[cut:unknown_name.end].text, date, role=role, state=state)
                    if (
                        resolved and unknown_name.start < cut and not any(doc[k].whitespace_ for k in range(cut, unknown_name.end - 1))
                        and _another_given_name(doc, cut - 1, (resolved,))
                    ):  # "Adviser to the President Anton Kobyakov": not Andrei Kobyakov; "Riyad al-Maliki" not Nouri
                        resolved = None
                        break
                    if resolved:
                        break
                glued = GLUED_INITIALS.match(unknown_name.text) if resolved is None and len(unknown_name) == 1 else None
                if glued is not None:
                    # "Deputy Minister of Foreign Affairs of Türkiye B.Akçapar", "... of Turkmenistan A.Gurbanov": the
                    # surname glued to its initials, read as if spaced ("B. Akçapar")
                    spaced = f"{unknown_name.text[:glued.start(1)]} {glued.group(1)}"
                    resolved = kb.resolve(spaced, date, role=role, state=state) or (
                        _close_spelling(spaced, state) if state is not None else None
                    ) or kb.resolve(glued.group(1), date, role=role, state=state)
                if resolved and _initial_contradicts(unknown_name.text, kb.person(resolved)):
                    resolved = None  # "Head of the Administration of the President of Mongolia D.Battulga": not Khaltmaagiin
                if not resolved and monarch and state is not None:
                    resolved = _reigning(kb, state, date, unknown_name.text)
                if not resolved and state is not None and not fitted:
                    resolved = _holder_misspelt(kb, state, role, date, unknown_name.text)
                if resolved:
                    # the words of the name are this mention's, not a bare name's of their own ("President Imam
                    # Ali Rahman": not also "Rahman")
                    used_names.update(sp.start for sp, _ in names if unknown_name.start <= sp.start < unknown_name.end)
                    mention = self._person(kb, resolved, date, role, state)
                    if fitted and mention["in_office"] is False:
                        # the day is a guess from the other names; the title the text gives this one is its own
                        mention.update(in_office=None, former=False)
                else:
                    mention = {"name": natural_order(unknown_name.text), "role": role if role != "counterpart" else "other",
                               "state": state, "in_kb": False, "in_office": None}
                mention["kind"] = "title+name"
            elif org_head is not None:
                # "Secretary General of the Turkic Council", "WHO Director General": the organisation's head
                mention = {"name": org_head, "role": "other", "state": None, "in_kb": True,
                           "in_office": True if date else None, "kind": "title"}
            elif personal is not None:
                # "Elbasy had a phone conversation with ...": the one person the title names, in his post on the date
                mention = self._person(kb, personal, date)
                mention["kind"] = "title"
            else:
                mention = {"name": None, "role": role, "state": state, "in_kb": None, "in_office": None,
                           "kind": "title"}
            mention["start"], mention["end"] = start, end
            mention["title_start"], mention["title_end"] = title.start, title.end
            mention["source_title"] = tpattern["form"] in SOURCE_STATE_TITLES
            if tpattern["form"] == "acting president" and mention["name"] is not None and mention.get("in_office") and (
                mention["role"] in ("prime_minister", "other")
            ):
                # "Acting President of the Republic of Korea Han Duck-soo": the prime minister acting as head of state
                # is a president (ANNOTATION.md), whatever office the knowledge base has him hold
                mention["role"] = "president"
            if tpattern["form"] == "leader of the nation":
                mention["nation_leader"] = True
            if unplaced:
                mention["unplaced"] = True
            mentions.append(mention)

        named = [(m["start"], m["name"]) for m in mentions if m.get("in_kb")]
        # the people named in full (one person a name), for a shared surname named before any of them
        in_full = named + [(span.start, pattern["names"][0]) for span, pattern in names
                           if len(pattern.get("names", ())) == 1 and span.start not in used_names]
        for span, pattern in names:
            if span.start in used_names:
                continue
            # a bare shared surname ("Berdimuhamedov") is the one of them last named in full before it; named
            # before any of them (a headline's "Xi congratulates Berdymukhamedov" over "Serdar Berdymukhamedov"),
            # the one of them named in full after it, if one only
            before = [(pos, n) for pos, n in named if pos < span.start and n in pattern.get("names", ())]
            if not before and len(pattern.get("names", ())) > 1:
                after = {n for pos, n in in_full if pos > span.start and n in pattern["names"]}
                before = [(span.start, after.pop())] if len(after) == 1 else []
            if len(pattern.get("names", ())) > 1 and before and self._initialled(doc, span, pattern["names"]) is None:
                mention = self._person(kb, max(before)[1], date)
            else:
                mention = self._from_name(doc, (span, pattern), kb, date)
                if mention.get("in_kb"):
                    named.append((span.start, mention["name"]))
            if fitted and mention["in_office"] is False and any(
                m.get("kind") == "title+name" and m["name"] == mention["name"] and m["in_office"] is None
                and m["start"] < span.start for m in mentions
            ):
                # "the chairman of the Cabinet of Ministers of Kyrgyzstan Akylbek Zheparov ... Zhaparov noted": the
                # day is a guess from the other names; the title given with the full name holds for the surname too
                mention.update(in_office=None, former=False)
            if (fitted or date is None) and mention.get("in_kb") and _long_out_of_office(
                kb, mention["name"], date or kb.horizon, years=1
            ) and _looks_back(lw, span.start):
                # an undated text: "The sides recalled the visit of Condoleezza Rice" names someone out of office
                # at the time the others fit, in a sentence that looks back
                mention.update(in_office=False, former=True)
            mention.update(kind="name", start=span.start, end=span.end, title_start=None, title_end=None)
            mentions.append(mention)

        self._delegation_heads(doc, index, mentions)
        self._courtesy_named(doc, index, mentions)
        self._parliament_heads(doc, index, mentions, kb, date)
        self._government_heads(doc, index, mentions, kb, date, fitted)
        self._organisation_officials(doc, index, mentions)
        self._regional_officials(doc, mentions, kb)
        # "the foreign minister of Azerbaijan, Armenia, Belarus and Kazakhstan": a singular title over a list of
        # states stands for each state's holder, as its plural does
        groups = list(groups) + [
            (title, tpattern) for title, tpattern in titles
            if tpattern["role"] in ROLE_RANK_TITLED and not tpattern.get("needs_state")
            and title.end < len(doc) and lw[title.end] == "of" and self._over_a_list(doc, title, index)
        ]
        mentions.extend(self._group_mentions(doc, groups, index, kb, date, mentions))
        self._respective_names(doc, groups, index, mentions)
        if ":" in tx:
            self._speakers(doc, mentions, kb, date)
        body_end = get_ext(doc, "body_end")
        idx = token_offsets(doc)
        if body_end is not None:
            mentions = [m for m in mentions if idx[m["start"]] < body_end]
        mentions.sort(key=lambda m: m["start"])
        mentions = self._place_unplaced(doc, mentions, index)
        again = (
            self._unknown_names_again(doc, mentions, idx, body_end) + _cable_chief_mentions(doc, mentions, index)
            + self._representatives(doc, mentions, index, kb) + _royal_house_mentions(doc, mentions, body_end)
        )
        if again:
            mentions = sorted(mentions + again, key=lambda m: m["start"])
        self._resolve_titles(doc, mentions, kb, date, index)
        org_titled = {m["name"] for m in mentions if m.pop("org_titled", False)}
        if org_titled:
            for m in mentions:
                if m["name"] in org_titled and m["kind"] == "name":
                    m["state"] = None  # "Rahmon and Norov" after "SCO Secretary-General Vladimir Norov": the same post
        spans, dicts = [], []
        text = doc_text(doc)
        for m in mentions:
            if m["name"] is None:
                continue
            if not m["in_kb"] and _FAMILY_NAME_IN_CAPITALS.match(m["name"]):
                # "TSUGE Yoshifumi" (Japan's foreign ministry): the given name first, as the labels write names
                family, given = m["name"].split(" ", 1)
                m["name"] = f"{given} {family.title()}"
            start_char = idx[m["start"]]
            end_char = idx[m["end"] - 1] + len(tx[m["end"] - 1])
            # extend to initials written before a surname: "K.K. Tokayev", "Sh. Mirziyoyev"
            initials = _initials_before(text, start_char)
            if initials and m["kind"] == "name":
                extended = doc.char_span(start_char - len(initials.group(0)), end_char, alignment_mode="expand")
                if extended is not None:
                    m["start"], start_char = extended.start, extended.start_char
            dicts.append(
                {
                    "name": m["name"], "role": m["role"], "state": m["state"], "in_kb": m["in_kb"],
                    "in_office": m["in_office"], "former": bool(m.get("former")), "kind": m["kind"],
                    "coreferent": bool(m.get("coreferent")), "speaker": bool(m.get("speaker")),
                    "members_of": m.get("members_of"),  # the organisation of "the leaders of the SCO member states"
                    "start_char": start_char, "end_char": end_char,
                    "token_start": m["start"], "token_end": m["end"],
                }
            )
            spans.append((m["start"], m["end"], m["role"], m["name"]))
        set_ext(doc, "officials", dicts)
        doc.spans[SPAN_KEY] = make_spans(doc, longest_matches(spans))
        return doc

    @classmethod
    def _representatives(cls, doc, mentions, index, kb):
        """Officials missing from the knowledge base who represent a side named before them: "The Uzbek side was
        represented by X, Deputy Prime Minister", "New Delhi was represented by Secretary X and Tashkent by First
        Deputy Foreign Minister Y", "Turkmenistan was represented by the Ambassador to Kazakhstan Z" (role other)."""
        text = doc_text(doc)
        if "represented by" not in text:
            return []
        tx = token_text(doc)
        lw = token_lower(doc)
        capitals = kb.capital_states
        covered = _covered(mentions)
        added = []
        for i in range(2, len(doc) - 1):
            if lw[i] != "by" or lw[i - 1] != "represented" and not (lw[i - 2] == "and" and tx[i - 1][:1].isupper()):
                continue
            if lw[i - 1] == "represented":
                k = i - 2
                if lw[k] not in ("was", "were", "is", "are"):
                    continue
                k -= 1
                if lw[k] in ("side", "delegation"):
                    k -= 1
            else:
                k = i - 1  # "... and Tashkent by Y": the second side of a pair
                if not any(lw[j] == "represented" for j in range(max(0, i - 30), i)):
                    continue
            span = index.get(k + 1)
            state = span.kb_id_ if span is not None and span.label_ == "STATE" else capitals.get(tx[k])
            if state is None and k >= 1:
                state = capitals.get(f"{tx[k - 1]} {tx[k]}")  # "New Delhi"
            if state is None:
                continue
            j = i + 1
            while j < len(doc) and j - i < 10:
                after = index.get(("start", j + 1)) if j + 1 < len(doc) else None
                if lw[j] == "the" or tx[j] in TITLE_WORDS or tx[j] == "Secretary":
                    j += 1
                elif lw[j] in ("to", "of", "in") and after is not None and after.label_ == "STATE":
                    j = after.end  # "the Ambassador to Kazakhstan Z": the post's place, not the side
                else:
                    break
            if j in covered:
                continue
            name = cls._unknown_name(doc, j, index)
            if name is None or not _name_size_fits(name.text) or kb.candidates(name.text) or any(
                t in covered for t in range(name.start, name.end)
            ):
                continue
            added.append(
                _unknown_official(name.text, state, name.start, name.end, kind="title+name" if j > i + 1 else "name")
            )
            covered.update(range(name.start, name.end))
        return added

    @staticmethod
    def _unknown_names_again(doc, mentions, idx, body_end=None):
        """Mentions of an official missing from the knowledge base wherever the text names them again in
        full without their title: "... received the Ambassadors - Mr. Eduardo Escobar of Chile, ..." and,
        lower down, "Ambassador of Chile Eduardo Escobar said": the titled mention tells who the name is. A bare
        surname after the titled mention, read as a namesake's of the knowledge base, becomes theirs."""
        unknown = {}
        for m in mentions:
            if m["in_kb"] is False and m["name"] and m["kind"] == "title+name" and len(m["name"].split()) >= 2:
                unknown.setdefault(m["name"], m)
        if not unknown:
            return []
        # "Deputy Foreign Minister Mr. Hekmat Khalil Karzai paid a visit ... Mr. Karzai met with X": a bare surname
        # after the full name is that person's, not a namesake's of the knowledge base (Hamid Karzai)
        bare = {m["start"]: m for m in mentions if m["kind"] == "name" and m["end"] - m["start"] == 1}
        # and "Deputy Minister Yoon" after "Deputy Foreign Minister Yoon Soon-gu": a title of the same role and state
        # before a bare surname (not "President Yoon", the knowledge base's president)
        titled = {
            m["title_end"]: m for m in mentions
            if m["kind"] == "title+name" and m["title_start"] == m["start"] and m["title_end"] is not None
            and m["end"] - m["title_end"] == 1
        }
        if bare or titled:
            tx = token_text(doc)
            for name, m in unknown.items():
                surname = name.split()[-1]
                words = set(normalize(name).split())
                candidates = [(i, other, (surname,)) for i, other in bare.items()] + [
                    # (the family name first too: "Yoon Soon-gu")
                    (i, other, (surname, name.split()[0])) for i, other in titled.items()
                    if (other["role"], other["state"]) == (m["role"], m["state"])
                ]
                for i, other, surnames in candidates:
                    if i > m["start"] and tx[i] in surnames and other["name"] != name and not (
                        other["in_kb"] and words <= set(normalize(other["name"]).split())  # "José Albares" is Jose Manuel
                    ):
                        other.update(name=name, role=m["role"], state=m["state"], in_kb=False, in_office=m["in_office"],
                                     former=False)
        covered = _covered(mentions)
        added = []
        for name, m in unknown.items():
            for found, start, end in _token_matches(doc, re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")):
                if body_end is not None and found.start() >= body_end:
                    break
                if start >= len(doc) or idx[start] != found.start() or any(i in covered for i in range(start, end)):
                    continue
                added.append(
                    {"name": name, "role": m["role"], "state": m["state"], "in_kb": False, "in_office": m["in_office"],
                     "kind": "name", "start": start, "end": end, "title_start": None, "title_end": None,
                     "source_title": False}
                )
                covered.update(range(start, end))
        return added

    def _head_of_delegation(self, doc, lw, index, i):
        """(state, (name start, name end)) for "head of the STATE (government) delegation NAME" around the word
        "delegation" at ``i``, or None."""
        j = i - 1 if i >= 1 and lw[i - 1] in ("government", "governmental", "intergovernmental", "parliamentary") else i
        state = index.get(j)
        if state is None or state.label_ != "STATE" or state.start < 3:
            return None
        if lw[state.start - 1] != "the" or lw[state.start - 2] != "of" or lw[state.start - 3] not in ("head", "chairman"):
            return None
        name = self._unknown_name(doc, i + 1, index)
        if name is None or name.start != i + 1:
            return None
        return state.kb_id_, (name.start, name.end)

    def _delegation_heads(self, doc, index, mentions):
        """The head of a state's delegation: "received the U.S. delegation led by the Administrator of
        USAID Samantha Power", "a Chinese delegation headed by Vice Premier X"; or of an organisation's, of
        no state ("a delegation of the World Bank Group headed by managing director Y"). A known person is
        already a mention; an unknown one gets the delegation's state; a title-less, state-less name
        there takes it too."""
        text = doc_text(doc)
        if "delegation" not in text and " side " not in text:
            return
        lw = token_lower(doc)
        tx = token_text(doc)
        n = len(doc)
        for i in range(n - 3):
            if lw[i] not in ("delegation", "side"):
                continue
            k = i + 1
            state = index.get(i)  # "the U.S. delegation", "the Turkmen side"
            if lw[i] == "side" and (state is None or state.label_ != "STATE"):
                continue
            headed = self._head_of_delegation(doc, lw, index, i)
            if headed is not None:
                # "head of the Tajik government delegation Saimumin Yatimov": the title, then the name
                code, name = headed
                if not any(name[0] <= m["start"] < name[1] for m in mentions):
                    mentions.append(_unknown_official(doc[name[0]:name[1]].text, code, name[0], name[1], name[0], name[0]))
                continue
            # "The Turkmen side was represented by X, the Uzbek side by Y": the second item of a list, its verb left out
            elided = lw[i] in ("side", "delegation") and state is not None and k + 1 < n and lw[k] == "by" and i >= 3 and (
                lw[state.start - 2] == ","
            )
            if elided:
                k -= 1  # as if "represented" stood before "by"
            if state is None and i + 2 < n and lw[i + 1] in ("of", "from"):
                state = index.get(("start", i + 2)) or index.get(("start", i + 3))  # "a delegation of (the) X"
                if state is None:
                    # "a delegation of the Federation Council of Russia", "from the State of Qatar": a body or the
                    # state's long name, then "of" and the state
                    j = i + 2 + (lw[i + 2] == "the")
                    while j < n and j - i < 7 and tx[j][:1].isupper() and ("start", j) not in index:
                        j += 1
                    # "a delegation of the Ministry of Foreign Affairs of Latvia": past the body's own "of" words
                    while j + 2 < n and j - i < 10 and lw[j] in ("of", "and") and tx[j + 1][:1].isupper() and (
                        ("start", j + 1) not in index and ("start", j + 2) not in index
                    ):
                        j += 1
                        while j < n and j - i < 10 and tx[j][:1].isupper() and ("start", j) not in index:
                            j += 1
                    if j + 1 < n and lw[j] == "of" and j > i + 2:
                        state = index.get(("start", j + 1)) or index.get(("start", j + 2))
                if state is not None:
                    k = state.end
                    while k < n and k - state.end < 2 and (tx[k] in _ORG_NAME_ENDS or tx[k] in STATE_BODIES):
                        k += 1  # "of the World Bank Group headed by", "of the United States Congress led by"
            while not elided and k < n and lw[k] in (",", "was", "is", "were", "will", "be"):
                k += 1
            if not elided and not (k + 1 < n and lw[k] in ("led", "headed", "represented") and lw[k + 1] == "by"):
                continue
            if lw[i] == "side" and not elided and lw[k] != "represented":
                continue  # (a side "represented by" its officials; "the Chinese side led by" is rare and a delegation's)
            first = k + 2
            end = first
            while end < n and end - first < 24 and (tx[end] not in (".", ";", "\n", "who", "and") or (
                tx[end] == "and" and end + 1 < n and (("start", end + 1) in index or tx[end + 1] in REGION_WORDS)
            )) and not doc[end].is_space:  # (past "and" in a remit's places: "for Europe and Central Asia")
                end += 1
            name = self._first_name_run(doc, first, end, index)
            if lw[i] == "side" and name is not None and name[0] == first:
                continue  # "The Uzbek side was represented by X, Deputy Prime Minister, Y, Minister of Finance, ...": a list
            if state is None and name is not None:
                state = self._state_of_apposition(doc, lw, name[1], index)  # "led by X, a member of the US Congress"
            if state is None or state.label_ not in ("STATE", "ORG"):
                continue
            code = state.kb_id_ if state.label_ == "STATE" else None  # an organisation's delegation: of no state
            inside = [m for m in mentions if first <= m["start"] < (name[1] if name else end)]
            if inside:
                for m in inside:
                    if m["state"] is None and not m.get("in_kb"):
                        m["state"] = code
                    if m["name"] is None and m["kind"] == "title" and name is not None and m["end"] <= name[0] and not any(
                        other is not m and other["start"] < name[1] and other["end"] > name[0] for other in mentions
                    ):
                        # "led by Vice President for Europe and Central Asia X": the title's remit, then its holder
                        m.update(name=doc[name[0]:name[1]].text, role="other", in_kb=False, in_office=None,
                                 kind="title+name", end=name[1])
                continue
            if name is None:
                continue
            run_start, run_end = name
            mentions.append(_unknown_official(doc[run_start:run_end].text, code, first, run_end, first, run_start))

    @staticmethod
    def _second_title_end(doc, cursor, index, top_titles):
        """The token after a second title that "and" joins to the first ("... of Russia and Chief of Staff of the
        Government X", "and Minister of Energy X"), or None: a title word, then remits "of (the) Word"; not a
        head of state's, government's or foreign ministry's title ("and Chairman of the Cabinet of Ministers X")
        nor one of another state ("and Prime Minister of India X"): those are another person's."""
        tx = token_text(doc)
        n = len(doc)
        if not (cursor + 2 < n and tx[cursor] == "and" and tx[cursor + 1] in TITLE_WORDS):
            return None
        if any(start in top_titles for start in range(cursor + 1, min(n, cursor + 4))):
            return None
        k = cursor + 1
        while k < n and tx[k] in TITLE_WORDS:
            k += 1
        while k + 1 < n and tx[k] == "of":
            k += 2 if tx[k + 1] == "the" else 1
            if k >= n or not tx[k][:1].isupper() or tx[k] in TITLE_WORDS or ("start", k) in index:
                return None
            k += 1
        return k if k < n and doc[k].is_title and k - cursor <= 12 else None

    @staticmethod
    def _speakers(doc, mentions, kb, date):
        """The speakers of a transcript: a line that opens with a name and a colon ("Mikhail Mishustin: Mr
        Rasulzoda, welcome."). A known person's mention is marked ``speaker``; a name the knowledge base
        spells nearly so in only one state ("Kokhir Rasulzosa:") becomes that person's mention."""
        tx = token_text(doc)
        for colon, word in enumerate(tx):
            if word != ":" or colon < 2:
                continue
            start = colon
            while start > 0 and colon - start < 4 and doc[start - 1].is_title and NAME_WORD.fullmatch(tx[start - 1]):
                start -= 1
            if colon - start < 2 or (start > 0 and "\n" not in tx[start - 1]):
                # "President of Russia Dmitry Medvedev: Mr President, ...": a title and a name open the line
                titled = [m for m in mentions if m["end"] == colon and m["kind"] == "title+name" and m["name"] is not None
                          and (m["start"] == 0 or "\n" in tx[m["start"] - 1])]
                for m in titled:
                    m["speaker"] = True
                continue  # not a line of its own's opening name
            inside = [m for m in mentions if start <= m["start"] < colon]
            if inside:
                for m in inside:
                    m["speaker"] = True
                continue
            text = doc[start:colon].text
            found = _close_spelling(text, None)
            if found is not None:
                mention = dict(_person_on(kb, found, date, None, None))
                mention.update(kind="name", start=start, end=colon, title_start=None, title_end=None, speaker=True)
                mentions.append(mention)

    def _respective_names(self, doc, groups, index, mentions):
        """The names after a plural title over states, one a state in order: "Russian and Uzbek Deputy Foreign
        Ministers, Mikhail Galuzin and Bakhromzhon Aloyev, agreed": each name is its state's official (a known
        person is already a mention; an unknown one gets the title's role and the state in that place)."""
        tx = token_text(doc)
        n = len(doc)
        for span, pattern in groups:
            if pattern.get("role") in (None, "counterpart", "minister"):
                continue
            k = span.end
            named_after = _states_after_title(doc, span.end, index)
            if named_after is not None:
                # "The foreign ministers of Kazakhstan and Kyrgyzstan, X and Y, held talks", "The heads of the government
                # delegations of Kyrgyzstan and Tajikistan on delimitation ..., X and Y, held": the names after the comma
                states, k = named_after
            else:
                if k < n and tx[k] == ",":
                    k += 1
                if k >= n or not tx[k][:1].isupper():
                    continue
                if span.start == 0 or index.get(span.start) is None and index.get(span.start - 1) is None:
                    continue  # only states named before the title ("Russian and Uzbek ..."), in their order
                states = [s for s in self._group_states(doc, span, index) if s]
            if k >= n or not tx[k][:1].isupper() or len(states) < 2:
                continue
            if _in_title_case_line(doc, span.start):
                continue  # "Kazakh and Uzbek Presidents Sign Treaty, Open Border Centre": a headline's words, no names
            runs = []
            while k < n and len(runs) < len(states):
                j = k
                while j < n and j - k < 5 and (
                    doc[j].is_title and NAME_WORD.fullmatch(tx[j]) and tx[j] not in TITLE_WORDS
                    and tx[j] not in NAME_STOP and tx[j] not in ORG_WORDS and ("start", j) not in index
                    or (j > k and tx[j] in NAME_PARTICLES and j + 1 < n and doc[j + 1].is_title)
                ):
                    j += 1
                if not 2 <= j - k <= 4:
                    break
                runs.append((k, j))
                k = j
                if k < n and tx[k] == ",":
                    k += 1
                if k < n and tx[k] == "and":
                    k += 1
            if len(runs) != len(states):
                continue
            role = pattern["role"] if pattern["role"] in ROLE_RANK_TITLED else "other"
            # the names say who the title's holders are: not the office holders the title alone resolves to
            mentions[:] = [m for m in mentions if not (m["kind"] == "group" and span.start <= m["start"] < span.end)]
            for (start, end), state in zip(runs, states):
                if any(start <= m["start"] < end for m in mentions):
                    continue  # a known person: the knowledge base has them
                mentions.append(
                    {"name": doc[start:end].text, "role": role, "state": state, "in_kb": False, "in_office": None,
                     "kind": "title+name", "start": start, "end": end, "title_start": span.start,
                     "title_end": span.end, "source_title": False}
                )

    @staticmethod
    def _state_of_apposition(doc, lw, name_end, index):
        """The state of a lower-case apposition after a name: ", a member of the United States Congress",
        ", the head of the Turkish delegation"; None if the name is not followed by one."""
        if name_end + 2 >= len(doc) or lw[name_end] != "," or lw[name_end + 1] not in ("a", "an", "the"):
            return None
        for j in range(name_end + 2, min(len(doc), name_end + 9)):
            if lw[j] in (".", ";", ",", "\n", "and", "who", "in"):
                return None  # not "the UN Resident Coordinator in the Kyrgyz Republic"
            span = index.get(("start", j))
            if span is not None and span.label_ == "ORG":
                return None  # "the head of the Uzbekistan office of the Asian Development Bank": of no state
            if span is not None and span.label_ == "STATE" and (
                lw[j - 1] in ("of", "from") or (lw[j - 1] == "the" and lw[j - 2] in ("of", "from"))
            ):
                end = span.end
                while end < len(doc) and end - span.end < 3 and doc[end].is_title:
                    end += 1
                if any(index.get(("start", k)) is not None and index[("start", k)].label_ == "ORG" for k in range(span.end, end + 3)):
                    return None
                if end < len(doc) and lw[end] == "of":
                    org = index.get(("start", end + 1)) or index.get(("start", end + 2))
                    if org is not None and org.label_ == "ORG":
                        return None
                return span
        return None

    def _courtesy_named(self, doc, index, mentions):
        """An official missing from the knowledge base named after a state and "Mr."/"Ms." ("... of the United
        Kingdom, H.E. Ms. Wendy Morton"): of that state, role ``other``, when no mention covers the name."""
        text = doc_text(doc)
        if not any(word in text for word in _COURTESY_HINTS):  # substring tests in C: most texts have none
            return
        tx = token_text(doc)
        covered = _covered(mentions)
        for k, word in enumerate(tx):
            if word not in COURTESY_TITLES or k + 1 in covered:
                continue
            name = self._unknown_name(doc, k + 1, index)
            if name is None or any(i in covered for i in range(name.start, name.end)):
                continue
            if load_kb().candidates(name.text) or load_kb().candidates(tx[name.end - 1]):
                continue  # a known person: the name matcher has it
            i = k - 1
            while i >= 0 and k - i <= 3 and (tx[i] in (",", "H.E.", "H.E", "HE") or tx[i].lower() == "the"):
                i -= 1
            state = index.get(i + 1)  # the state mention that ends right there
            if state is None or state.label_ != "STATE":
                continue
            j = state.start - 1
            if j >= 1 and tx[j] == "the":
                j -= 1
            if j < 1 or tx[j] != "of" or not any(tx[t] in TITLE_WORDS for t in range(max(0, j - 6), j)):
                continue  # "... of the United Kingdom, Ms. X" after a title; not "the manager of Chevron in Kazakhstan, Mr. X"
            mentions.append(_unknown_official(name.text, state.kb_id_, k, name.end, k, k + 1))
            covered.update(range(k, name.end))

    @staticmethod
    def _place_unplaced(doc, mentions, index, opening=400):
        """Give officials named with a post but no state (``unplaced``) their state, the first that applies:

        - the state right before the post: "Kyrgyzstan (First Deputy Foreign Minister X)";
        - the state of the official the post is coordinated after: "Foreign Minister of Uzbekistan A and
          Minister of Investments X";
        - the one state named in the opening (the first ``opening`` characters) that no other official is
          of, when the post shares a sentence with officials of other states only ("Tajikistan and
          Kazakhstan held consultations ... chaired by the Deputy Minister of Foreign Affairs X and Deputy
          Minister of Foreign Affairs of Kazakhstan Y");
        - the source's state, when no other official is of it, or when the official is listed among those who
          attended ("The meeting was attended by X, Minister of Energy": the reporting side's officials), and
          without a source then the one state whose officials the text titles without naming it.

        Otherwise they are dropped."""
        for m in mentions:
            if m.get("unplaced") and m["state"] is not None:
                del m["unplaced"]  # placed meanwhile: "the Belarusian delegation was headed by the First Deputy Minister, X"
        if not any(m.get("unplaced") for m in mentions):
            return mentions
        lw = token_lower(doc)
        idx = token_offsets(doc)
        ending = {m["end"]: m for m in mentions if m["state"] and not m.get("unplaced")}
        starting = {m["start"]: m for m in mentions if m["state"] and not m.get("unplaced")}
        # states named in the opening, and those of its places ("TASHKENT, June 3", "In Tashkent, ... met Minister of
        # Finance X": the host's minister)
        occasion = _OCCASION_WORDS.search(doc_text(doc)[:opening]) is not None
        named_at = {}  # state -> where the opening names it
        for key, span in index.items():
            if isinstance(key, tuple) and span.kb_id_ and (span.label_ == "STATE" or span.label_ == "VENUE" and not occasion) and (
                idx[span.start] < opening
            ):
                named_at.setdefault(span.kb_id_, []).append(span.start)
        named = set(named_at)
        unmarked = _unmarked_states(mentions, index, lw)  # before any placement below
        dateline = _dateline_place(doc, index, idx)
        source = get_ext(doc, "source_state")
        for m in mentions:
            if not m.get("unplaced"):
                continue
            state = _side_named(lw, index, m)
            if state is not None:
                m["state"] = state  # "attended by Minister of Energy X from the Kyrgyz side, and ... from the Uzbek side"
                del m["unplaced"]
                continue
            i = m["start"] - 1
            while i >= 0 and m["start"] - i <= 4 and (lw[i] in ("(", ":") or lw[i].isalpha() and lw[i] == doc[i].text):
                i -= 1  # "Turkmenistan (led by", "Kyrgyzstan (", "(le by": lower-case words and a bracket
            before = index.get(i + 1) if 0 <= i < m["start"] - 1 else None
            if before is not None and before.label_ == "STATE":
                state = before.kb_id_
            elif m["start"] >= 1 and lw[m["start"] - 1] in ("and", ",") and m["start"] - 1 in ending:
                state = ending[m["start"] - 1]["state"]
            else:
                # the states of officials named before this one or in its sentence: "President Moon Jae-in's visit in
                # 2019" ten paragraphs below does not take Korea from "Deputy Minister for Political Affairs Yeo
                # Seung-bae", nor the UAE's ambassador in the last paragraph the UAE from its minister
                taken_near = {o["state"] for o in mentions if o["state"] and not o.get("unplaced")
                              and (o["start"] < m["start"] or _same_sentence(lw, o, m))}
                # (a state named before the official or in its sentence, "met Secretary of State X in Washington"; not
                # "received Minister of Defence X. The minister reported on the Uzbek-Afghan border")
                left = {code for code in named - taken_near if any(
                    at < m["start"] or "." not in lw[m["end"]:at] for at in named_at[code]
                )}
                facing = [o for o in mentions if o["state"] and not o.get("unplaced") and _same_sentence(lw, o, m)]
                if len(left) == 1 and facing and all(o["state"] not in left for o in facing):
                    # "Aripov arrived ..., greeted by Deputy Chairman of Cabinet of Minister X"; "chaired by the Deputy
                    # Minister of Foreign Affairs X and Deputy Minister of Foreign Affairs of Kazakhstan Y"
                    state = next(iter(left))
                elif source is not None and (source not in taken_near or _in_attendance(lw, m["start"])):
                    # the reporting side's, when no official of it is named near ("The meeting was attended by X,
                    # Minister of Energy"; "X, Minister of Energy, headed the UAE delegation" with the UAE's
                    # ambassador named only in the last paragraph)
                    state = source
                elif source is None and dateline is not None and not taken_near and m["role"] != "counterpart" and (
                    idx[m["start"]] - dateline[1] < 200 and "\n" not in doc_text(doc)[dateline[1]:idx[m["start"]]]
                ):
                    # "DUSHANBE, September 18, Asia-Plus – Minister of Economic Development and Trade X received a
                    # mission of the IsDB": the dateline's state, no other official's placed before, no source's
                    state = dateline[0]
                elif source is None and len(left) == 1 and not taken_near and m["role"] != "counterpart":
                    state = next(iter(left))  # the one state the opening names, no other official's placed before
                elif _in_attendance(lw, m["start"]) and len(unmarked) == 1:
                    # no source: the reporting side is the one whose officials' titles name no state ("Sheikh X,
                    # Minister of Foreign Affairs, received Y, Minister of Foreign Affairs of Uzbekistan")
                    state = next(iter(unmarked))
            m["state"] = state
            del m["unplaced"]
            if state is None:
                m["drop"] = True
        return [m for m in mentions if not m.pop("drop", False)]

    def _organisation_officials(self, doc, index, mentions, reach=14):
        """An official of an international organisation missing from the knowledge base, named with the
        organisation and a title: after them ("United Nations Assistant Secretary-General for Political Affairs
        Miroslav Jenča", "the UN Resident Coordinator in Tajikistan Ms. Sezin Sinanoglu"), around the
        organisation ("Regional Director of the World Bank for Central Asia Lilia Burunciuc") or after a comma
        ("World Bank Vice President for Europe and Central Asia, Mr. Cyril Muller"): role ``other``, no state."""
        tx = token_text(doc)
        covered = None
        for org in state_mentions(doc):
            if org.label_ != "ORG" or _in_title_case_line(doc, org.start):
                continue  # not "UN Deputy Secretary-General Praises Green Economy" (a headline)
            title_start = self._title_before_organisation(tx, org.start)
            mission = title_start is not None and any(tx[i] in _MISSION_WORDS for i in range(title_start, org.start))
            end, titled, floor = org.end, title_start is not None, org.end
            if end + 2 < len(doc) and tx[end] == "(" and tx[end + 2] == ")" and tx[end + 1].isupper():
                end += 3  # "Asian Development Bank (ADB) Vice-President X": the acronym in brackets
            elif end + 2 < len(doc) and tx[end] == "(":
                # "the OSCE (Organization for Security and Co-operation in Europe) Program Office": the name in brackets
                close = next((k for k in range(end + 1, min(len(doc), end + 16)) if tx[k] == ")"), None)
                if close is not None and close > end + 1 and all(
                    tx[k][:1].isupper() or tx[k] in ("for", "and", "in", "of", "the", "-", "on") or tx[k - 1] == "-"
                    for k in range(end + 1, close)
                ):
                    end = close + 1
            if end < len(doc) and tx[end] in ("'s", "’s"):
                end += 1  # "IsDB’s Almaty Office Director X", "the World Bank's Country Director X"
            while end < len(doc) and end - org.end < reach:
                place = (index.get(("start", end + 1)) or (
                    index.get(("start", end + 2)) if end + 1 < len(doc) and tx[end + 1] == "the" else None
                )) if tx[end] in _ORG_PLACE_GLUE and (
                    end > org.end and (
                        tx[end - 1] in TITLE_WORDS or tx[end - 1] in ORG_TITLE_WORDS or tx[end - 1] in _MISSION_WORDS
                    ) or end == org.end and mission  # "Head of the Delegation of the European Union to Tajikistan"
                    or tx[end - 1] in ("office", "mission")  # "the head of the Asian Development Bank office in X"
                ) else None
                if place is not None and place.label_ in ("STATE", "VENUE"):
                    end = floor = place.end  # "Resident Coordinator in Tajikistan", "Delegation to Uzbekistan"
                    continue
                if end == org.end and title_start is not None and tx[end] in ("office", "mission"):
                    end += 1  # "the head of the Asian Development Bank office in Uzbekistan X": the office's head
                    continue
                if ("start", end) in index or not (
                    (tx[end][:1].isupper() and NAME_WORD.fullmatch(tx[end])) or tx[end] in _ORG_TITLE_GLUE
                ):
                    break
                titled = titled or tx[end] in TITLE_WORDS or tx[end] in ORG_TITLE_WORDS
                end += 1
            # "Mr. Klaus Gerhaeusser, Director-General of Central and West Asia Department of the ADB": a title
            # with a long remit (a department, a region) between the comma and the organisation
            remit_title = self._title_over_remit(tx, org.start) if title_start is None else None
            if not titled and remit_title is None:
                continue
            while end > org.end and tx[end - 1] in _ORG_TITLE_GLUE:
                end -= 1  # "... Anna Bjerde on 12 March": the glue word after the name is no part of it
            start = self._name_before(tx, org.end, end, floor)
            if start is None and title_start is not None and floor == org.end and 2 <= end - org.end <= 3 and all(
                tx[i] not in TITLE_WORDS and tx[i] not in ORG_TITLE_WORDS and tx[i] not in ORG_WORDS
                and tx[i] not in NAME_STOP and tx[i] not in REGION_WORDS and tx[i] not in _MISSION_WORDS
                and tx[i] not in FACILITY and not tx[i].isupper() for i in range(org.end, end)
            ) and (end >= len(doc) or not tx[end][:1].isupper()):
                start = org.end  # "Secretary General of the International Organization ... TURKSOY Dyusen Kaseinov"
            if start is None:
                start, end = self._name_after_comma(doc, tx, end, index)
            if start is None:
                # "Maria Lindqvist, World Bank Vice President for Europe", "Sultan Raev, Secretary General of TURKSOY":
                # the name, a comma, then the title and the organisation
                start, end = self._name_before_comma(doc, tx, org.start if title_start is None else title_start, index)
                if start is not None and title_start is None:
                    title_start = org.start
            if start is None and remit_title is not None:
                start, end = self._name_before_comma(doc, tx, remit_title, index)
                if start is not None:
                    title_start = remit_title
            if start is None:
                continue
            if any(tx[i] in ORG_WORDS and not (title_start is not None and tx[i] in _MISSION_WORDS)
                   and not (i == org.end and tx[i] in _ORG_NAME_ENDS)  # "World Bank Group Country Representative"
                   # "IsDB Almaty Office Director X": the office's head
                   and not (i + 1 < start and (tx[i + 1] in TITLE_WORDS or tx[i + 1] in ORG_TITLE_WORDS))
                   for i in range(org.end, start if start > org.end else end)):
                # "the SCO Council of Foreign Ministers": a body of the organisation, not an official (but "Head of
                # the OSCE Programme Office in Dushanbe, Ambassador X" heads the organisation's office)
                continue
            first = min(org.start, start) if title_start is None else min(title_start, start)
            if covered is None:
                covered = _covered(mentions)
            if load_kb().candidates(doc[start:end].text):
                for m in mentions:
                    if m["start"] == start and m.get("in_kb") and m.get("former") and m["kind"] == "name":
                        # "OSCE High Commissioner on National Minorities Kairat Abdrakhmanov": a former minister in
                        # an organisation's post the knowledge base does not know, of no state (ANNOTATION.md)
                        m.update(role="other", state=None, former=False, in_office=None, kind="title+name")
                continue
            if any(i in covered for i in range(first, end)):
                continue
            mentions.append(_unknown_official(
                doc[start:end].text, None, first, end, org.end if title_start is None else title_start, start
            ))
            covered.update(range(first, end))

    @staticmethod
    def _regional_officials(doc, mentions, kb):
        """Heads of a region below the state ("Governor of Jiangsu Province Wu Zhenglong", "Orenburg Governor
        Denis Pasler"; :mod:`canlp.components.regions`): role ``other``, of the region's state. A name the knowledge
        base knows is left to its own mention."""
        found = regional_heads(doc_text(doc), (token_text(doc), token_offsets(doc)))
        if not found:
            return
        idx = token_offsets(doc)
        covered = _covered(mentions)
        for title_at, name_at, name_end, name, state in found:
            if any(w in TITLE_WORDS or w in ORG_WORDS or w in NAME_STOP for w in name.split()) or kb.candidates(name):
                continue  # "Head of the Balkan Department X": an institution's word, not a name
            first, start, end = (bisect.bisect_left(idx, at) for at in (title_at, name_at, name_end))
            if start >= len(doc) or idx[start] != name_at or any(i in covered for i in range(start, end)):
                continue
            mentions.append(_unknown_official(name, state, first, end, first, start))
            covered.update(range(first, end))

    @staticmethod
    def _title_before_organisation(tx, org_start):
        """The first token of a title written before "of (the)" and the organisation ("Vice President of
        the World Bank", "head of the UN Regional Centre"), or None."""
        j = _of_before(tx, org_start)
        if j is None:
            return None
        if j > 2 and tx[j - 1] in _MISSION_WORDS:
            # "the Head of the Delegation of the European Union": the title of the organisation's office
            m = j - 3 if tx[j - 2].lower() == "the" else j - 2
            if m > 0 and tx[m] == "of":
                j = m
        k = j
        while k > 0 and j - k < 5 and (
            tx[k - 1] in TITLE_WORDS or tx[k - 1] in ORG_TITLE_WORDS or tx[k - 1].lower() in _LOWER_TITLES
            # "Vice-President", "Secretary-General": the hyphen between two title words
            or (tx[k - 1] == "-" and k < j and k > 1 and (tx[k - 2] in TITLE_WORDS or tx[k - 2] in ORG_TITLE_WORDS))
        ):
            k -= 1
        if k == j:
            # "Chairman of the Management Board of the Eurasian Development Bank": the title of the organisation's board
            m = j - 1
            while m > 0 and j - m < 6 and (tx[m] in _BOARD_WORDS or tx[m] in ("of", "the")):
                m -= 1
            if m < j - 2 and tx[m] in TITLE_WORDS and tx[m + 1] == "of":
                return m
        return k if k < j else None

    @staticmethod
    def _title_over_remit(tx, org_start, reach=10):
        """The first token of a title that a comma opens and a remit of capitalised words joins to "of (the)"
        and the organisation at ``org_start`` (", Director-General of Central and West Asia Department of the
        ADB"), or None."""
        j = _of_before(tx, org_start)
        if j is None:
            return None
        k = j
        while k > 1 and j - k < reach and (tx[k - 1][:1].isupper() or tx[k - 1] in _ORG_TITLE_GLUE or tx[k - 1] == "the"):
            k -= 1
            if (tx[k] in TITLE_WORDS or tx[k] in ORG_TITLE_WORDS) and tx[k - 1] == ",":
                return k
            if tx[k] in TITLE_WORDS and tx[k - 1] == "-" and k > 2 and tx[k - 2] in TITLE_WORDS and tx[k - 3] == ",":
                return k - 2  # ", Director-General of ..."
        return None

    @staticmethod
    def _name_before(tx, first, end, floor=None):
        """The first token of the name that ends a run of title words at ``end`` (two to four capitalised
        words, not of the title, the remit or the region: "for Europe and Central Asia Anna Bjerde"), or None.
        ``floor``: where a state that ends the title ends ("Country Manager for Uzbekistan"), if after ``first``."""
        if floor is not None and floor > first:
            start = end
            while start > floor and end - start < 4 and tx[start - 1][:1].isupper() and tx[start - 1] not in NAME_STOP:
                start -= 1
            courtesy = start
            while courtesy > floor and tx[courtesy - 1] in COURTESY_TITLES:
                courtesy -= 1  # "in Tajikistan Ms. Sezin Sinanoglu"
            return start if courtesy == floor and end - start >= 2 else None
        start = end
        while start > first and end - start < 4 and tx[start - 1][:1].isupper() and not (
            tx[start - 1] in TITLE_WORDS or tx[start - 1] in ORG_TITLE_WORDS or tx[start - 1] in OFFICE_NOUNS
            or tx[start - 1] in ORG_WORDS or tx[start - 1] in NAME_STOP or tx[start - 1].rstrip("s") in TITLE_WORDS
            or tx[start - 1] in REGION_WORDS
            or tx[start - 1].lower() in WEEKDAYS or tx[start - 1].lower() in MONTHS
        ):
            start -= 1
        if end - start < 2 or start == first or tx[start - 1] in ("of", "for", "and", "-", "in", "to"):
            return None  # no name, or the name is the end of the office ("for Political Affairs")
        return start

    @staticmethod
    def _name_before_comma(doc, tx, org_start, index):
        """``(start, end)`` of a name of two or three capitalised words before a comma and (``the``) the
        title or organisation at ``org_start`` ("Maria Lindqvist, World Bank Vice President"), the name not
        preceded by another capitalised word; else ``(None, None)``."""
        j = org_start - 1
        if j >= 0 and tx[j] == "the":
            j -= 1
        if j < 2 or tx[j] != ",":
            return None, None
        end = start = j
        while start > 0 and end - start < 4 and ("start", start - 1) not in index and (
            tx[start - 1][:1].isupper() or tx[start - 1] in NAME_PARTICLES and start < end  # "Axel van Trotsenburg"
        ) and (
            NAME_WORD.fullmatch(tx[start - 1])
        ) and not (
            tx[start - 1] in TITLE_WORDS or tx[start - 1] in NAME_STOP or tx[start - 1] in ORG_WORDS
            or tx[start - 1] in REGION_WORDS or tx[start - 1] in OFFICE_NOUNS
        ):
            start -= 1
        if end - start < 2 or (start > 0 and tx[start - 1][:1].isupper() and tx[start - 1] not in COURTESY_TITLES):
            return None, None
        if any(tx[t].lower() in WEEKDAYS or tx[t].lower() in MONTHS or tx[t] in _TIME_WORDS for t in range(start, end)):
            return None, None  # "Last Wednesday, the IMF Mission Chief briefed ...": a time, not a name
        return start, end

    @staticmethod
    def _name_after_comma(doc, tx, end, index):
        """``(start, end)`` of a name of two or three capitalised words after a comma that closes a title
        (", Mr. Cyril Muller", ", Anna Bjerde", ", Ambassador Marcel Pesko"), followed by no other capitalised
        word; else ``(None, None)``."""
        i = end
        if i >= len(doc) or tx[i] != ",":
            return None, None
        i += 1
        if i < len(doc) and (tx[i] in COURTESY_TITLES or tx[i] == "Ambassador"):
            i += 1
        j = i
        while j < len(doc) and j - i < 3 and ("start", j) not in index and tx[j][:1].isupper() and NAME_WORD.fullmatch(tx[j]) and not (
            tx[j] in TITLE_WORDS or tx[j] in NAME_STOP or tx[j] in ORG_WORDS or tx[j] in REGION_WORDS
        ):
            j += 1
        if j - i < 2 or (j < len(doc) and tx[j][:1].isupper()):
            return None, None
        return i, j

    @staticmethod
    def _parliament_heads(doc, index, mentions, kb, date):
        """The head of a chamber of parliament named by title only ("the Chairman of the Mejlis of
        Turkmenistan", "the Speaker of the Jogorku Kenesh"): the one knowledge-base holder of that office on
        the date, of the state the title or the chamber's name gives."""
        text = doc_text(doc)
        if not any(word in text for word in _CHAMBER_HINTS):  # substring tests in C: most texts have none
            return
        covered = _covered(mentions)
        lw = token_lower(doc)
        tx = token_text(doc)
        for match, start, end in _token_matches(doc, _CHAMBER_HEAD):
            chamber = " ".join(match.group("chamber").lower().split())
            office, state = _CHAMBERS[chamber]
            if match.group("upper"):
                office, state = f"{chamber} of the oliy majlis", "UZB"
            if _recalled_before(lw, start):
                continue  # "the former Chairman of the Mejlis"
            after = None
            if end < len(doc) and lw[end] == "of":  # "... of Kazakhstan", "... of the Republic of Kazakhstan"
                after = index.get(("start", end + 1)) or (index.get(("start", end + 2)) if end + 1 < len(doc) and lw[end + 1] == "the" else None)
            if after is not None and after.label_ == "STATE":
                state, end = after.kb_id_, after.end
            if state is None or start in covered or any(i in covered for i in range(start, end)):
                continue
            named = end
            while named < len(doc) and named - end < 3 and (tx[named] in INSTITUTION_WORDS or tx[named] in STATE_BODIES):
                named += 1
            if named in covered:
                continue  # "Chairperson of the Senate of the Kazakh Parliament Dariga Nazarbayeva": the name decides
            holder = kb.office_holder(state, office, date)
            if holder is None:
                continue
            mentions.append(
                {"name": holder, "role": "other", "state": state, "in_kb": True, "in_office": True if date else None,
                 "kind": "title", "start": start, "end": end, "title_start": start, "title_end": end,
                 "source_title": False}
            )
            covered.update(range(start, end))

    @classmethod
    def _government_heads(cls, doc, index, mentions, kb, date, fitted):
        """The head of a state's government named "Head of the Afghanistan Government (Abdullah Abdullah)", "the
        head of the Russian government": the prime minister of that state, named after the title (also misspelt)
        or the holder on the date; not "the head of the Russian Government delegation"."""
        if "ead of the" not in doc_text(doc):  # a substring test in C: most texts have none
            return
        covered = _covered(mentions)
        lw = token_lower(doc)
        tx = token_text(doc)
        for _, start, after in _token_matches(doc, _GOVERNMENT_HEAD):
            span = index.get(("start", after))
            if span is None or span.label_ != "STATE" or span.end >= len(doc) or lw[span.end] != "government":
                continue
            end = span.end + 1
            if end < len(doc) and (lw[end] in _GOVERNMENT_COMPOUNDS or (
                tx[end] in INSTITUTION_WORDS or tx[end] in STATE_BODIES or tx[end] in OFFICE_NOUNS
                or tx[end] in _GOVERNMENT_BODY_WORDS
            )):
                continue  # "the head of the Uzbek Government Information Service X": a body's head
            if start in covered or _recalled_before(lw, start) or (start > 0 and lw[start - 1] in ("deputy", "vice")):
                continue
            state = span.kb_id_
            if end in covered or (end + 1 < len(doc) and tx[end] == "," and end + 1 in covered):
                continue  # "Head of the Afghanistan Government (,) Abdullah Abdullah": the known name decides
            name = cls._unknown_name(doc, end, index) if end < len(doc) and tx[end][:1].isupper() else None
            if name is not None:
                resolved = _close_spelling(name.text, state) or (
                    None if fitted else _holder_misspelt(kb, state, "prime_minister", date, name.text)
                )
                mention = (
                    dict(_person_on(kb, resolved, date, "prime_minister", state)) if resolved else
                    {"name": name.text, "role": "prime_minister", "state": state, "in_kb": False, "in_office": None}
                )
                end = name.end
                kind = "title+name"
            else:
                holder = kb.holder(state, "prime_minister", date)
                if holder is None:
                    continue
                mention = {"name": holder, "role": "prime_minister", "state": state, "in_kb": True,
                           "in_office": True if date else None}
                kind = "title"
            mention.update(kind=kind, start=start, end=end, title_start=start, title_end=span.end + 1, source_title=False)
            mentions.append(mention)
            covered.update(range(start, end))

    @staticmethod
    def _first_name_run(doc, first, end, index):
        """The first run of two to four capitalised words in ``first:end`` that are neither title,
        institution nor state words and close the phrase or an apposition: a person's name."""
        tx = token_text(doc)
        i = first
        while i < end:
            j = i
            glue = 0  # particles and hyphens inside the name: "Hassan bin Abdullah Al-Ghanim"
            while j < end and j - i - glue < 5 and (
                (tx[j][:1].isupper() and doc[j].is_title and NAME_WORD.fullmatch(tx[j])
                 and tx[j] not in TITLE_WORDS and tx[j] not in NAME_STOP and tx[j] not in ORG_WORDS
                 and tx[j] not in REGION_WORDS and tx[j] not in _MINISTRY_UNITS and ("start", j) not in index)
                or (j > i and (tx[j] in NAME_PARTICLES or tx[j] == "-") and j + 1 < end and doc[j + 1].is_title)
            ):
                glue += tx[j] in NAME_PARTICLES or tx[j] == "-"
                j += 1
            if 2 <= j - i - glue <= 4 and (j >= end or tx[j] in (",", ".", ";", "\n", "who", "and", "on", "in", "at", "to")):
                if j - i >= 3 and (tx[i] in OFFICE_NOUNS or (i > first and tx[i - 1] == "of" and index.get(("start", i)) is None)):
                    i += 1  # "Managing Director of Operations Anna Bjerde", "Governor of Tatarstan Rustam Minnikhanov"
                return i, j  # a name closes the phrase or an apposition: "..., Andrei Yeudachenka, the ...", "... X on 1 May"
            i = max(j, i + 1)
        return None

    def _group_states(self, doc, span, index):
        """States a plural title stands for: 'of Kazakhstan, Kyrgyzstan and Uzbekistan', 'of the five
        Central Asian countries', 'Central Asian leaders', 'the Kazakh and Uzbek presidents'."""
        lw = token_lower(doc)
        words = lw[span.end:span.end + 8]
        before = lw[max(0, span.start - 3):span.start]
        if before[-3:] in (["five", "central", "asian"], ["c5", "central", "asian"]) or before[-1:] == ["c5"]:
            return list(CENTRAL_ASIA)  # "the five Central Asian foreign ministers", "the C5 leaders"
        if words[:1] == ["of"] or words[:1] == ["from"]:  # "counterparts from Kazakhstan and Tajikistan"
            rest = words[1:]
            if rest[:1] == ["the"]:
                rest = rest[1:]
            rest_start = span.end + len(words) - len(rest)  # the token where ``rest`` begins
            for group in self.central_asia_group:
                if rest[: len(group)] == group:
                    # "Foreign Ministers of Central Asian nations and Japan": the partner too
                    k = rest_start + len(group)
                    partner = index.get(("start", k + 1)) if k < len(doc) and lw[k] in ("and", "+", "plus") else None
                    if partner is not None and partner.label_ == "STATE" and partner.kb_id_ not in CENTRAL_ASIA and not (
                        partner.end < len(doc) and lw[partner.end] in ("'s", "’s")  # "and Japan's Foreign Minister X"
                    ):
                        return list(CENTRAL_ASIA) + [partner.kb_id_]
                    return list(CENTRAL_ASIA)
            if before[-1:] == ["five"] and rest[:2] == ["central", "asia"]:
                return list(CENTRAL_ASIA)  # "the five foreign affairs ministers from Central Asia"
            if rest[:2] == ["central", "asia"] and rest[2:3] in (["+"], ["plus"], ["-"], ["–"], ["—"]):
                # "Foreign Ministers of Central Asia + Japan Dialogue": the five and the partner of the format
                partner = index.get(("start", rest_start + 3))
                if partner is not None and partner.label_ == "STATE" and partner.kb_id_ not in CENTRAL_ASIA:
                    return list(CENTRAL_ASIA) + [partner.kb_id_]
            states, i, closing, closed = [], span.end + 1, False, False
            while i < len(doc):
                if closed and lw[i] in GROUP_FILLERS:
                    # "from A, B, and C, the Russian foreign ministry said": the list ended with "and C" (but "of the
                    # United States and Kazakhstan, Kyrgyzstan, ... and Uzbekistan" goes on)
                    j = i + 1
                    while j < len(doc) and lw[j] == "and":
                        j += 1
                    nxt = index.get(("start", j))  # (not past "the": "..., the Russian foreign ministry said")
                    if nxt is None or nxt.label_ != "STATE":
                        break
                    closing, closed = False, False
                if states and lw[i:i + 3] == ["five", "central", "asian"]:
                    # "Top diplomats of South Korea and five Central Asian nations"
                    states.extend(s for s in CENTRAL_ASIA if s not in states)
                    i += 4 if i + 3 < len(doc) and lw[i + 3] in ("nations", "countries", "states", "republics") else 3
                    closed = closing
                    continue
                if lw[i] in GROUP_FILLERS or (not states and lw[i] in GROUP_COUNTS) or (states and lw[i].isspace()):
                    # (a line break inside the list of a text wrapped at a fixed width: "Russia, Belarus,\nKazakhstan")
                    closing = closing or lw[i] == "and"
                    i += 1
                    continue
                state = index.get(("start", i))
                if not states and (lw[i] in ("of", ")") or (state is not None and state.label_ == "ORG")):
                    # "the leaders of the countries of the Collective Security Treaty Organisation (CSTO) – Armenia, ..."
                    i = state.end if state is not None and state.label_ == "ORG" else i + 1
                    continue
                if state is None or state.label_ != "STATE":
                    break
                states.append(state.kb_id_)
                closed = closing
                i = state.end
            return states if len(states) >= 2 else []
        states, i = [], span.start - 1
        while i >= 0:
            if lw[i] in (",", "and"):
                i -= 1
                continue
            state = index.get(i + 1)
            if state is None or state.label_ != "STATE":
                break
            states.append(state.kb_id_)
            i = state.start - 1
        return states[::-1] if len(states) >= 2 else []

    @staticmethod
    def _members_named(doc, span, index):
        """The organisations a plural title may name the member states of, as a tuple: the one it names ("the
        leaders of the SCO member states", "Heads of Government of the CSTO member countries", "Heads of Member
        States of the Shanghai Cooperation Organization", "the foreign ministers of the member states of the
        CSTO"), or for a bare "the (six) member states" the organisations named before it; empty for other titles
        (not "SCO leaders", a headline's words or the name of a summit to come more often than its attendance)."""
        lw, n = token_lower(doc), len(doc)

        def org_at(k):
            found = index.get(("start", k))
            return found if found is not None and found.label_ == "ORG" else None

        def after_member_words(k):  # "member states", "member-states", "member countries": where they end
            if k < n and lw[k] == "member":
                k += 1 + (k + 1 < n and lw[k + 1] in ("-", "–"))
                if k < n and lw[k] in ("states", "countries", "nations") and _closes_member_states(lw, k + 1):
                    # (a phrase that ends there: not "of the SCO member states' security councils")
                    return k + 1
            return None

        member_title = "member" in lw[span.start:span.end]  # "Heads of Member States"
        if member_title and not _closes_member_states(lw, span.end):
            return ()  # "the heads of member states' delegations"
        org = None
        of = span.end < n and lw[span.end] == "of"
        after_of = span.end + 1  # past "of (the) (all)"
        while of and after_of < n and lw[after_of] in ("the", "all"):
            after_of += 1
        if of:
            found = org_at(after_of)
            if found is not None and (member_title or after_member_words(found.end) is not None):
                org = found  # "of the SCO member states", "(Heads of Member States) of the SCO"
            else:
                end = after_member_words(after_of)  # "of the member states of the CSTO"
                if end is not None and end + 1 < n and lw[end] == "of":
                    org = org_at(end + 1 + (lw[end + 1] == "the"))
        if org is None and member_title:
            # "The Heads of Member-States and the Secretary General of the Turkic Council": the organisation next named
            org = next((index.get(("start", k)) for k in range(span.end, min(n, span.end + 12))
                        if org_at(k) is not None), None)
        if org is None and of:
            # "the heads of state of the six member countries of the organisation", "of the Organisation's member
            # states", "of the Council member countries": the organisations the text named before
            k = after_of
            k += k < n and (lw[k] in _COUNT_WORDS or lw[k].isdigit())
            k += k < n and lw[k] in ("organisation", "organization", "council", "union", "organisation's",
                                     "organization's", "council's")
            k += k < n and lw[k] in ("'s", "’s")
            end = after_member_words(k)
            if end is not None and not (end + 1 < n and lw[end] == "of" and org_at(end + 1 + (lw[end + 1] == "the"))):
                return tuple(dict.fromkeys(m.kb_id_ for m in state_mentions(doc)
                                           if m.label_ == "ORG" and m.end <= span.start))
        return (org.kb_id_,) if org is not None else ()

    @staticmethod
    def _over_a_list(doc, title, index):
        """True when "of" and two or more states follow a singular title and close the phrase ("the foreign
        minister of Azerbaijan, Armenia and Belarus, as well as"); not "President of Kyrgyzstan and U.S. Special
        Envoy X", where the last state begins the next official's title."""
        lw, tx = token_lower(doc), token_text(doc)
        if title.start > 0 and lw[title.start - 1] in POST_NOT_PERSON:
            return False  # "his re-election as President of Kazakhstan, Turkmen media reported": a post
        count, i, joined = 0, title.end + 1, False
        while i < len(doc):
            if lw[i] in (",", "and", "the"):
                joined = joined or lw[i] == "and"
                i += 1
                continue
            state = index.get(("start", i))
            if state is None or state.label_ != "STATE":
                break
            count, i = count + 1, state.end
        while i > title.end and lw[i - 1] in (",", "and", "the"):
            i -= 1
        # a list: "A and B", or three states or more ("of Azerbaijan, Armenia, Belarus, ..., as well as")
        return (count >= 3 or (count == 2 and joined)) and (
            i >= len(doc) or not (tx[i][:1].isupper() or tx[i] in ("'s", "’s"))  # not "... and Kyrgyzstan's Foreign Minister"
        ) and not (i < len(doc) and lw[i] in _PERSON_NOUNS)  # not "The President of Turkmenistan and the Iranian minister"

    def _group_named_list(self, doc, span, index):
        """(state span, name start, name end) for each item of 'TITLES of STATE - Name, STATE - Name and
        STATE Name' after a plural title; empty unless at least two items carry a name."""
        lw, tx, n = token_lower(doc), token_text(doc), len(doc)
        i = span.end
        if i >= n or lw[i] != "of":
            return []
        i += 1
        counted = i < n and (tx[i].isdigit() or lw[i] in _COUNT_WORDS)
        if lw[i:i + 3] == ["a", "number", "of"] or counted:
            # "Ambassadors of a number of foreign states - the Czech Republic X, the Republic of Cuba Y", "the
            # ambassadors of four countries: Tajikistan – X, Japan – Y"
            k = i + (1 if counted else 3)
            while k < n and k - i < 6 and lw[k] in ("foreign", "friendly", "states", "countries"):
                k += 1
            if k < n and lw[k] in ("-", "–", "—", ":", ","):
                i = k + 1
        items = []
        while i < n and len(items) < 40:
            while i < n and lw[i] in ("the", ",", "and", ":", ";") and not doc[i].is_space:
                i += 1
            state = index.get(("start", i))
            if state is None or state.label_ not in ("STATE", "ORG") or (state.label_ == "ORG" and not items):
                # (an organisation inside a list of states: "Ambassadors of Ukraine X, European Union Y, Latvia Z")
                if (
                    not items or lw[i - 1] not in (",", "and") or any(it[1] is None for it in items)
                    or len({(it[0].start, it[0].end) for it in items}) > 1
                ):
                    break
                # "Deputy Prime Ministers of Uzbekistan Jamshid Khodjaev and Jurabek Mirzamahmudov": more names
                # of the same state
                state, j = items[-1][0], i
            else:
                j = state.end
            if j < n and tx[j] in ("-", "–", "—", ":"):
                j += 1
            if j < n and tx[j] in COURTESY_TITLES:
                j += 1  # "Greece Mrs. Ekaterina Nassika"
            k = _listed_name_end(doc, j, index, reach=8, hyphens=True)
            items.append((state, j, k) if k - j >= 1 else (state, None, None))
            i = k if k > j else state.end
        if sum(1 for _, start, _ in items if start is not None) < 2:
            return []
        return items

    @staticmethod
    def _group_name_of_list(doc, span, index):
        """(state span, name start, name end) for each item of 'TITLES [in STATE] – Name of STATE, Name of STATE
        and Name of STATE' after a plural title ("credentials of newly appointed Ambassadors ... in the Republic
        of Uzbekistan – Jiang Xiao of the People's Republic of China, ... and Anvarbek Mokeev of Kyrgyz
        Republic"); empty unless at least two items are read."""
        lw, tx, n = token_lower(doc), token_text(doc), len(doc)
        i = span.end
        if i + 1 < n and lw[i] in ("in", "to"):  # where they serve: "in the Republic of Uzbekistan"
            k = i + 1 + (lw[i + 1] == "the")
            where = index.get(("start", k))
            if where is None or where.label_ != "STATE":
                return []
            i = where.end
        if i < n and tx[i] in ("-", "–", "—", ":"):
            i += 1
        elif i >= n or not doc[i].is_title:
            return []  # (no dash: "chaired by deputy prime ministers X of Kyrgyzstan and Y of Uzbekistan")
        items = []
        while i < n and len(items) < 40:
            while i < n and lw[i] in (",", "and", ";") and not doc[i].is_space:
                i += 1
            j, k = i, _listed_name_end(doc, i, index, reach=6, hyphens=False)
            if k - j < 2 or k >= n or lw[k] != "of":
                break
            m = k + 1 + (k + 1 < n and lw[k + 1] == "the")
            state = index.get(("start", m))
            while state is None and m < n and m - k < 6 and (tx[m][:1].isupper() or lw[m] in ("of", "'s", "’s")):
                m += 1  # "of the Socialist Republic of Vietnam": the state's name inside its long form
                state = index.get(("start", m))
            if state is None or state.label_ != "STATE":
                break
            items.append((state, j, k))
            i = state.end
        return items if len(items) >= 2 else []

    def _listed_people(self, doc, items, pattern, kb, date):
        mentions = []
        for state, start, end in items:
            if start is None:
                continue
            role = pattern["role"] if pattern["role"] in ROLE_RANK_TITLED else "other"
            if state.label_ == "ORG":
                # "European Union Raimundas Karoblis" in a list of ambassadors: the organisation's, of no state
                mention = self._from_name(doc, (doc[start:end], pattern), kb, date, role_hint="other")
                mention["state"] = None
                mention.update(kind="title+name", start=start, end=end, title_start=state.start, title_end=state.end)
                mentions.append(mention)
                continue
            mention = self._from_name(doc, (doc[start:end], pattern), kb, date, role_hint=role, state_hint=state.kb_id_)
            mention.update(kind="title+name", start=start, end=end, title_start=state.start, title_end=state.end)
            mentions.append(mention)
        return mentions

    def _group_mentions(self, doc, groups, index, kb, date, singles=()):
        mentions = []
        lw = token_lower(doc)
        for span, pattern in groups:
            if span.start > 0 and lw[span.start - 1] in _NOT_STATES_LEADERS:
                continue  # "the parliamentary leaders of the countries of Central Asia and Japan": the speakers
            if pattern["role"] in ("counterpart", "minister") and self._deputy_subject(doc, span.start, singles):
                continue  # "First Vice Foreign Minister X met his counterparts from A and B": deputies, not in the KB
            named = self._group_named_list(doc, span, index) or self._group_name_of_list(doc, span, index)
            if named:
                # "the ambassadors of Kyrgyzstan - Daniyar Sydykov, France - ...": each state with its own person
                mentions.extend(self._listed_people(doc, named, pattern, kb, date))
                continue
            if pattern["role"] == "other":
                continue  # "the ambassadors of Russia and China": nobody to name without their names
            states, members_of = self._group_states(doc, span, index), None
            if not states and date is not None and get_ext(doc, "date") and not _occasion_before(lw, span.start):
                # (on the text's day: no guess from the names, which would take today's members for an old summit;
                # not "on the sidelines of the meeting of the heads of government of the SCO member states", nor the
                # meeting a guest "arrived to participate in")
                # the one organisation (of those the title may name) whose members the knowledge base lists
                listed = [org for org in self._members_named(doc, span, index) if kb.members(org, date)]
                members_of = listed[0] if len(listed) == 1 else None
                states = kb.members(members_of, date) if members_of is not None else []
                if len(states) >= 3 and self._members_named_after(doc, span, states, singles, some=True):
                    continue  # "the leaders of the member states, among them President X, ...": the names say who
                # a member whose leader (or, for a council of ministers, whose leader or minister) the text names is
                # represented by that one ("the President of Turkey Abdullah Gul" in 2012, not its prime minister who
                # was then its leader); a state whose leader is its head of government sends him to the heads of
                # state, someone else to the heads of government (India's ministers at the SCO's)
                roles = ("president", "prime_minister") if pattern["role"] in ("president", "prime_minister") else (
                    "president", "prime_minister", pattern["role"],  # (the host's president receiving the ministers)
                )
                named = {m["state"] for m in singles if m["role"] in roles}
                states = [s for s in states if s not in named and not (
                    pattern["role"] == "prime_minister" and kb.leader_role(s, date) == "prime_minister"
                )]
            if len(states) >= 3 and self._members_named_after(doc, span, states, singles):
                continue  # "from the leaders of Central Asian states, X and Y": the names say which of them
            peer_role = "president" if pattern["role"] == "counterpart" else None
            if pattern["role"] in ("counterpart", "minister"):
                # "his counterparts from X and Y": the office of the official named last before them
                before = [m for m in singles if m["start"] < span.start and m["role"] in ROLE_RANK_TITLED
                          and m["state"] not in states]
                if before:
                    peer_role = max(before, key=lambda m: m["start"])["role"]
                elif pattern["role"] == "counterpart":
                    # "In the talks with counterparts from A and B, Russia was represented by Deputy Foreign Minister
                    # X": nobody before them, the official named after them in the sentence
                    stop = next((k for k in range(span.end, len(doc)) if doc[k].text in (".", "\n\n")), len(doc))
                    after = [m for m in singles if span.end <= m["start"] < stop and m["state"] not in states]
                    if after:
                        peer_role = min(after, key=lambda m: m["start"])["role"]
                        if peer_role not in ROLE_RANK_TITLED:
                            continue  # a deputy's counterparts, whom the knowledge base does not hold
                if pattern["role"] == "minister" and peer_role != "foreign_minister":
                    continue  # "ministers of X and Y" are foreign ministers only beside a foreign minister
            for state in states:
                role = pattern["role"] if pattern["role"] not in ("counterpart", "minister") else peer_role
                if pattern["form"] == "leaders" or (members_of is not None and role == "president"):
                    # (a council of heads of state seats each member's leader: Armenia's prime minister since 2018)
                    role = kb.leader_role(state, date)
                holder = kb.holder(state, role, date)
                if holder is None and role == "president" and pattern["form"] == "leaders":
                    # "the leaders of Armenia, ...": a state represented by its head of government
                    role, holder = "prime_minister", kb.holder(state, "prime_minister", date)
                if holder is None:
                    continue
                mentions.append(
                    {"name": holder, "role": role, "state": state, "in_kb": True,
                     "in_office": True if date else None, "kind": "group", "start": span.start, "end": span.end,
                     "title_start": span.start, "title_end": span.end}
                )
                if members_of is not None:
                    mentions[-1]["members_of"] = members_of
        return mentions

    @staticmethod
    def _members_named_after(doc, span, states, singles, reach=12, some=False):
        """True when officials of the group's states are named right after a group title, past a dash, colon or
        comma in its sentence ("the leaders of Central Asian states - Kassym-Jomart Tokayev, Shavkat Mirziyoyev
        and Emomali Rahmon", "..., Shavkat Mirziyoyev and Kassym-Jomart Tokayev"); with ``some``, also when the
        names are only some of them ("the leaders of the member states, among them X")."""
        lw = token_lower(doc)
        stop = next((k for k in range(span.end, min(len(doc), span.end + reach)) if lw[k] in (".", "\n", "\n\n")),
                    min(len(doc), span.end + reach))
        separators = [k for k in range(span.end, stop) if lw[k] in ("-", "–", "—", ":", ",")]
        if not separators or not some and any(
            lw[k] in ("including", "among", "notably", "especially") for k in range(span.end, stop)
        ):
            return False  # (not "the foreign ministers of the five Central Asian countries, including M.Tileuberdi")
        return any(
            m.get("in_kb") and m["state"] in states and separators[0] < m["start"] < stop for m in singles
        )

    @staticmethod
    def _deputy_subject(doc, start, singles, reach=30):
        """True when "vice" or "deputy" stands in the sentence before token ``start`` and every official
        between them is a deputy (role ``other``): the counterparts named there are a deputy's, whom the
        knowledge base does not hold ("First Vice Foreign Minister Kim Hong-kyun met his counterparts")."""
        k = _deputy_word_before(token_lower(doc), start, stops=(".",), reach=reach)
        return k is not None and all(m["role"] == "other" for m in singles if m["end"] > k and m["start"] < start)

    @staticmethod
    def _apposition(doc, title, state_span, name_end_at):
        """A name before the title, separated by a comma: 'Sergey Lavrov, Russia's Foreign Minister'."""
        comma = _comma_before_title(doc, title, state_span)
        found = name_end_at.get(comma) if comma is not None else None
        if found is not None and state_span is not None and state_span.label_ == "STATE":
            kb = load_kb()
            states = {t.state for name in found[1].get("names", ()) for t in kb.person(name).tenures}
            if states and state_span.kb_id_ not in states:
                # "the President of Kazakhstan X, the President of the Kyrgyz Republic, the President of
                # Turkmenistan": a list of leaders, not X's title
                return None
        return found

    @staticmethod
    def _unknown_name_before(doc, title, state_span, cursor, index):
        """Two to five capitalised words before ", [the] STATE title [to STATE]," that close the apposition:
        'Saeed Matar Al Qemzi, UAE Ambassador to Uzbekistan, said'. Not 'In New York, the Russian Envoy
        noted' (the apposition must be closed by a comma, a full stop, a bracket, 'and' or 'who')."""
        tx = token_text(doc)
        lw = token_lower(doc)
        if lw[cursor:cursor + 3] == ["with", "residence", "in"]:
            # "Ambassador of Norway to Turkmenistan with residence in Kazakhstan, presented"
            seat = index.get(("start", cursor + 3))
            if seat is not None:
                cursor = seat.end
        if cursor + 1 < len(doc) and tx[cursor] in ("'s", "’s") and (tx[cursor + 1] in STATE_BODIES or tx[cursor + 1] in INSTITUTION_WORDS):
            cursor += 1  # "the Chairman of Kyrgyzstan's Jogorku Kenesh, discussed"
        while cursor < len(doc) and (tx[cursor] in STATE_BODIES or tx[cursor] in INSTITUTION_WORDS or lw[cursor] in _LOWER_BODIES):
            # "Chairman of the Senate of the Kazakh Parliament, and ...", "the Speaker of the Turkish parliament,":
            # the state's body ends the title
            cursor += 1
        cursor = _capitalised_body_end(doc, cursor, ()) or cursor  # "..., Speaker of the Turkish Grand National Assembly,"
        closed = cursor >= len(doc) or lw[cursor] in (",", ".", ")", ";", "and", "who", "\n")
        # "Aleksey Borodavkin, Ambassador of Russia to Kazakhstan has taken place": a verb after the apposition
        verb_after = cursor < len(doc) and lw[cursor] in _VERBS_AFTER_APPOSITION
        comma = _comma_before_title(doc, title, state_span)
        if comma is None or comma < 2:
            return None
        end = start = comma
        # five words at most, hyphens not counted ("Gholam-Ali Haddad-Adel, the speaker of ...")
        while start > 0 and end - start - tx[start:end].count("-") < 5 and (
            (doc[start - 1].is_title and tx[start - 1] not in NAME_STOP and tx[start - 1] not in TITLE_WORDS
             and tx[start - 1] not in OFFICE_NOUNS)  # "... for Political Affairs Victoria Nuland, Assistant ..."
            or (tx[start - 1] in NAME_PARTICLES or tx[start - 1] == "-")
        ) and ("start", start - 1) not in index and start not in index:
            start -= 1
        while start < end and (tx[start] in NAME_PARTICLES or tx[start] == "-"):
            start += 1
        if start == end - 1 and start > 0 and _surname_in_capitals(doc, tx, start - 1, index):
            start -= 1  # "ZHUMANGARIN Serik, Deputy Prime Minister of Kazakhstan": the surname first, in capitals
        if start >= 2 and start < end and tx[start - 1].isupper() and tx[start - 1].isalpha() and len(tx[start - 1]) >= 2 and (
            tx[start - 2] in COURTESY_TITLES
        ):
            start -= 1  # "Mr. TSUGE Yoshifumi, State Minister for Foreign Affairs of Japan": the family name in capitals
        if end - start < 2 or any(tx[t] in ORG_WORDS or lw[t] in MONTHS or lw[t] in WEEKDAYS for t in range(start, end)):
            return None
        if start > 0 and doc[start - 1].is_title and tx[start - 1] not in NAME_STOP:
            return None  # the run goes on: not where a name starts
        if not closed and not (start > 0 and tx[start - 1] in COURTESY_TITLES) and not (
            # "A meeting between X, Chairman of ..., and Y, Ambassador of Russia to Kazakhstan has taken place" (not
            # "After talks with X, the Russian Ambassador said": the name ends a phrase of its own there)
            verb_after and (start == 0 or lw[start - 1] in ("and", "between", ".", "\n") or "\n" in lw[start - 1])
        ):
            # unclosed, the name needs "Mr."/"Ms." before it ("Mr. X, Ambassador of Y to Z has presented") or a verb
            # after the title, not after a place ("In New York, the Russian Envoy noted")
            return None
        return doc[start:end]

    @classmethod
    def _name_after_courtesy(cls, doc, start, index, name_at, reach=24):
        """A name missing from the knowledge base after "Mr."/"Ms." that ends a chain of titles begun at
        ``start`` (capitalised title words, "and", "for", "of", commas; no verb, no known name, no sentence end)."""
        tx = token_text(doc)
        for k in range(start, min(len(doc), start + reach)):
            if tx[k] in COURTESY_TITLES:
                if k > 0 and tx[k - 1] == "and":
                    return None  # "the Ambassador of China and Mr. Li Wei": another person, not the title's holder
                return cls._unknown_name(doc, k + 1, index)
            if k in name_at or tx[k] in (".", ";", ":", "\n") or "\n" in tx[k]:
                return None
            if tx[k][:1].islower() and tx[k] not in ("and", "for", "of", "the", "on", "in", "to"):
                return None
        return None

    @staticmethod
    def _unknown_name(doc, i, index, single=False):
        """Two to four capitalised words after a title: a person missing from the knowledge base."""
        tx = token_text(doc)
        j = i
        if j < len(doc) and tx[j] == ",":
            j += 1
        while j < len(doc) and (
            tx[j] in NAME_STOP or tx[j] in PEERAGE or (tx[j] == "." and j > i and tx[j - 1] in _COURTESY_BEFORE_DOT)
        ) and tx[j] not in ("The", "A", "An", "And", "On", "In", "At", "Of"):
            j += 1  # "Minister of State Baroness Sayeeda Warsi": the name after the rank of peerage; "Smt. X"
        k = j
        surname_first = _surname_in_capitals(doc, tx, j, index)  # "YAMADA Kenji", "KIM Hong-kyun"
        while k < len(doc) and k - j < 4 + 2 * sum(tx[t] in NAME_PARTICLES or tx[t] in ("-", ".") for t in range(j, k)) and ((
            (doc[k].is_title or (k > j and ROMAN_NUMERAL.match(tx[k]))  # "Mohammed VI", "Carl XVI Gustaf"
             or (k == j and surname_first)
             or (k > j and CAPITAL_INSIDE.fullmatch(tx[k]))  # "Sandra McCardell", "Michael McFaul"
             or (tx[k][:1].isupper() and ("'" in tx[k] or "’" in tx[k])))  # "Es'hagh Jahangiri"
            and NAME_WORD.fullmatch(tx[k]) and (tx[k] not in NAME_STOP or (k > j and _korean_syllable_glued(doc, k)))
            and ("start", k) not in index
            and (k == j or tx[k].lower() not in WEEKDAYS)  # not "X Toir Friday" (but "Wang Jun", "Matthew May")
            # not "Foreign Minister Rashid Meredov April 17": a month before its day
            and not (k > j and k + 1 < len(doc) and tx[k + 1][:1].isdigit() and tx[k].lower() in MONTHS)
        ) or (
            # "Zh. Khodzhaev": a two-letter initial the tokenizer splits from its full stop
            tx[k] == "." and k == j + 1 and len(tx[j]) == 2 and tx[j].istitle() and k + 1 < len(doc) and doc[k + 1].is_title
            and not doc[k - 1].whitespace_
        )):
            k += 1
            if len(tx[k - 1]) > 3 and tx[k - 1].endswith(".") and not INITIALS.fullmatch(tx[k - 1]):
                break  # "Yu Jun." ends a sentence (an initial is one or two letters: "Sh."; "T.V. Nagendra Prasad")
            if tx[k - 1] in TITLE_WORDS or tx[k - 1] in OFFICE_NOUNS:
                # "Reconciliation Ambassador Zalmay Khalilzad", "Envoy for Global Partnerships Paolo Zampolli":
                # the name follows the last title word or the last word of the office's remit
                j = k
                continue
            if k < len(doc) and tx[k] == "-" and k + 1 < len(doc) and (
                doc[k + 1].is_title
                # a Korean given name's second syllable, glued on in lower case: "Lim Sung-nam", "Choi Sang-mok"
                or (not doc[k - 1].whitespace_ and not doc[k].whitespace_ and tx[k + 1].isalpha()
                    and tx[k + 1].islower() and len(tx[k + 1]) <= 5)
            ):
                k += 2
            elif k + 1 < len(doc) and tx[k] in NAME_PARTICLES:
                # "Mohammed al-Ghazali Sirraj", "Salman bin Abdulaziz", "Ursula von der Leyen"
                nxt = k + 2 if tx[k + 1] == "-" else k + 1
                if nxt < len(doc) and doc[nxt].is_title:
                    k = nxt
        if k - j >= 2 and all(len(tx[t]) == 1 for t in range(j, k)):
            return None  # "T U R K M E N I S T A N": a word spaced out letter by letter, no name
        if k - j >= 2 and k >= len(doc) and len(tx[k - 1]) == 1:
            k -= 1  # "... to the President of Tajikistan, Honorable Emomali R": a name cut off where the text ends
        if k - j >= 2 and k + 1 < len(doc) and tx[k] in PATRONYMIC_WORDS and doc[k + 1].is_title:
            k += 2  # "Elmar Maharram oglu Mammadyarov": a father's name and the surname after it
        if k - j >= 2 and _in_title_case_line(doc, j) and not _said_outside_line(doc, j, k) and not _ends_line(doc, k) and (
            # "... Roman Vassilenko Meets Korean Counterpart": a headline verb ends a name of two or three words
            tx[k] not in NAME_STOP or k - j >= 4
        ):
            # "Kazakh Foreign Minister Told Blinken About ...": a headline's words, named nowhere else and going on
            # after (not "... Receives Ambassador of Japan Hattori Takashi", the name closing the headline)
            return None
        if k - j >= 2 and not any(tx[t] in ORG_WORDS or tx[t] in INSTITUTION_WORDS for t in range(j, k)):
            return doc[j:k]
        if k - j == 1 and GLUED_INITIALS.match(tx[j]):
            return doc[j:k]  # "Ambassador of Turkmenistan E.Aydogdyyev"
        if k - j == 1 and single and tx[j] not in ORG_WORDS and tx[j] not in TITLE_WORDS:
            return doc[j:k]  # "King of Belgium Philippe", "Pope Francis"
        return None

    @staticmethod
    def _titled_near_tenure(kb, mention, role, state, date, days=TENURE_SLACK_DAYS):
        """A person the text titles with an office (``role``; ``counterpart``: a top office) that the
        knowledge base has them take up or leave within ``days`` of ``date`` while nobody else holds it that
        day: in office, as the text says ("his Kyrgyz counterpart Erlan Abdyldaev" five days after the day the
        knowledge base ends his term). Handover days of the knowledge base are often approximate; the text was
        written on the day. Not a president-elect beside the president, nor a president recalled after his death."""
        roles = ROLE_RANK_TITLED if role == "counterpart" else (role,)
        slack = dt.timedelta(days=days)
        for tenure in kb.person(mention["name"]).tenures:
            if tenure.role not in roles or (state is not None and tenure.state != state):
                continue
            if tenure.start is not None and tenure.start - slack <= date < tenure.start and not _others_in(kb, tenure, date):
                pass  # named with the office shortly before the day the knowledge base has them take it up, nobody in it
            elif tenure.end is not None and tenure.end <= date < tenure.end + slack and not _others_in(kb, tenure, date):
                pass  # shortly after the day it has them leave, with nobody in the office yet (not after a death)
            else:
                continue
            mention.update(role=tenure.role, state=tenure.state, in_office=True, former=False)
            return

    @staticmethod
    def _person(kb, name, date, role_hint=None, state_hint=None):
        """Mention data for a known person on ``date`` (a new dict: callers add to it).

        Out of office on a known date, a person is ``other``: either a former
        office holder (``former``: recalled, not taking part) or one who takes
        office later (a president-elect, who may well take part).
        """
        return dict(_person_on(kb, name, date, role_hint, state_hint))

    def _from_name(self, doc, match, kb, date, role_hint=None, state_hint=None):
        span, pattern = match
        initialled = self._initialled(doc, span, pattern.get("names", ()))
        if initialled is not None:
            return self._person(kb, initialled, date, None, state_hint)
        text = span.text
        glued = GLUED_INITIALS.match(text)
        if glued is not None:
            text = glued.group(1)
        resolved = kb.resolve(text, date, role=role_hint, state=state_hint)
        if resolved is None and pattern.get("form"):
            # the tokens matched the form but the text spaces them otherwise ("Tokayev 's" for "Tokayev's")
            resolved = kb.resolve(pattern["form"], date, role=role_hint, state=state_hint)
        if resolved is not None and glued is not None and _initial_contradicts(span.text, kb.person(resolved)):
            resolved = None  # "D.Battulga": not Khaltmaagiin Battulga
        if resolved is None or (
            len(text.split()) == 1 and get_ext(doc, "date") and _long_out_of_office(kb, resolved, date)
            and not _named_in_full(doc_text(doc), text, resolved, kb)
        ):
            # a surname alone of someone out of office for years ("Ambassador Schroeder", "Trade Envoy Beckett" in
            # 2023) is another person's: the namesake named in full before, or one the knowledge base lacks
            return {"name": text, "role": role_hint or "other", "state": state_hint, "in_kb": False, "in_office": None}
        return self._person(kb, resolved, date, role_hint, state_hint)

    @staticmethod
    def _initialled(doc, span, names):
        """The one of several people sharing a surname whose first name starts with the initial written
        before it ("S.Berdimuhamedov", "S. Japarov", "A.Japarov"), or None."""
        if len(names) < 2:
            return None
        glued = GLUED_INITIALS.match(span.text)
        if glued is not None:
            initial = span.text[0]
        else:
            found = _initials_before(doc_text(doc), token_offsets(doc)[span.start])
            if found is None:
                # "Kurbankulu Berdimuhammedov", "Akilbek Japarov": a given name in another transliteration
                before = doc[span.start - 1].text if span.start > 0 else ""
                return _given_name_of(before, tuple(names)) if len(before) >= 4 and before.istitle() else None
            initial = found.group(0).lstrip()[0]
        fitting = [n for n in names if n[:1] == initial]
        return fitting[0] if len(fitting) == 1 else None

    @staticmethod
    def _resolve_titles(doc, mentions, kb, date, index):
        """Give a person to title-only mentions: office holder, coreference, or the source state's leader."""
        source = get_ext(doc, "source_state")
        if source is not None and source not in CENTRAL_ASIA:
            named = {p["state"] for p in mentions if p["name"] is not None and p["kind"] != "title" and p["state"]}
            if source not in named and len(named - {source}) >= 2:
                # a foreign agency's report of two other leaders ("TASHKENT (TASS): Mirziyoyev held a call with
                # Erdogan"): its "head of state" is one of them, not the agency's own president
                source = None
        for i, m in enumerate(mentions):
            if m["name"] is not None:
                continue
            role, state = m["role"], m["state"]
            previous = [p for p in mentions[:i] if p["name"] is not None]
            if role == "counterpart":
                # the counterpart has the role of the official it is the counterpart of
                others = [p for p in reversed(previous) if p["state"] != state and p["role"] != "other"]
                if others and others[0]["kind"] == "group":
                    # "... the agreements reached by the Presidents of Uzbekistan and Kyrgyzstan. The Minister invited
                    # his Kyrgyz colleague": a group of an earlier sentence is no one's counterpart here; the
                    # official named singly before it is
                    lw = token_lower(doc)
                    single = [p for p in others if p["kind"] != "group" or not any(
                        w in (".", "!", "?") or "\n" in w for w in lw[p["end"]:m["start"]]
                    )]
                    others = single or others
                nearest = next((p for p in reversed(previous) if p["state"] != state), None)
                if not others and nearest is not None and nearest["role"] == "other":
                    # with no head of state, government or foreign ministry named before, a speaker's or a deputy's
                    # counterpart is no office holder the knowledge base knows: the one named right after the title
                    # ("his Russian counterpart Speaker of the State Duma X"), or nobody
                    named = next((p for p in mentions[i + 1:] if p["name"] is not None and p["state"] == state
                                  and m["end"] <= p["start"] <= m["end"] + 2), None)
                    if named is not None:
                        m.update({k: named[k] for k in ("name", "role", "in_kb", "in_office")})
                        m["coreferent"] = True
                    continue
                role = others[0]["role"] if others else "president"
                m["role"] = role
            if state is None and m.get("source_title") and source is not None:
                state = source
            if state is None:
                same_role = [p for p in reversed(previous) if p["role"] == role and p["state"]]
                if same_role:
                    m.update({k: same_role[0][k] for k in ("name", "state", "in_kb", "in_office")})
                    m["coreferent"] = True
                    continue
                state = source
                if state is None and m.get("source_title"):
                    # "Astana, 18 March -- The Head of State had a telephone conversation with President of Tajikistan
                    # X": the head of the Central Asian state whose place heads the text (none of its officials named)
                    dateline = _dateline_place(doc, index, token_offsets(doc))
                    if dateline is not None and dateline[0] in CENTRAL_ASIA and not any(
                        p["name"] is not None and p["state"] == dateline[0] for p in mentions
                    ):
                        state = dateline[0]
                if state is None and _followed_by_a_name(doc, m["end"], mentions):
                    continue  # "President Ellen Johnson Sirleaf has sent a message to the President of X": hers
                if state is None:
                    later = [p for p in mentions[i + 1:] if p["name"] is not None and p["role"] == role and p["state"]
                             and not _passed_on_from(token_lower(doc), p["start"])]
                    between = token_lower(doc)[m["end"]:later[0]["start"]] if later else []
                    other_party = not _OTHER_PARTY_BEFORE.isdisjoint(between) and not any(
                        w in (".", "!", "?") or "\n" in w for w in between
                    )
                    if other_party and "with" in between:
                        # "The Head of State had a telephone conversation with President of Uzbekistan X":
                        # the one named after "with" is the other party, not the title's holder
                        continue
                    if later and not other_party:
                        m.update({k: later[0][k] for k in ("name", "state", "in_kb", "in_office")})
                        m["coreferent"] = True
                        continue
                if state is None and role in ("president", "prime_minister") and m["kind"] == "title" and not (
                    m["end"] < len(doc) and token_lower(doc)[m["end"]] in ("of", "for")
                ):  # (not "the President of a group of companies")
                    # "The Head of State received the Foreign Minister of Hungary X, who is in Astana": with no
                    # source, the host is the one state the text names besides the named officials' own
                    state = _only_other_state(doc, mentions)
                if state is None and m["kind"] == "title" and (role in ("president", "prime_minister") or m.get("nation_leader")):
                    # "the Leader of the Nation received the President of Turkmenistan, who arrived in Dushanbe": the
                    # host is the state of the capital the guest arrived in
                    state = _host_capital_state(doc, mentions)
            if m.get("nation_leader"):
                # "the Leader of the Nation": the one of them the text names ("the Leader of the Nation, the President
                # of Tajikistan Emomali Rahmon" in a Kazinform reprint), else Rahmon in a Tajik source, Nazarbayev in
                # a Kazakh one (president or not)
                named = {p["name"] for p in mentions if p["name"] in NATION_LEADERS.values() and p is not m}
                if len(named) == 1:
                    state = next(k for k, v in NATION_LEADERS.items() if v in named)
                if state in NATION_LEADERS:
                    leader = NATION_LEADERS[state]
                    held = kb.role_on(leader, date) if date is not None else None
                    m.update({"name": leader, "state": state, "in_kb": True, "in_office": True if date else None,
                              "role": held[0] if held else m["role"]})
                    continue
            if state is None:
                continue
            holder = kb.holder(state, role, date)
            if holder is None:
                continue
            if date is not None and m["kind"] == "title":
                # "the death of Iranian President Ebrahim Raisi ... The Iranian President and the delegation were
                # confirmed dead" (the day after): the one the text named with this title, not the day's holder
                named = {p["name"] for p in previous if p["kind"] != "title" and p["role"] == role
                         and p["state"] == state and _left_office_lately(kb, p["name"], state, role, date)}
                if len(named) == 1 and holder not in named and not any(p["name"] == holder for p in mentions):
                    earlier = next(p for p in reversed(previous) if p["name"] in named)
                    m.update({k: earlier[k] for k in ("name", "state", "in_kb", "in_office")})
                    m["coreferent"] = True
                    continue
            m.update({"name": holder, "state": state, "in_kb": True, "in_office": True if date else None})
