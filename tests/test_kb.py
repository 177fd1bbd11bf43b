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
        ("Abdulla Oripov", "2019-05-10", None, "Abdulla Aripov"),  # Uzbek Latin spelling
        ("Nikolai Udovichenko", "2019-05-10", None, "Nikolay Udovichenko"),  # an ambassador (session 6 additions)
        ("Sarbayev", "2010-04-03", None, "Kadyrbek Sarbaev"),  # Kyrgyz foreign minister before April 2010
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
        # partner states and the years the widened knowledge base covers
        ("KGZ", "president", "2010-01-10", "Kurmanbek Bakiyev"),
        ("MNG", "foreign_minister", "2018-05-01", "Damdin Tsogtbaatar"),
        ("MNG", "prime_minister", "2015-05-01", "Chimediin Saikhanbileg"),
        ("KOR", "prime_minister", "2018-05-01", "Lee Nak-yon"),
        ("FRA", "prime_minister", "2021-05-01", "Jean Castex"),
        ("GBR", "foreign_minister", "2020-05-01", "Dominic Raab"),
        ("GBR", "president", "2020-05-01", "Elizabeth II"),
        ("ITA", "prime_minister", "2019-05-01", "Giuseppe Conte"),
        ("EGY", "foreign_minister", "2016-05-01", "Sameh Shoukry"),
        ("MAR", "prime_minister", "2019-05-01", "Saadeddine Othmani"),
        ("AFG", "foreign_minister", "2017-05-01", "Salahuddin Rabbani"),
        ("AFG", "president", "2023-05-01", "Hibatullah Akhundzada"),
        ("PAK", "foreign_minister", "2018-01-10", "Khawaja Muhammad Asif"),
        ("IRN", "foreign_minister", "2012-05-01", "Ali Akbar Salehi"),
        ("IND", "foreign_minister", "2011-05-01", "S. M. Krishna"),
        ("VNM", "president", "2017-05-01", "Tran Dai Quang"),
        ("MYS", "prime_minister", "2019-05-01", "Mahathir Mohamad"),
        ("QAT", "foreign_minister", "2014-05-01", "Khalid bin Mohammad Al Attiyah"),
        ("KWT", "prime_minister", "2015-05-01", "Jaber Al-Mubarak Al-Hamad Al-Sabah"),
        ("GEO", "foreign_minister", "2016-05-01", "Mikheil Janelidze"),
        # the years before the knowledge base's first Central Asian entries (session 13)
        ("KGZ", "president", "2004-05-01", "Askar Akayev"),
        ("KGZ", "president", "2005-04-01", "Kurmanbek Bakiyev"),
        ("KGZ", "prime_minister", "2001-05-01", "Kurmanbek Bakiyev"),
        ("KGZ", "prime_minister", "2003-05-01", "Nikolai Tanayev"),
        ("KGZ", "prime_minister", "2006-05-01", "Feliks Kulov"),
        ("KGZ", "prime_minister", "2007-02-15", "Azim Isabekov"),
        ("UZB", "prime_minister", "2000-05-01", "Utkir Sultanov"),
        ("KAZ", "prime_minister", "2002-05-01", "Imangali Tasmagambetov"),
        # corrected or added in session 17 from the public record
        ("KGZ", "foreign_minister", "2018-07-21", "Erlan Abdyldayev"),  # resigned 2018-10-12
        ("KGZ", "foreign_minister", "2018-11-01", "Chingiz Aidarbekov"),
        ("KGZ", "foreign_minister", "2012-09-20", "Erlan Abdyldayev"),
        ("KGZ", "foreign_minister", "2007-03-01", "Ednan Karabayev"),
        ("KGZ", "foreign_minister", "2006-05-01", "Alikbek Jekshenkulov"),
        ("KGZ", "prime_minister", "2011-12-10", "Omurbek Babanov"),
        ("KGZ", "prime_minister", "2007-12-10", "Iskenderbek Aidaraliyev"),
        ("UZB", "foreign_minister", "2005-06-01", "Elyor Ganiev"),
        ("UZB", "foreign_minister", "2006-06-01", "Elyor Ganiev"),
        ("USA", "foreign_minister", "2018-04-10", "John Sullivan"),
        ("JPN", "foreign_minister", "2009-01-15", "Hirofumi Nakasone"),
        ("KOR", "prime_minister", "2009-01-15", "Han Seung-soo"),
        ("PSE", "president", "2023-08-29", "Mahmoud Abbas"),
        ("PSE", "foreign_minister", "2023-08-29", "Riyad al-Maliki"),
        ("GEO", "foreign_minister", "2008-07-01", "Eka Tkeshelashvili"),
        ("GEO", "president", "2007-12-15", "Nino Burjanadze"),
        ("UKR", "foreign_minister", "2010-01-15", "Petro Poroshenko"),
        ("MNG", "foreign_minister", "2009-01-15", "Sukhbaataryn Batbold"),
        ("EGY", "foreign_minister", "2011-07-01", "Mohamed el-Orabi"),
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


@pytest.mark.parametrize(
    "text, date, name, role, state",
    [
        # speakers and other Central Asian officials
        ("Nurberdiyeva", "2015-06-01", "Akja Nurberdiyeva", "other", "TKM"),
        ("Gulmanova", "2024-01-10", "Dunyagozel Gulmanova", "other", "TKM"),
        ("Narbayeva", "2021-03-01", "Tanzila Narbaeva", "other", "UZB"),
        ("Nuriddin Ismoilov", "2022-03-01", "Nurdinjon Ismoilov", "other", "UZB"),
        ("Ashimbayev", "2023-03-01", "Maulen Ashimbayev", "other", "KAZ"),
        ("Nigmatullin", "2018-03-01", "Nurlan Nigmatulin", "other", "KAZ"),
        ("Koshanov", "2024-03-01", "Yerlan Koshanov", "other", "KAZ"),
        ("Dariga Nazarbayeva", "2019-09-01", "Dariga Nazarbayeva", "other", "KAZ"),
        ("Zokirzoda", "2022-03-01", "Mahmadtoir Zokirzoda", "other", "TJK"),
        ("Zukhurov", "2015-03-01", "Shukurjon Zuhurov", "other", "TJK"),
        ("Shakiev", "2023-03-01", "Nurlanbek Turgunbek uulu", "other", "KGZ"),
        ("Jeenbekov", "2014-03-01", "Asylbek Jeenbekov", "other", "KGZ"),
        ("Jeenbekov", "2019-03-01", "Sooronbay Jeenbekov", "president", "KGZ"),
        ("Berdimuhamedov", "2024-03-01", "Serdar Berdimuhamedov", "president", "TKM"),
        ("Kassym-Jomart Tokayev", "2012-06-01", "Kassym-Jomart Tokayev", "other", None),
        # surname first, initials
        ("Meredov Rashid", "2016-05-01", "Rashid Meredov", "foreign_minister", "TKM"),
        ("R. Meredov", "2016-05-01", "Rashid Meredov", "foreign_minister", "TKM"),
        ("R.O. Meredov", "2016-05-01", "Rashid Meredov", "foreign_minister", "TKM"),
        ("Mirziyoyev Shavkat", "2020-05-01", "Shavkat Mirziyoyev", "president", "UZB"),
        ("B. Battsetseg", "2022-05-01", "Battsetseg Batmunkh", "foreign_minister", "MNG"),
        # partner states
        ("Battsetseg", "2023-05-01", "Battsetseg Batmunkh", "foreign_minister", "MNG"),
        ("Purevsuren", "2015-05-01", "Lundeg Purevsuren", "foreign_minister", "MNG"),
        ("Oyun-Erdene", "2022-05-01", "Luvsannamsrain Oyun-Erdene", "prime_minister", "MNG"),
        ("Elbegdorj", "2015-05-01", "Tsakhiagiin Elbegdorj", "president", "MNG"),
        ("Manturov", "2023-05-01", "Denis Manturov", "other", "RUS"),
        ("Denis Manturov", "2025-01-10", "Denis Manturov", "other", "RUS"),
        ("Overchuk", "2022-05-01", "Alexei Overchuk", "other", "RUS"),
        ("King Mohammed VI", "2019-05-01", "Mohammed VI", "president", "MAR"),
        ("Bourita", "2019-05-01", "Nasser Bourita", "foreign_minister", "MAR"),
        ("Okada", "2010-08-07", "Katsuya Okada", "foreign_minister", "JPN"),
        ("Naoto Kan", "2011-01-10", "Naoto Kan", "prime_minister", "JPN"),
        ("Han Duck-soo", "2023-05-01", "Han Duck-soo", "prime_minister", "KOR"),
        ("Mottaki", "2010-05-01", "Manouchehr Mottaki", "foreign_minister", "IRN"),
        ("Mokhber", "2024-06-10", "Mohammad Mokhber", "president", "IRN"),
        ("Mullah Baradar", "2022-05-01", "Abdul Ghani Baradar", "other", "AFG"),
        ("Atmar", "2020-06-01", "Mohammad Hanif Atmar", "foreign_minister", "AFG"),
        ("Hina Rabbani Khar", "2012-05-01", "Hina Rabbani Khar", "foreign_minister", "PAK"),
        ("Ryzhenkov", "2025-05-01", "Maxim Ryzhenkov", "foreign_minister", "BLR"),
        ("Aleinik", "2023-05-01", "Sergei Aleinik", "foreign_minister", "BLR"),
        ("Le Drian", "2019-05-01", "Jean-Yves Le Drian", "foreign_minister", "FRA"),
        ("Jean-Marc Ayrault", "2013-05-01", "Jean-Marc Ayrault", "prime_minister", "FRA"),
        ("Jean-Marc Ayrault", "2016-05-01", "Jean-Marc Ayrault", "foreign_minister", "FRA"),
        ("Boris Johnson", "2017-05-01", "Boris Johnson", "foreign_minister", "GBR"),
        ("Tajani", "2024-05-01", "Antonio Tajani", "foreign_minister", "ITA"),
        ("Mohammed bin Rashid", "2020-05-01", "Mohammed bin Rashid Al Maktoum", "prime_minister", "ARE"),
        ("Sheikh Mohammed bin Abdulrahman Al Thani", "2024-05-01", "Mohammed bin Abdulrahman Al Thani",
         "prime_minister", "QAT"),
        ("Shoukry", "2020-05-01", "Sameh Shoukry", "foreign_minister", "EGY"),
        ("Badr Albusaidi", "2022-05-01", "Badr Albusaidi", "foreign_minister", "OMN"),
        ("Anwar Ibrahim", "2024-05-01", "Anwar Ibrahim", "prime_minister", "MYS"),
        ("Retno Marsudi", "2020-05-01", "Retno Marsudi", "foreign_minister", "IDN"),
        ("Jokowi", "2020-05-01", "Joko Widodo", "president", "IDN"),
        ("Nguyen Xuan Phuc", "2018-05-01", "Nguyen Xuan Phuc", "prime_minister", "VNM"),
        ("Nguyễn Xuân Phúc", "2022-05-01", "Nguyen Xuan Phuc", "president", "VNM"),
        ("Darchiashvili", "2023-05-01", "Ilia Darchiashvili", "foreign_minister", "GEO"),
        ("Ara Ayvazyan", "2021-02-01", "Ara Aivazian", "foreign_minister", "ARM"),
        # heads of international organisations
        ("Bordyuzha", "2015-05-01", "Nikolai Bordyuzha", "other", None),
        ("Tasmagambetov", "2024-05-01", "Imangali Tasmagambetov", "other", None),
        ("Sagintayev", "2025-05-01", "Bakhytzhan Sagintayev", "other", None),
        ("Sagintayev", "2017-05-01", "Bakhytzhan Sagintayev", "prime_minister", "KAZ"),
        ("Lebedev", "2020-05-01", "Sergei Lebedev", "other", None),
        ("Rashid Alimov", "2017-05-01", "Rashid Alimov", "other", None),
        ("Sinirlioglu", "2025-05-01", "Feridun Sinirlioglu", "other", None),
        ("Georgieva", "2022-05-01", "Kristalina Georgieva", "other", None),
        ("Asakawa", "2022-05-01", "Masatsugu Asakawa", "other", None),
        ("Renaud-Basso", "2022-05-01", "Odile Renaud-Basso", "other", None),
        ("Tashiev", "2023-05-01", "Kamchybek Tashiev", "other", "KGZ"),
        ("Ghalibaf", "2021-05-01", "Mohammad Bagher Ghalibaf", "other", "IRN"),
        ("Kurtulmus", "2024-05-01", "Numan Kurtulmus", "other", "TUR"),
        ("Binali Yildirim", "2018-10-01", "Binali Yildirim", "other", "TUR"),
        ("Kochanova", "2022-05-01", "Natalya Kochanova", "other", "BLR"),
        ("El-Enany", "2026-01-10", "Khaled El-Enany", "other", None),
    ],
)
def test_widened_lookups_resolve_to_person_role_and_state(text, date, name, role, state):
    day = parse_date(date)
    assert KB.resolve(text, day) == name
    assert KB.role_on(name, day) == (role, state)


@pytest.mark.parametrize(
    "organisation, office, date, expected",
    [
        ("CSTO", "secretary general", "2021-05-01", "Stanislav Zas"),
        ("CSTO", "secretary general", "2026-02-01", "Taalatbek Masadykov"),
        ("SCO", "secretary general", "2014-05-01", "Dmitry Mezentsev"),
        ("OSCE", "secretary general", "2018-05-01", "Thomas Greminger"),
        ("EAEU", "chairman of the board", "2021-05-01", "Mikhail Myasnikovich"),
        ("WB", "president", "2020-05-01", "David Malpass"),
        ("ADB", "president", "2015-05-01", "Takehiko Nakao"),
        ("SCO", "secretary general", "2008-05-01", "Bolat Nurgaliyev"),  # added in session 17
        ("OSCE", "secretary general", "2009-05-01", "Marc Perrin de Brichambaut"),
        ("CIS", "executive secretary", "2006-05-01", "Vladimir Rushailo"),
        ("UN", "secretary-general", "2005-05-01", "Kofi Annan"),
    ],
)
def test_widened_organisation_heads(organisation, office, date, expected):
    assert KB.organisation_head(organisation, office, parse_date(date)) == expected


@pytest.mark.parametrize(
    "spelling, expected",
    [
        ("Muhammad bin Abdurahman Al Thani", ["Mohammed bin Abdulrahman Al Thani"]),
        ("Muhammad bin Salman", ["Mohammed bin Salman"]),
        ("Mohamed bin Zayed Al Nahyan", ["Mohamed bin Zayed Al Nahyan"]),
        ("Muhammad", []),  # a given name alone is nobody's name
    ],
)
def test_arabic_romanisations_of_a_known_name(spelling, expected):
    assert KB.candidates(spelling) == expected
