"""The knowledge base: data integrity and date-aware resolution."""

import datetime as dt
import itertools

import pytest

from canlp.kb import load_kb, normalize, parse_date
from canlp.labels import CENTRAL_ASIA, ROLES

KB = load_kb()
MONTHLY = [dt.date(y, m, 1) for y in range(2010, 2027) for m in range(1, 13)]


def test_every_tenure_names_a_known_role_state_and_ordered_dates():
    for t in KB.tenures:
        assert t.role in ROLES, t
        assert t.state is None or KB.is_state(t.state), t
        assert t.start is not None, t
        assert t.end is None or t.end > t.start, t


def test_tenures_of_one_office_in_one_state_never_overlap():
    offices = {}
    for t in KB.tenures:
        if t.role != "other" and t.state is not None:
            offices.setdefault((t.state, t.role), []).append(t)
    overlaps = []
    for key, tenures in offices.items():
        for a, b in itertools.combinations(tenures, 2):
            a_end = a.end or dt.date.max
            b_end = b.end or dt.date.max
            if a.start < b_end and b.start < a_end:
                overlaps.append((key, a.name, b.name))
    assert overlaps == []


@pytest.mark.parametrize("role", ["president", "foreign_minister"])
@pytest.mark.parametrize("state", CENTRAL_ASIA)
def test_central_asian_office_holder_known_every_month_since_2012(state, role):
    missing = [d for d in MONTHLY if d.year >= 2012 and KB.holder(state, role, d) is None]
    assert missing == []


def test_every_alias_belongs_to_exactly_one_person():
    shared = {normalize(s) for info in KB.shared_surnames.values() for s in info.get("variants", [])}
    shared |= {normalize(s) for s in KB.shared_surnames}
    ambiguous = {
        alias: names for alias, names in KB.aliases().items() if len(names) != 1 and alias not in shared
    }
    assert ambiguous == {}


def test_every_alias_resolves_to_exactly_one_person_on_every_date():
    for alias in KB.aliases():
        for date in MONTHLY[::6]:
            resolved = KB.resolve(alias, date)
            assert isinstance(resolved, str) and resolved in KB.persons, (alias, date)


@pytest.mark.parametrize(
    "alias, date, role, expected",
    [
        ("Tokaev", "2020-05-01", None, "Kassym-Jomart Tokayev"),
        ("Toqayev", "2023-01-01", None, "Kassym-Jomart Tokayev"),
        ("Zhaparov", "2021-03-01", None, "Sadyr Japarov"),
        ("Djaparov", "2022-06-01", "prime_minister", "Akylbek Japarov"),
        ("Japarov", "2022-06-01", "president", "Sadyr Japarov"),
        ("Rakhmon", "2015-01-01", None, "Emomali Rahmon"),
        ("Rahmonov", "2012-01-01", None, "Emomali Rahmon"),
        ("Berdymukhamedov", "2021-07-01", None, "Gurbanguly Berdimuhamedov"),
        ("Berdimuhamedow", "2022-04-01", None, "Serdar Berdimuhamedov"),
        ("Berdimuhamedov", "2023-05-01", "other", "Gurbanguly Berdimuhamedov"),
        ("Mirziyoev", "2019-01-01", None, "Shavkat Mirziyoyev"),
        ("Mirzijojev", "2019-01-01", None, "Shavkat Mirziyoyev"),
        ("Nazarbaev", "2015-01-01", None, "Nursultan Nazarbayev"),
        ("Zheenbekov", "2018-01-01", None, "Sooronbay Jeenbekov"),
        ("Atambaev", "2014-01-01", None, "Almazbek Atambayev"),
        ("Komilov", "2018-01-01", None, "Abdulaziz Kamilov"),
        ("Aslov", "2015-01-01", None, "Sirojiddin Muhriddin"),
        ("Mukhriddin", "2020-01-01", None, "Sirojiddin Muhriddin"),
        ("Tleuberdi", "2021-01-01", None, "Mukhtar Tileuberdi"),
        ("Kulubayev", "2023-01-01", None, "Jeenbek Kulubaev"),
        ("Meredow", "2016-01-01", None, "Rashid Meredov"),
        ("Erdoğan", "2020-01-01", None, "Recep Tayyip Erdogan"),
        ("Sharif", "2015-01-01", None, "Nawaz Sharif"),
        ("Sharif", "2024-06-01", None, "Shehbaz Sharif"),
    ],
)
def test_alias_resolution_by_date_and_role(alias, date, role, expected):
    assert KB.resolve(alias, parse_date(date), role=role) == expected


@pytest.mark.parametrize(
    "state, role, date, expected",
    [
        ("UZB", "president", "2015-06-01", "Islam Karimov"),
        ("UZB", "president", "2019-06-01", "Shavkat Mirziyoyev"),
        ("UZB", "prime_minister", "2015-06-01", "Shavkat Mirziyoyev"),
        ("UZB", "foreign_minister", "2022-10-01", "Vladimir Norov"),
        ("UZB", "foreign_minister", "2023-02-01", "Bakhtiyor Saidov"),
        ("TKM", "president", "2021-06-01", "Gurbanguly Berdimuhamedov"),
        ("TKM", "president", "2023-06-01", "Serdar Berdimuhamedov"),
        ("TKM", "prime_minister", "2023-06-01", None),
        ("KAZ", "president", "2019-03-19", "Nursultan Nazarbayev"),
        ("KAZ", "president", "2019-03-20", "Kassym-Jomart Tokayev"),
        ("KAZ", "foreign_minister", "2025-10-01", "Yermek Kosherbayev"),
        ("KGZ", "president", "2020-12-01", "Talant Mamytov"),
        ("KGZ", "prime_minister", "2025-03-01", "Adylbek Kasymaliev"),
        ("TJK", "foreign_minister", "2012-01-01", "Hamrokhon Zarifi"),
        ("CHN", "foreign_minister", "2023-05-01", "Qin Gang"),
        ("USA", "president", "2022-01-01", "Joe Biden"),
    ],
)
def test_office_holder_on_a_date(state, role, date, expected):
    assert KB.holder(state, role, parse_date(date)) == expected


def test_nazarbayev_after_march_2019_is_other():
    assert KB.role_on("Nursultan Nazarbayev", parse_date("2020-01-01")) == ("other", "KAZ")
    assert KB.role_on("Nursultan Nazarbayev", parse_date("2018-01-01")) == ("president", "KAZ")


@pytest.mark.parametrize(
    "code, form",
    [
        ("KAZ", "Kazakhstani"), ("KAZ", "Nur-Sultan"), ("KAZ", "Akmola"), ("KGZ", "Kirghizia"),
        ("KGZ", "Kirghiz"), ("TJK", "Tadjik"), ("TKM", "Turkmenia"), ("UZB", "Uzbekistani"),
        ("USA", "American"), ("CHN", "Chinese"),
    ],
)
def test_state_surface_forms(code, form):
    state = KB.state(code)
    assert form in state.names + state.adjectives + state.former_names + state.capitals


def test_iso_names_come_from_pycountry():
    assert KB.state("KGZ").official_name == "Kyrgyz Republic"
    assert KB.state("DEU").kind == "state"
    assert KB.state("SCO").kind == "organisation"


@pytest.mark.parametrize(
    "state, date, expected",
    [
        ("IND", "2019-06-14", "prime_minister"),
        ("UZB", "2019-06-14", "president"),
        ("ARM", "2016-01-01", "president"),
        ("ARM", "2019-12-20", "prime_minister"),
        ("TUR", "2013-05-01", "prime_minister"),
        ("TUR", "2020-05-01", "president"),
    ],
)
def test_leader_role_is_the_head_of_government_in_parliamentary_states(state, date, expected):
    assert KB.leader_role(state, parse_date(date)) == expected
