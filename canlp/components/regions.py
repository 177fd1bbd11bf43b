"""Heads of regions below the state: "Governor of Jiangsu Province Wu Zhenglong", "Akim of Almaty Yerbolat
Dossayev", "Orenburg Governor Denis Pasler", "the President of Tatarstan Rustam Minnikhanov".

Readouts of regional cooperation name a governor, akim or hokim by the region he heads, not by his state,
so neither the titles of ``data/titles.json`` (which need a state) nor the knowledge base (which holds
national officials) find him; without him, his national counterpart looks like one state's official
alone and the contact is lost. ``data/regions.json`` lists regions, provinces and cities by state; an
official titled by one of them is of that state, with role ``other`` (ANNOTATION.md: other officials).

Only a title and a name written together are read ("Governor of X Province NAME", "X Governor NAME"):
a region named alone is a place, never a state mention.
"""

import functools
import re
from itertools import compress

from canlp.paths import data_json

#: Words that may follow a region's name before the name of its head ("Jiangsu Province", "Xinjiang Uygur
#: Autonomous Region", "Samarkand region", "Lebap velayat").
_SUFFIX = (
    r"(?:[ \t]+(?:Uygur|Uyghur|Autonomous|Province|Region|Oblast|Oblys|Krai|Territory|Prefecture|City|Municipality"
    r"|province|region|oblast|velayat|viloyat|city))*"
)
#: Titles of a region's head ("Governor of", "Akim of", "Chairman of the People's Government of").
_HEAD = (
    r"(?:(?:First[ \t]+|Deputy[ \t]+|Vice[- ]?)?(?:[Gg]overnor|[Aa]kim|[Hh]okim|[Kk]hokim|Mayor|Head|President|Rais"
    r"|Party[ \t]+Secretary|Chairman[ \t]+of[ \t]+the[ \t]+People's[ \t]+Government|Secretary[ \t]+of[ \t]+the[ \t]+"
    r"(?:CPC[ \t]+)?(?:Provincial[ \t]+|Regional[ \t]+|Municipal[ \t]+)?(?:Party[ \t]+)?Committee))"
)
#: The same titles written after the region ("Orenburg Governor", "Samarkand region hokim").
_HEAD_AFTER = r"(?:(?:First[ \t]+|Deputy[ \t]+|Vice[- ]?)?(?:[Gg]overnor|[Aa]kim|[Hh]okim|[Kk]hokim|Mayor))"
#: The state after a region's name ("Jiangsu Province of China", "of the Russian Federation").
_OF_STATE = (
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:People's[ \t]+Republic[ \t]+of[ \t]+China|Russian[ \t]+Federation"
    r"|Republic[ \t]+of[ \t]+[A-Z][a-z]+|China|Russia|Kazakhstan|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Korea"
    r"|Turkey|Türkiye|Turkiye|Afghanistan))?"
)
_WORD = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?"
#: Two or three capitalised words ("Wu Zhenglong", "Kim Hyun-su"), after an optional courtesy title.
_NAME = rf"(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|uulu|kyzy)){{1,2}})"


@functools.lru_cache(maxsize=1)
def region_states():
    """Region name -> ISO3 code of its state."""
    return {name: code for code, names in data_json("regions.json").items() for name in names}


@functools.lru_cache(maxsize=1)
def _patterns():
    """The title before the region ("Governor of Jiangsu Province NAME"), after it ("Orenburg Governor NAME"), and
    a region's delegation with its head ("a delegation of X Province headed by Vice Governor NAME")."""
    names = "|".join(re.escape(n) for n in sorted(region_states(), key=len, reverse=True))
    region = rf"(?P<region>{names})\b"
    possessive = r"(?:(?:Russia|China|Kazakhstan|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Korea|Turkey)['’]s[ \t]+)?"
    before = rf"\b{_HEAD}[ \t]+of[ \t]+(?:the[ \t]+)?(?:Republic[ \t]+of[ \t]+)?{possessive}{region}{_SUFFIX}{_OF_STATE},?[ \t]+{_NAME}"
    after = rf"{region}{_SUFFIX}(?:['’]s)?[ \t]+{_HEAD_AFTER}[ \t]+{_NAME}"
    # "a delegation of Gyeonggi Province of the Republic of Korea headed by Vice Governor X", "a delegation of the
    # Uzbek Syrdarya region led by hokim X"
    delegation = (
        rf"\bdelegation[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?{region}{_SUFFIX}{_OF_STATE},?[ \t]+"
        rf"(?:headed|led)[ \t]+by[ \t]+(?:the[ \t]+)?{_HEAD_AFTER}[ \t]+{_NAME}"
    )
    return re.compile(before), re.compile(after), re.compile(delegation)


@functools.lru_cache(maxsize=1)
def region_words():
    """The first word of every region's name ("Xinjiang", "Nizhny", "Khanty"): a text with none of them among its
    words names no region, and is not searched."""
    # the first word as the tokeniser cuts it ("Jalal" of "Jalal-Abad") and as it is written ("St." of "St. Petersburg")
    return frozenset(w for name in region_states() for w in (re.split(r"[^\w]+", name)[0], name.split()[0]))


#: What every title of :data:`_HEAD` and :data:`_HEAD_AFTER` holds ("overnor" in "Governor" and "governor"), and a
#: region's delegation: plain substring tests that rule most stretches out before any pattern runs.
_TITLE_HINTS = ("overnor", "kim", "Mayor", "Head", "President", "Rais", "Secretary", "Chairman", "delegation")
#: How far before and after a region's name its head's title and name may be written.
_BEFORE, _AFTER = 200, 120


def regional_heads(text, words=None):
    """``(title_start, name_start, name_end, name, state)`` for each head of a region named with his title.
    ``words``: the text's words and their character offsets (``(words, offsets)``, its tokens), if at hand;
    only the stretches around a region's name are searched.

    Example:
        >>> [h[3:] for h in regional_heads("Umurzakov met with the Governor of Jiangsu Province Wu Zhenglong in Nanjing.")]
        [('Wu Zhenglong', 'CHN')]
        >>> [h[3:] for h in regional_heads("Orenburg Governor Denis Pasler met Akim of Aktobe Region Ondasyn Urazalin.")]
        [('Denis Pasler', 'RUS'), ('Ondasyn Urazalin', 'KAZ')]
    """
    first_words = region_words()
    if words is None:
        found = list(re.finditer(r"\w+", text))
        words, offsets = [m.group(0) for m in found], [m.start() for m in found]
    else:
        words, offsets = words
    if first_words.isdisjoint(words):
        return []  # (most texts: one set operation, in C)
    at = list(compress(offsets, map(first_words.__contains__, words)))
    states = region_states()
    before, after, delegation = _patterns()
    found = {}
    for start in at:
        low, high = max(0, start - _BEFORE), min(len(text), start + _AFTER)
        window = text[low:high]
        if not any(hint in window for hint in _TITLE_HINTS):
            continue  # "in Almaty", "the Shanghai Cooperation Organisation": no title near the name (most places)
        # the title after the region starts at the region's name; the others end after it
        for match in (after.match(text, start, high), *before.finditer(text, low, high), *delegation.finditer(text, low, high)):
            if match is not None:
                found[match.start()] = (match.start(), match.start("name"), match.end("name"), match.group("name"),
                                        states[match.group("region")])
    return sorted(found.values())
