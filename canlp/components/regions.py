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
    after = rf"\b{region}{_SUFFIX}(?:['’]s)?[ \t]+{_HEAD_AFTER}[ \t]+{_NAME}"
    # "a delegation of Gyeonggi Province of the Republic of Korea headed by Vice Governor X", "a delegation of the
    # Uzbek Syrdarya region led by hokim X"
    delegation = (
        rf"\bdelegation[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?{region}{_SUFFIX}{_OF_STATE},?[ \t]+"
        rf"(?:headed|led)[ \t]+by[ \t]+(?:the[ \t]+)?{_HEAD_AFTER}[ \t]+{_NAME}"
    )
    return re.compile(before), re.compile(after), re.compile(delegation)


def regional_heads(text):
    """``(title_start, name_start, name_end, name, state)`` for each head of a region named with his title.

    Example:
        >>> [h[3:] for h in regional_heads("Umurzakov met with the Governor of Jiangsu Province Wu Zhenglong in Nanjing.")]
        [('Wu Zhenglong', 'CHN')]
        >>> [h[3:] for h in regional_heads("Orenburg Governor Denis Pasler met Akim of Aktobe Region Ondasyn Urazalin.")]
        [('Denis Pasler', 'RUS'), ('Ondasyn Urazalin', 'KAZ')]
    """
    states = region_states()
    found = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            found.append((match.start(), match.start("name"), match.end("name"), match.group("name"),
                          states[match.group("region")]))
    return sorted(found)
