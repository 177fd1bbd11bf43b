"""The tables researchers of Central Asian diplomacy publish, from an interactions dataset.

:func:`report` takes the DataFrame of :func:`canlp.dataset.build_dataset` (or one read back
with :func:`canlp.dataset.read_dataset`) and returns a dict of DataFrames:

- ``per_year``: interactions per year;
- ``year_by_modality``: interactions per year and modality;
- ``level``: count and share by level (the highest role among participants);
- ``format``: bilateral and multilateral interactions per year, with the multilateral share;
- ``states``: per state, the interactions it took part in, as a share of all, by format, its
  intraregional share and its distinct partners;
- ``dyads``: the symmetric state × state matrix of interactions in which both took part
  (a multilateral interaction counts for each pair of its states);
- ``ceremonial``: ceremonial-only interactions (no theme but ``ceremonial``) versus
  substantive ones, per year.

:func:`plot_report` draws the trend by year and modality, the activity per state and the dyad
heatmap into a folder.
"""

from pathlib import Path

from canlp.labels import CENTRAL_ASIA, MODALITIES, ROLES

#: The tables of :func:`report`, in the order they are printed.
TABLES = ("per_year", "year_by_modality", "level", "format", "states", "dyads", "ceremonial")


def _interactions(frame):
    frame = frame.copy()
    frame["year"] = frame["year"].astype("Int64")
    return frame


def per_year(frame):
    """Interactions per year (undated interactions are left out of every per-year table)."""
    counts = frame.dropna(subset=["year"]).groupby("year").size()
    return counts.rename("interactions").rename_axis("year").reset_index()


def year_by_modality(frame):
    """A year × modality table of counts, with a total column."""
    import pandas as pd

    dated = frame.dropna(subset=["year"])
    table = pd.crosstab(dated["year"], dated["modality"])
    table = table.reindex(columns=[m for m in MODALITIES if m != "none"], fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.rename_axis(columns=None)


def level_share(frame):
    """Count and share of interactions by level: president, prime_minister, foreign_minister, other."""
    counts = frame["level"].value_counts().reindex(list(ROLES), fill_value=0)
    total = counts.sum()
    table = counts.rename("interactions").rename_axis("level").reset_index()
    table["share"] = (table["interactions"] / total).round(3) if total else 0.0
    return table


def format_by_year(frame):
    """Bilateral and multilateral interactions per year, with the multilateral share."""
    import pandas as pd

    dated = frame.dropna(subset=["year"])
    table = pd.crosstab(dated["year"], dated["format"]).reindex(columns=["bilateral", "multilateral"], fill_value=0)
    total = table.sum(axis=1)
    table["multilateral_share"] = (table["multilateral"] / total).round(3)
    return table.rename_axis(columns=None)


def state_activity(frame):
    """Per state: interactions, share of all interactions, bilateral, multilateral,
    intraregional share and number of distinct partner states; sorted by activity."""
    import pandas as pd

    rows = {}
    for states, fmt, intra in zip(frame["participant_states"], frame["format"], frame["intraregional"]):
        for state in states:
            row = rows.setdefault(state, {"interactions": 0, "bilateral": 0, "multilateral": 0, "intraregional": 0,
                                          "partners": set()})
            row["interactions"] += 1
            row[fmt] = row.get(fmt, 0) + 1
            row["intraregional"] += bool(intra)
            row["partners"].update(s for s in states if s != state)
    table = pd.DataFrame(
        [
            {
                "state": state,
                "interactions": row["interactions"],
                "share_of_all": round(row["interactions"] / len(frame), 3),
                "bilateral": row["bilateral"],
                "multilateral": row["multilateral"],
                "intraregional_share": round(row["intraregional"] / row["interactions"], 3),
                "partners": len(row["partners"]),
                "central_asian": state in CENTRAL_ASIA,
            }
            for state, row in rows.items()
        ],
        columns=["state", "interactions", "share_of_all", "bilateral", "multilateral", "intraregional_share",
                 "partners", "central_asian"],
    )
    return table.sort_values(["interactions", "state"], ascending=[False, True]).reset_index(drop=True)


def dyad_matrix(frame, states=None):
    """Symmetric state × state counts of interactions both took part in.

    ``states`` fixes the rows and columns; by default the five Central Asian states first, then
    every other state by activity.
    """
    import pandas as pd

    if states is None:
        activity = state_activity(frame)
        others = [s for s in activity["state"] if s not in CENTRAL_ASIA]
        states = [s for s in CENTRAL_ASIA if s in set(activity["state"])] + others
    matrix = pd.DataFrame(0, index=list(states), columns=list(states), dtype="int64")
    for dyads in frame["dyads"]:
        for dyad in dyads:
            a, b = dyad.split("-")
            if a in matrix.index and b in matrix.index:
                matrix.loc[a, b] += 1
                matrix.loc[b, a] += 1
    return matrix


def ceremonial_vs_substantive(frame):
    """Ceremonial-only and substantive interactions per year, with the ceremonial share."""
    import pandas as pd

    dated = frame.dropna(subset=["year"])
    kind = dated["ceremonial_only"].map({True: "ceremonial_only", False: "substantive"})
    table = pd.crosstab(dated["year"], kind).reindex(columns=["ceremonial_only", "substantive"], fill_value=0)
    total = table.sum(axis=1)
    table["ceremonial_share"] = (table["ceremonial_only"] / total).round(3)
    return table.rename_axis(columns=None)


def report(frame):
    """The published tables of an interactions dataset, as a dict of DataFrames (keys: :data:`TABLES`)."""
    frame = _interactions(frame)
    return {
        "per_year": per_year(frame),
        "year_by_modality": year_by_modality(frame),
        "level": level_share(frame),
        "format": format_by_year(frame),
        "states": state_activity(frame),
        "dyads": dyad_matrix(frame),
        "ceremonial": ceremonial_vs_substantive(frame),
    }


# ---------------------------------------------------------------- charts

def plot_report(tables, folder, image_format="png"):
    """Write the charts of a report into ``folder``; returns the paths written.

    ``trend.<fmt>``: interactions per year, stacked by modality; ``states.<fmt>``: interactions
    per state; ``dyads.<fmt>``: the dyad heatmap of the Central Asian states and their most
    active partners.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from canlp.files import atomic_path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []

    def save(figure, name):
        path = folder / f"{name}.{image_format}"
        with atomic_path(path) as tmp:
            figure.savefig(tmp, format=image_format, dpi=150, bbox_inches="tight")
        plt.close(figure)
        written.append(path)

    trend = tables["year_by_modality"].drop(columns="total")
    figure, axis = plt.subplots(figsize=(8, 4.5))
    bottom = None
    for modality in trend.columns:
        values = trend[modality].to_numpy()
        axis.bar(trend.index.astype(str), values, bottom=bottom, label=modality.replace("_", " "))
        bottom = values if bottom is None else bottom + values
    axis.set_xlabel("year")
    axis.set_ylabel("interactions")
    axis.set_title("Interactions per year, by modality")
    axis.legend(frameon=False, fontsize=8)
    axis.tick_params(axis="x", labelrotation=45)
    save(figure, "trend")

    states = tables["states"].head(20).iloc[::-1]
    figure, axis = plt.subplots(figsize=(7, max(3, 0.3 * len(states) + 1)))
    colours = ["tab:blue" if ca else "tab:gray" for ca in states["central_asian"]]
    axis.barh(states["state"], states["interactions"], color=colours)
    axis.set_xlabel("interactions taken part in")
    axis.set_title("Activity per state (Central Asian states in blue)")
    save(figure, "states")

    dyads = tables["dyads"]
    keep = list(dyads.index[:15])
    dyads = dyads.loc[keep, keep]
    figure, axis = plt.subplots(figsize=(7, 6))
    image = axis.imshow(dyads.to_numpy(), cmap="Blues")
    axis.set_xticks(range(len(keep)), keep, rotation=90)
    axis.set_yticks(range(len(keep)), keep)
    for i in range(len(keep)):
        for j in range(len(keep)):
            value = dyads.iat[i, j]
            if value:
                axis.text(j, i, str(value), ha="center", va="center", fontsize=7,
                          color="white" if value > dyads.to_numpy().max() / 2 else "black")
    figure.colorbar(image, ax=axis, label="interactions")
    axis.set_title("Interactions per dyad")
    save(figure, "dyads")
    return written
