"""A research notebook's analysis, end to end, as a script.

Question: how did the diplomacy of the five Central Asian states change over
the years — how much of it, in which form, with whom, and about what — and do
the 2023 declarations with China and with the United States set different
priorities?

Run it on the bundled corpus (about half a minute):

    python examples/central_asia_diplomacy.py --out analysis/

or on your own folder of communiqués:

    python examples/central_asia_diplomacy.py my_readouts/ --out analysis/

It writes the interactions dataset, the report tables and charts, and the
declaration comparison into the --out folder, and prints the findings.
"""

import argparse
from pathlib import Path

import pandas as pd

import canlp
from canlp.labels import CENTRAL_ASIA
from canlp.paths import communiques_dir


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, help="communiqués (default: the bundled corpus)")
    parser.add_argument("--out", type=Path, default=Path("analysis"), help="folder for the results")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    # 1. One coded row per communiqué, then one row per interaction (reports of one event merged).
    interactions = canlp.build_dataset(args.inputs or [communiques_dir()])
    print(f"{interactions.attrs['documents']} communiqués -> {len(interactions)} interactions")
    interactions.to_csv(args.out / "interactions.csv", index=False)

    # 2. The standard tables and charts.
    tables = canlp.report(interactions)
    from canlp.reporting import plot_report

    plot_report(tables, args.out / "charts")
    for name, table in tables.items():
        table.to_csv(args.out / f"{name}.csv")

    # 3. Questions of our own, with pandas.
    by_year = tables["year_by_modality"]
    remote = (by_year["phone_call"] + by_year["video_call"]) / by_year["total"]
    print("share of calls and video calls by year:", {int(y): v for y, v in remote.round(2).items()})

    outside = interactions.explode("participant_states")
    outside = outside[~outside["participant_states"].isin(CENTRAL_ASIA)]
    partners = outside.groupby("participant_states").size().sort_values(ascending=False)
    print("most engaged outside partners:", partners.head(5).to_dict())

    themes = interactions.explode("themes").dropna(subset=["themes"])
    theme_share = (themes.groupby("themes").size() / len(interactions)).sort_values(ascending=False)
    print("share of interactions per theme:", theme_share.round(2).head(5).to_dict())

    intraregional = interactions.groupby("year")["intraregional"].mean()
    print("intraregional share by year:", {int(y): v for y, v in intraregional.round(2).items()})

    # 4. Declaration priorities: Xi'an 2023 (China) against New York 2023 (C5+1).
    priorities = canlp.compare_declarations()
    top = priorities[priorities["rank"] <= 5].pivot(index="rank", columns="declaration", values="theme")
    print("top five priorities:\n" + top.to_string())
    priorities.to_csv(args.out / "declaration_priorities.csv", index=False)
    return {"interactions": interactions, "tables": tables, "partners": partners, "priorities": priorities}


if __name__ == "__main__":
    pd.set_option("display.width", 160)
    main()
