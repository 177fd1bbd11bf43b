"""Knowledge base of states, organisations and officials.

Data files live in ``canlp/data`` and are read with :mod:`importlib.resources`:

- ``states.json``: what pycountry lacks (adjectives, demonyms, everyday and
  former names, capitals) plus international organisations;
- ``tenures.csv``: one row per person per office held, with dates;
- ``persons.json``: canonical names and the spellings seen in English sources;
- ``shared_surnames.json``: surnames that several people share (father and son
  Berdimuhamedov, Sadyr and Akylbek Japarov) and how a bare one is resolved.
- ``memberships.json``: the member states of the organisations whose summits
  Central Asian leaders attend (SCO, CSTO, EAEU, ...), with the days they joined
  and left.

ISO 3166-1 codes and standard names come from pycountry, not from our files.
"""

import csv
import datetime as dt
import functools
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field

from canlp.labels import CENTRAL_ASIA, ROLE_RANK, ROLES

__all__ = ["KnowledgeBase", "State", "Person", "Tenure", "load_kb", "normalize", "parse_date"]


@functools.lru_cache(maxsize=16384)
def normalize(text):
    """Fold a surface form for lookup: strip diacritics, unify quotes and dashes, casefold.

    Example:
        >>> normalize("Erdoğan"), normalize("O‘zbekiston"), normalize("Kyrgyz–Tajik"), normalize("Erdoðan")
        ('erdogan', "o'zbekiston", 'kyrgyz-tajik', 'erdogan')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[\u2018\u2019\u02bb\u02bc`´]", "'", text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("ı", "i").translate(_TURKISH_MOJIBAKE)
    return re.sub(r"\s+", " ", text).strip().casefold()


#: Turkish letters read in the wrong code page (windows-1254 text shown as windows-1252): "Erdoðan" is
#: "Erdoğan", "Beþir" "Beşir". Not "ý" for "ı" ("Aydýn"): Turkmen writes "ý" ("Ýagşygeldi"), which must keep
#: matching the English "y" (accents are stripped before this table, so "Aydýn" reads "aydyn").
_TURKISH_MOJIBAKE = str.maketrans({"ð": "g", "Ð": "G", "þ": "s", "Þ": "S"})


#: Romanisations of one Arabic given name: a name written with one of them is written with the others too
#: ("Muhammad bin Abdurahman Al Thani" for "Mohammed bin Abdulrahman Al Thani").
ARABIC_SPELLINGS = (
    ("mohammed", "muhammad", "mohammad", "mohamed", "mohamad", "muhammed"),
    ("abdulrahman", "abdurahman", "abdelrahman", "abdurrahman", "abdul rahman"),
    ("abdulaziz", "abdelaziz", "abdul aziz"),
    ("abdullah", "abdallah"),
    ("ahmed", "ahmad"),
    ("khalid", "khaled"),
    ("hussein", "hussain"),
)
_SPELLING_OF = {form: group for group in ARABIC_SPELLINGS for form in group}


def spelling_variants(alias, most=60):
    """Other romanisations of a normalised name of three words or more, by :data:`ARABIC_SPELLINGS` (at
    most ``most``; shorter names are left alone, where a variant is likelier to be someone else's name).

    Example:
        >>> sorted(spelling_variants("mohammed bin salman al saud"))[:3]
        ['mohamad bin salman al saud', 'mohamed bin salman al saud', 'mohammad bin salman al saud']
    """
    words = alias.split(" ")
    if len(words) < 3 or not any(w in _SPELLING_OF for w in words):
        return []
    variants = [""]
    for word in words:
        options = _SPELLING_OF.get(word, (word,))
        variants = [f"{v} {o}".strip() for v in variants for o in options][: most + 1]
    return [v for v in variants if v != alias][:most]


def parse_date(value):
    """Parse ``YYYY-MM-DD`` (or a date) into :class:`datetime.date`; empty gives None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class Tenure:
    """One person holding one office of one state (or organisation) from ``start`` until ``end``.

    ``end`` is the day the successor took over: the office is held on
    ``start <= date < end``; an empty ``end`` means still in office.
    """

    name: str
    state: "str | None"
    role: str
    office: str
    start: "dt.date | None"
    end: "dt.date | None"
    note: str = ""

    def active(self, date):
        """True when the office was held on ``date`` (start inclusive, end exclusive)."""
        if date is None:
            return self.end is None
        if self.start is not None and date < self.start:
            return False
        if self.end is not None and date >= self.end:
            return False
        return True


@dataclass
class Person:
    """A canonical person with the spellings that refer to them."""

    name: str
    aliases: list = field(default_factory=list)
    tenures: list = field(default_factory=list)

    def tenure_on(self, date):
        """The highest-ranked tenure active on ``date`` (None if the person held none)."""
        active = [t for t in self.tenures if t.active(date)]
        if not active:
            return None
        return min(active, key=lambda t: (ROLE_RANK[t.role], t.state is None))  # a state's office before an organisation's

    def latest_tenure(self):
        """The tenure that started last (used when no date is known)."""
        return max(self.tenures, key=lambda t: t.start or dt.date.min) if self.tenures else None


@dataclass
class State:
    """A state (ISO 3166-1 alpha-3 code) or an international organisation."""

    code: str
    kind: str  # "state" | "organisation"
    name: str
    official_name: "str | None" = None
    names: list = field(default_factory=list)
    adjectives: list = field(default_factory=list)
    demonyms: list = field(default_factory=list)
    former_names: list = field(default_factory=list)
    capitals: list = field(default_factory=list)

    @property
    def central_asian(self):
        return self.code in CENTRAL_ASIA


def _read_text(name):
    from canlp.paths import data_text

    return data_text(name)


class KnowledgeBase:
    """States, organisations and officials, with date-aware resolution of names and titles."""

    def __init__(self):
        self.states = {}
        self.organisations = {}
        self.persons = {}
        self.tenures = []
        self.shared_surnames = {}
        self._alias_index = {}
        self._resolved = {}  # (text, date, role, state) -> resolve(): the same names recur across texts
        self._memberships = None  # organisation -> [(state, joined, left)], read on first use
        self._load_states()
        self._load_officials()

    # ----------------------------------------------------------------- states
    def _load_states(self):
        import pycountry

        extra = json.loads(_read_text("states.json"))
        for country in pycountry.countries:
            code = country.alpha_3
            names = [country.name]
            for attr in ("official_name", "common_name"):
                value = getattr(country, attr, None)
                if value and value not in names:
                    names.append(value)
            self.states[code] = State(
                code=code,
                kind="state",
                name=getattr(country, "common_name", None) or country.name,
                official_name=getattr(country, "official_name", None),
                names=names,
            )
        for code, info in extra["states"].items():
            state = self.states[code]  # KeyError here means a bad ISO code in states.json
            for value in info.get("names", []):
                if value not in state.names:
                    state.names.append(value)
            state.name = info.get("names", [state.name])[0]
            state.adjectives = list(info.get("adjectives", []))
            state.demonyms = list(info.get("demonyms", []))
            state.former_names = list(info.get("former_names", []))
            state.capitals = list(info.get("capitals", []))
        self._leader_periods = {
            code: (parse_date(info.get("since")), parse_date(info.get("until")))
            for code, info in extra.get("leader_is_head_of_government", {}).items()
            if not code.startswith("_")
        }
        for code, info in extra["organisations"].items():
            self.organisations[code] = State(
                code=code,
                kind="organisation",
                name=info["names"][0],
                names=list(info["names"]),
                adjectives=list(info.get("adjectives", [])),
            )

    def leader_role(self, state, date=None):
        """The role of a state's leader on ``date``: ``prime_minister`` where the head of government
        leads (India, Japan, Armenia since 2018...), else ``president``.

        Example:
            >>> kb = load_kb()
            >>> kb.leader_role("IND"), kb.leader_role("UZB"), kb.leader_role("TUR", parse_date("2013-01-01"))
            ('prime_minister', 'president', 'prime_minister')
        """
        period = self._leader_periods.get(state)
        if period is None:
            return "president"
        since, until = period
        if date is not None and ((since and date < since) or (until and date >= until)):
            return "president"
        if date is None and until is not None:
            return "president"
        return "prime_minister"

    def is_state(self, code):
        """True for a valid ISO 3166-1 alpha-3 code."""
        return code in self.states

    def state(self, code):
        """The :class:`State` or organisation for ``code`` (KeyError if unknown)."""
        if code in self.states:
            return self.states[code]
        return self.organisations[code]

    @functools.cached_property
    def capital_states(self):
        """Capital → ISO3 code of every state the knowledge base gives capitals ("Tashkent": "UZB")."""
        return {capital: state.code for state in self.states.values() for capital in state.capitals}

    def detailed_states(self):
        """States with hand-curated surface forms (the ones common in Central Asian diplomacy)."""
        return [s for s in self.states.values() if s.adjectives or s.capitals]

    # -------------------------------------------------------------- officials
    def _load_officials(self):
        persons = json.loads(_read_text("persons.json"))
        for name, info in persons.items():
            self.persons[name] = Person(name=name, aliases=list(info.get("aliases", [])))
        reader = csv.DictReader(io.StringIO(_read_text("tenures.csv")))
        for row in reader:
            tenure = Tenure(
                name=row["name"],
                state=row["state"] or None,
                role=row["role"],
                office=row["office"],
                start=parse_date(row["start"]),
                end=parse_date(row["end"]),
                note=row.get("note") or "",
            )
            if tenure.name not in self.persons:
                self.persons[tenure.name] = Person(name=tenure.name)
            self.persons[tenure.name].tenures.append(tenure)
            self.tenures.append(tenure)
        #: The latest day the knowledge base knows of (a start or an end of office): "today" for it.
        self.horizon = max(d for t in self.tenures for d in (t.start, t.end) if d is not None)
        self._offices = {}
        for tenure in self.tenures:
            self._offices.setdefault((tenure.state, tenure.role), []).append(tenure)
        shared = json.loads(_read_text("shared_surnames.json"))
        self.shared_surnames = {k: v for k, v in shared.items() if not k.startswith("_")}
        for person in self.persons.values():
            for alias in [person.name, *person.aliases]:
                self._alias_index.setdefault(normalize(alias), set()).add(person.name)
        for surname, info in self.shared_surnames.items():
            for form in [surname, *info.get("variants", [])]:
                self._alias_index.setdefault(normalize(form), set()).update(info["people"])
        for alias, names in list(self._alias_index.items()):
            for variant in spelling_variants(alias):
                self._alias_index.setdefault(variant, set()).update(names)

    def person(self, name):
        """The :class:`Person` with canonical ``name`` (KeyError if unknown)."""
        return self.persons[name]

    def aliases(self):
        """Every known spelling (canonical names, aliases, shared surnames) → canonical names."""
        return {alias: sorted(names) for alias, names in self._alias_index.items()}

    def candidates(self, text):
        """Canonical names that the spelling ``text`` may refer to (possibly several)."""
        return sorted(self._alias_index.get(normalize(text), ()))

    def holders(self, state, role, date):
        """Tenures of ``role`` for ``state`` active on ``date`` (several only for bad data)."""
        return [t for t in self._offices.get((state, role), ()) if t.active(date)]

    def holder(self, state, role, date):
        """The person holding ``role`` in ``state`` on ``date``, or None.

        With ``date`` None, the latest holder of that office is returned.

        Example:
            >>> kb = load_kb()
            >>> kb.holder("UZB", "president", parse_date("2015-05-01"))
            'Islam Karimov'
            >>> kb.holder("TKM", "president", parse_date("2023-05-01"))
            'Serdar Berdimuhamedov'
        """
        if date is None:
            tenures = self._offices.get((state, role), [])
            if not tenures:
                return None
            return max(tenures, key=lambda t: (t.end is None, t.end or dt.date.max, t.start or dt.date.min)).name
        found = self.holders(state, role, date)
        return found[0].name if found else None

    def resolve(self, text, date=None, role=None, state=None):
        """Resolve a spelling to one canonical person, using date, role and state cues.

        Among the candidates for ``text``: keep those of ``state`` (if given),
        then those holding ``role`` on ``date`` (if given), then those holding
        any office on ``date``; ties go to the higher office. Returns None when
        nothing matches.

        Example:
            >>> kb = load_kb()
            >>> kb.resolve("Berdymukhamedov", parse_date("2019-06-01"))
            'Gurbanguly Berdimuhamedov'
            >>> kb.resolve("Berdymukhamedov", parse_date("2023-06-01"))
            'Serdar Berdimuhamedov'
            >>> kb.resolve("Japarov", parse_date("2023-01-10"), role="prime_minister")
            'Akylbek Japarov'
        """
        key = (text, date, role, state)
        if key not in self._resolved:
            if len(self._resolved) > 100_000:
                self._resolved.clear()  # bound the memory of long runs
            self._resolved[key] = self._resolve(text, date, role, state)
        return self._resolved[key]

    def _resolve(self, text, date, role, state):
        names = self.candidates(text)
        if not names:
            return None
        people = [self.persons[n] for n in names]
        if state is not None:
            people = [p for p in people if any(t.state == state for t in p.tenures)] or people
        if len(people) == 1:
            return people[0].name

        def rank(person):
            tenure = person.tenure_on(date) if date is not None else person.latest_tenure()
            if tenure is None:
                return (2, len(ROLES), person.name)
            role_match = 0 if (role is None or tenure.role == role) else 1
            return (role_match, ROLE_RANK[tenure.role], person.name)

        return min(people, key=rank).name

    def organisation_head(self, organisation, office, date):
        """The person holding ``office`` ("secretary general", "director general") of an international
        organisation on ``date`` (the latest holder when ``date`` is None), or None.

        Example:
            >>> load_kb().organisation_head("OTS", "secretary general", parse_date("2020-04-10"))
            'Baghdad Amreyev'
        """
        office = office.replace("-", " ")
        found = [
            t for t in self._offices.get((None, "other"), ())
            if t.note == organisation and office in t.office.lower().replace("-", " ")
        ]
        if date is None:
            found = [t for t in found if t.end is None]
        else:
            found = [t for t in found if t.active(date)]
        if len(found) > 1:
            # the office itself before a deputy's or an envoy's that names it ("Special Representative of the UN
            # Secretary-General for Central Asia" beside "Secretary-General of the United Nations")
            found = [t for t in found if t.office.lower().replace("-", " ").startswith(office)] or found
        return found[0].name if len(found) == 1 else None

    def office_holder(self, state, office, date):
        """The one person of ``state`` whose office of role ``other`` contains ``office`` ("mazhilis",
        "senate of the oliy majlis") on ``date`` (the one in office now, with no end day, when ``date`` is
        None), or None when nobody or several do.

        Example:
            >>> load_kb().office_holder("TKM", "mejlis", parse_date("2020-05-06"))
            'Gulshat Mammedova'
        """
        found = [t for t in self._offices.get((state, "other"), ()) if office in t.office.lower()]
        if date is None:
            found = [t for t in found if t.end is None]
        else:
            found = [t for t in found if t.active(date)]
        return found[0].name if len({t.name for t in found}) == 1 else None

    def members(self, organisation, date=None):
        """The member states of ``organisation`` on ``date`` (the present members when None), in the data's
        order; empty for an organisation whose membership the knowledge base does not list.

        Example:
            >>> load_kb().members("SCO", parse_date("2016-06-24"))
            ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']
        """
        if self._memberships is None:
            data = json.loads(_read_text("memberships.json"))
            self._memberships = {
                org: [(code, parse_date(start), parse_date(end)) for code, start, end in rows]
                for org, rows in data.items() if not org.startswith("_")
            }
        rows = self._memberships.get(organisation, ())
        if date is None:
            return [code for code, _, end in rows if end is None]
        return [code for code, start, end in rows if start <= date and (end is None or date < end)]

    def role_on(self, name, date):
        """``(role, state)`` that ``name`` held on ``date`` (highest office), or None."""
        person = self.persons.get(name)
        if person is None:
            return None
        tenure = person.tenure_on(date) if date is not None else person.latest_tenure()
        if tenure is None:
            return None
        return tenure.role, tenure.state

    def ever_held(self, name, role, state):
        """True when ``name`` held ``role`` for ``state`` at some time."""
        person = self.persons.get(name)
        return bool(person) and any(t.role == role and t.state == state for t in person.tenures)


@functools.lru_cache(maxsize=1)
def load_kb():
    """The packaged knowledge base, loaded once per process."""
    return KnowledgeBase()
