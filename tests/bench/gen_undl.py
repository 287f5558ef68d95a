#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic UN Digital Library "General Assembly Voting Data" CSV in the long layout: one row per
member state per resolution, ~4,750 resolutions x 193 states (~915,000 rows), with realistic titles,
agenda titles and subjects holding commas and quotes. Standard library only; the output is the same
for the same seed.

Usage: gen_undl.py OUT.csv [--resolutions N] [--crlf] [--seed S]
"""
import argparse
import csv
import datetime
import random

STATES = """AFG Afghanistan|ALB Albania|DZA Algeria|AND Andorra|AGO Angola|ATG Antigua and Barbuda|ARG Argentina|ARM Armenia|AUS Australia|AUT Austria|AZE Azerbaijan|BHS Bahamas|BHR Bahrain|BGD Bangladesh|BRB Barbados|BLR Belarus|BEL Belgium|BLZ Belize|BEN Benin|BTN Bhutan|BOL Bolivia (Plurinational State of)|BIH Bosnia and Herzegovina|BWA Botswana|BRA Brazil|BRN Brunei Darussalam|BGR Bulgaria|BFA Burkina Faso|BDI Burundi|CPV Cabo Verde|KHM Cambodia|CMR Cameroon|CAN Canada|CAF Central African Republic|TCD Chad|CHL Chile|CHN China|COL Colombia|COM Comoros|COG Congo|CRI Costa Rica|CIV Côte d'Ivoire|HRV Croatia|CUB Cuba|CYP Cyprus|CZE Czechia|PRK Democratic People's Republic of Korea|COD Democratic Republic of the Congo|DNK Denmark|DJI Djibouti|DMA Dominica|DOM Dominican Republic|ECU Ecuador|EGY Egypt|SLV El Salvador|GNQ Equatorial Guinea|ERI Eritrea|EST Estonia|SWZ Eswatini|ETH Ethiopia|FJI Fiji|FIN Finland|FRA France|GAB Gabon|GMB Gambia|GEO Georgia|DEU Germany|GHA Ghana|GRC Greece|GRD Grenada|GTM Guatemala|GIN Guinea|GNB Guinea-Bissau|GUY Guyana|HTI Haiti|HND Honduras|HUN Hungary|ISL Iceland|IND India|IDN Indonesia|IRN Iran (Islamic Republic of)|IRQ Iraq|IRL Ireland|ISR Israel|ITA Italy|JAM Jamaica|JPN Japan|JOR Jordan|KAZ Kazakhstan|KEN Kenya|KIR Kiribati|KWT Kuwait|KGZ Kyrgyzstan|LAO Lao People's Democratic Republic|LVA Latvia|LBN Lebanon|LSO Lesotho|LBR Liberia|LBY Libya|LIE Liechtenstein|LTU Lithuania|LUX Luxembourg|MDG Madagascar|MWI Malawi|MYS Malaysia|MDV Maldives|MLI Mali|MLT Malta|MHL Marshall Islands|MRT Mauritania|MUS Mauritius|MEX Mexico|FSM Micronesia (Federated States of)|MCO Monaco|MNG Mongolia|MNE Montenegro|MAR Morocco|MOZ Mozambique|MMR Myanmar|NAM Namibia|NRU Nauru|NPL Nepal|NLD Netherlands (Kingdom of the)|NZL New Zealand|NIC Nicaragua|NER Niger|NGA Nigeria|MKD North Macedonia|NOR Norway|OMN Oman|PAK Pakistan|PLW Palau|PAN Panama|PNG Papua New Guinea|PRY Paraguay|PER Peru|PHL Philippines|POL Poland|PRT Portugal|QAT Qatar|KOR Republic of Korea|MDA Republic of Moldova|ROU Romania|RUS Russian Federation|RWA Rwanda|KNA Saint Kitts and Nevis|LCA Saint Lucia|VCT Saint Vincent and the Grenadines|WSM Samoa|SMR San Marino|STP Sao Tome and Principe|SAU Saudi Arabia|SEN Senegal|SRB Serbia|SYC Seychelles|SLE Sierra Leone|SGP Singapore|SVK Slovakia|SVN Slovenia|SLB Solomon Islands|SOM Somalia|ZAF South Africa|SSD South Sudan|ESP Spain|LKA Sri Lanka|SDN Sudan|SUR Suriname|SWE Sweden|CHE Switzerland|SYR Syrian Arab Republic|TJK Tajikistan|THA Thailand|TLS Timor-Leste|TGO Togo|TON Tonga|TTO Trinidad and Tobago|TUN Tunisia|TUR Türkiye|TKM Turkmenistan|TUV Tuvalu|UGA Uganda|UKR Ukraine|ARE United Arab Emirates|GBR United Kingdom of Great Britain and Northern Ireland|TZA United Republic of Tanzania|USA United States of America|URY Uruguay|UZB Uzbekistan|VUT Vanuatu|VEN Venezuela (Bolivarian Republic of)|VNM Viet Nam|YEM Yemen|ZMB Zambia|ZWE Zimbabwe"""

TOPICS = [
    "Nuclear disarmament", "Prevention of an arms race in outer space", "The situation in the Middle East",
    "Question of Palestine", "Situation of human rights in the Democratic People's Republic of Korea",
    "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba",
    "Effects of atomic radiation", "Rights of the child", "Elimination of racism, racial discrimination, xenophobia and related intolerance",
    "Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples",
    "Question of \"Western Sahara\"", "Assistance to Palestine refugees", "Oceans and the law of the sea",
    "Sustainable fisheries, including through the 1995 Agreement", "Moratorium on the use of the death penalty",
    "Comprehensive Nuclear-Test-Ban Treaty", "Towards a nuclear-weapon-free world: accelerating the implementation of nuclear disarmament commitments",
    "The so-called \"humanitarian pause\" and protection of civilians", "Agricultural technology for sustainable development",
    "Combating glorification of Nazism, neo-Nazism and other practices", "Status of internally displaced persons and refugees from Abkhazia, Georgia",
    "Territorial integrity of Ukraine", "Situation of human rights in the Islamic Republic of Iran", "Unilateral economic measures as a means of political and economic coercion against developing countries",
]
KINDS = ["resolution / adopted by the General Assembly", "draft resolution", "resolution, as orally revised"]
AGENDA = [
    "General and complete disarmament", "Promotion and protection of human rights: human rights situations and reports of special rapporteurs and representatives",
    "Question of Palestine", "Report of the Special Committee on Peacekeeping Operations", "Elimination of racism, racial discrimination, xenophobia and related intolerance",
    "Oceans and the law of the sea", "Macroeconomic policy questions: \"unilateral economic measures\"", "The situation in the occupied territories of Ukraine",
    "Decolonization", "Agriculture development, food security and nutrition",
]
SUBJECTS = [
    "NUCLEAR DISARMAMENT", "HUMAN RIGHTS", "PALESTINE QUESTION", "REFUGEES", "DECOLONIZATION", "ARMS RACE",
    "OUTER SPACE", "DEATH PENALTY", "FISHERIES", "LAW OF THE SEA", "RACIAL DISCRIMINATION", "SANCTIONS",
    "CHILDREN'S RIGHTS", "ECONOMIC COOPERATION, INTERNATIONAL", "TERRITORIAL INTEGRITY", "WEAPONS OF MASS DESTRUCTION",
]

HEADER = ["undl_id", "ms_code", "ms_name", "ms_vote", "date", "session", "resolution", "draft", "committee_report",
          "meeting", "title", "agenda_title", "subjects", "vote_note", "total_yes", "total_no", "total_abstentions",
          "total_non_voting", "total_ms", "undl_link"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--resolutions", type=int, default=4750)
    ap.add_argument("--crlf", action="store_true")
    ap.add_argument("--seed", type=int, default=1946)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    states = [s.split(" ", 1) for s in STATES.split("|")]
    start = datetime.date(1946, 12, 14)
    span = (datetime.date(2025, 12, 15) - start).days
    days = sorted(rng.randrange(span) for _ in range(args.resolutions))
    rows = 0
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n" if args.crlf else "\n")
        w.writerow(HEADER)
        per_session = {}
        for i, day in enumerate(days):
            date = start + datetime.timedelta(days=day)
            session = date.year - 1945 if date.month >= 9 else date.year - 1946
            session = max(session, 1)
            n = per_session[session] = per_session.get(session, 0) + 1
            symbol = f"A/RES/{session}/{n}"
            undl_id = 4000000 + i * 7
            topic = rng.choice(TOPICS)
            title = f"{topic} : {rng.choice(KINDS)}"
            agenda = rng.choice(AGENDA)
            subjects = "|".join(rng.sample(SUBJECTS, rng.randint(1, 4)))
            note = rng.choice(["", "", "", "Recorded vote, as orally revised", "Adopted as a whole, \"paragraph 5\" voted separately"])
            weights = rng.choice([(80, 5, 10, 5), (60, 20, 15, 5), (90, 2, 4, 4), (45, 30, 20, 5)])
            votes = rng.choices("YNAX", weights=weights, k=len(states))
            totals = [votes.count(c) for c in "YNAX"]
            yes, no, abst, nv = (f"{t}.0" if session < 30 else str(t) for t in totals)
            for (code, name), v in zip(states, votes):
                w.writerow([undl_id, code, name, v, date.isoformat(), session, symbol,
                            f"A/{session}/L.{n}", f"A/{session}/{400 + n}", f"A/{session}/PV.{50 + n // 4}",
                            title, agenda, subjects, note, yes, no, abst, nv, len(states),
                            f"https://digitallibrary.un.org/record/{undl_id}"])
                rows += 1
    print(f"{args.out}: {rows} rows, {args.resolutions} resolutions")


if __name__ == "__main__":
    main()
