"""The labelling scheme of ``shared/ANNOTATION.md`` as Python constants.

Every other module takes its label names from here, so a change to the scheme
is a change to this file (after ANNOTATION.md itself).
"""

MODALITIES = ("visit", "meeting", "phone_call", "video_call", "message", "none")

ROLES = ("president", "prime_minister", "foreign_minister", "other")

#: Highest role first: ``level`` is the first role of this tuple held by a participant.
ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}

THEMES = (
    "trade_economy",
    "transport_connectivity",
    "energy",
    "environment_water",
    "security",
    "culture_education",
    "health",
    "agriculture_food",
    "technology_digital",
    "political_dialogue",
    "ceremonial",
)

FORMATS = ("bilateral", "multilateral")

SPLITS = ("train", "dev", "test")

#: The five Central Asian states; ``intraregional`` means every participant state is one of them.
CENTRAL_ASIA = ("KAZ", "KGZ", "TJK", "TKM", "UZB")

#: Keys of a communiqué record, in the order ANNOTATION.md gives them.
RECORD_KEYS = (
    "id",
    "date",
    "source_state",
    "modality",
    "participants",
    "participant_states",
    "mentioned_states",
    "format",
    "themes",
    "text",
)


def level_of(roles):
    """Return the highest role among ``roles`` (president > ... > other), or None.

    Example:
        >>> level_of(["foreign_minister", "president"])
        'president'
        >>> level_of([]) is None
        True
    """
    ranked = sorted((ROLE_RANK[r] for r in roles if r in ROLE_RANK))
    return ROLES[ranked[0]] if ranked else None


def format_of(states):
    """Return ``bilateral`` for exactly two states, ``multilateral`` for three or more, else None.

    Example:
        >>> format_of(["KAZ", "UZB"])
        'bilateral'
        >>> format_of(["KAZ"]) is None
        True
    """
    n = len(set(states))
    if n == 2:
        return "bilateral"
    if n >= 3:
        return "multilateral"
    return None


def is_intraregional(states):
    """True when there are participant states and all are Central Asian.

    Example:
        >>> is_intraregional(["KAZ", "UZB"]), is_intraregional(["KAZ", "CHN"])
        (True, False)
    """
    states = set(states)
    return bool(states) and states <= set(CENTRAL_ASIA)
