#!/usr/bin/env python3
"""Build the cti-extract gazetteer tables from public CTI sources.

Usage (from the repository root):

    python3 data/build_data.py [SOURCES_DIR] [--out DIR] [--words FILE] [--check]

SOURCES_DIR defaults to ../shared/sources relative to the repository root.
The script is deterministic (same inputs -> byte-identical outputs), uses the
Python 3.11 standard library only and writes UTF-8, LF, tab-separated tables
with a header line into data/gazetteer/.  See data/SOURCES.md for the sources,
their versions and licences, the table schemas and the editorial choices.

Inputs:
  misp-galaxy/{threat-actor,microsoft-activity-group,ransomware,tool,wiper,
               stealer,rat,botnet,sector,country,intelligence-agencies}.json
  mitre-attack/attack-enterprise.json
  microsoft/MicrosoftMapping.json
  cisa-kev/known_exploited_vulnerabilities.json
  /usr/share/dict/words (Debian package wamerican) for the common-word flag
"""

import argparse
import collections
import json
import os
import re
import sys
import unicodedata

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------
# Editorial choices (documented in data/SOURCES.md)
# ---------------------------------------------------------------------------

# Canonical-name overrides.  Key: a name the merged actor carries as its MISP
# value, its ATT&CK name or its Microsoft name (exact, case-sensitive).  Value:
# the canonical name to use, i.e. the name English-language news uses most.
# Without an override the rules are (1) an APT<n> name if the actor has exactly
# one, (2) the ATT&CK name when the MISP value is an ALL-CAPS vendor code name
# or a Storm-/DEV-/UNC- number, (3) the MISP value, (4) the ATT&CK name,
# (5) the Microsoft name.
CANONICAL_OVERRIDES = {
    # North Korea: the APT<n> rule would pick APT38/APT43/APT45 which the
    # sources list as aliases of these umbrella names.
    "Lazarus Group": "Lazarus Group",
    "Kimsuky": "Kimsuky",
    "Andariel": "Andariel",
    # Russia
    "Sandworm Team": "Sandworm",        # ATT&CK name; news says "Sandworm" (APT44 is newer)
    "Turla": "Turla",
    "Gamaredon Group": "Gamaredon",
    "Star Blizzard": "Star Blizzard",   # Microsoft name dominant in news since 2023 (was "Callisto"/"ColdRiver")
    "Dragonfly": "Dragonfly",           # MISP value is "ENERGETIC BEAR"
    "Ember Bear": "Ember Bear",
    # China
    "Volt Typhoon": "Volt Typhoon",
    "Salt Typhoon": "Salt Typhoon",     # MISP value is "GhostEmperor"
    "Silk Typhoon": "Silk Typhoon",     # formerly HAFNIUM; Microsoft renamed it in 2023 and news followed
    "Mustang Panda": "Mustang Panda",
    "Lotus Blossom": "Lotus Blossom",   # MISP value "LOTUS PANDA"; APT30 is a separate ATT&CK group
    "Elderwood": "Elderwood",           # MISP value "Beijing Group"
    "Tropic Trooper": "Tropic Trooper", # rule would give APT23
    "Earth Lusca": "Earth Lusca",
    # Iran
    "MuddyWater": "MuddyWater",
    "Agrius": "Agrius",                 # MISP value "Pink Sandstorm"
    "Moses Staff": "Moses Staff",       # MISP value "MosesStaff"
    "Fox Kitten": "Fox Kitten",
    "CURIUM": "Tortoiseshell",          # MISP value; ATT&CK "CURIUM"; news uses Tortoiseshell
    # South Asia / Middle East
    "Transparent Tribe": "Transparent Tribe",  # rule would give APT36
    "Sidewinder": "Sidewinder",         # MISP value "RAZOR TIGER"
    "Patchwork": "Patchwork",           # MISP value "QUILTED TIGER"
    "BITTER": "Bitter",                 # MISP value "HAZY TIGER"
    "APT-C-23": "Arid Viper",           # MISP value "AridViper"
    # Microsoft renamed these Storm- clusters in 2025, but the reporting that
    # made them known used the number
    "Storm-0558": "Storm-0558",         # 2023 Exchange Online key theft (now "Antique Typhoon")
    "Storm-1516": "Storm-1516",         # Russian influence operation (now "Neva Flood")
    "Storm-1679": "Storm-1679",         # Russian influence operation (now "Oka Flood")
    # Financially motivated
    "Indrik Spider": "Evil Corp",       # the sanctioned name used in news
    "Wizard Spider": "Wizard Spider",
    "FIN7": "FIN7",
    "TA505": "TA505",
    "LAPSUS$": "LAPSUS$",
    "Scattered Spider": "Scattered Spider",
    "Cobalt Group": "Cobalt Group",     # MISP value "Cobalt" is a common word
    "RedCurl": "RedCurl",               # MISP value "Earth Kapre"
    "Akira": "Akira",                   # MISP value "Storm-1567"
    "Equation": "Equation Group",       # ATT&CK "Equation"; MISP "Equation Group"
    "ShinyHunters": "ShinyHunters",
    # Hacktivists
    "Deadeye Jackal": "Syrian Electronic Army",  # CrowdStrike's name; news writes the group's own
}

# Sponsoring agency overrides: canonical actor name -> agency id (agencies.tsv).
# Only where a source states it; the quoted source is given in the comment.
AGENCY_OVERRIDES = {
    # ATT&CK G0007: "attributed to Russia's General Staff Main Intelligence
    # Directorate (GRU) 85th Main Special Service Center (GTsSS) military unit
    # 26165"; MISP meta GRU: "Military unit 26165".
    "APT28": "gru-unit-26165",
    # ATT&CK G0034: "GRU Main Center for Special Technologies (GTsST) military
    # unit 74455"; MISP meta GRU: "Military unit 74455".
    "Sandworm": "gru-unit-74455",
    # ATT&CK G0016: "attributed to Russia's Foreign Intelligence Service (SVR)".
    "APT29": "svr",
    # ATT&CK G0010: "attributed to Russia's Federal Security Service (FSB)".
    "Turla": "fsb",
    # ATT&CK G0047: "attributed ... to Russia's Federal Security Service (FSB) Center 18".
    "Gamaredon": "fsb-center-18",
    # ATT&CK G0035: "attributed to Russia's Federal Security Service (FSB) Center 16".
    "Dragonfly": "fsb-center-16",
    # ATT&CK G1003: "linked to Russia's ... GRU 161st Specialist Training Center (Unit 29155)".
    "Ember Bear": "gru-unit-29155",
    # MISP APT31 refs the DOJ 2024 indictment and the UK statement holding the
    # Chinese state (MSS) responsible; Microsoft/ATT&CK: China.
    "APT31": "mss",
    # ATT&CK G0065: "attributed to the Ministry of State Security's (MSS) Hainan
    # State Security Department".
    "APT40": "mss-hainan",
    # ATT&CK G0022: "attributed to China's Ministry of State Security".
    "APT3": "mss",
    # ATT&CK G0045/MISP APT10: "in association with the Chinese Ministry of State
    # Security's (MSS) Tianjin State Security Bureau".
    "APT10": "mss-tianjin",
    # ATT&CK G0006: "commonly known by its Military Unit Cover Designator (MUCD) as Unit 61398".
    "APT1": "pla-unit-61398",
    # ATT&CK G0024: "attributed to Unit 61486 of the 12th Bureau of the PLA's 3rd GSD".
    "APT2": "pla-unit-61486",
    # ATT&CK G0032/G0082/G1049: "attributed to the Reconnaissance General Bureau (RGB)".
    "Lazarus Group": "rgb",
    "APT38": "rgb",
    # ATT&CK G0069: "a subordinate element within Iran's Ministry of Intelligence and Security (MOIS)".
    "MuddyWater": "mois",
    # ATT&CK G0087: "conducted by the Iranian Ministry of Intelligence and Security (MOIS)".
    "APT39": "mois",
    # ATT&CK G0059: "likely on behalf of the Islamic Revolutionary Guard Corps".
    "APT35": "irgc",
    # MISP Shadow Brokers entry: "the Equation Group threat actor, who have been
    # tied to the NSA's Tailored Access Operations unit".
    "Equation Group": "nsa-tao",
}

# MISP entries never merged into another actor by the "value is another
# actor's ATT&CK/Microsoft name" rule (merge step 4): Microsoft lists these
# older names among the overlaps of a newer actor, but they denote distinct,
# older activity clusters.
NO_MERGE = {
    "APT6",       # 2011-2016 cluster; Microsoft lists it under Circle Typhoon (DEV-0322, 2021)
    "APT-C-60",   # Qihoo 360 name; Microsoft lists it under Zigzag Hail (DarkHotel)
}

# Kind overrides: canonical actor name -> kind.
KIND_OVERRIDES = {
    "Lazarus Group": "state-sponsored",
    "APT38": "state-sponsored",
    "APT41": "state-sponsored",
    "Evil Corp": "criminal",
    "Scattered Spider": "criminal",
    "ShinyHunters": "criminal",
    "LAPSUS$": "criminal",
    # Self-declared pro-Russian hacktivist DDoS groups; MISP gives them only
    # a CFR incident type, which alone would make them "state-sponsored".
    "Killnet": "hacktivist",
    "NoName057(16)": "hacktivist",
    # (CURATED_ACTORS add their own kinds below.)
}

# Country overrides: canonical actor name -> ISO2.
COUNTRY_OVERRIDES = {
}

# Actors that news names often and that none of the sources lists: the best
# known self-named hacktivist collectives (hand-written, CC0; each is named in
# court records or government statements cited in the comment). Each enters
# the merge as a MISP cluster without a uuid, unless the MISP galaxy already
# lists a cluster of that name (then the source's entry is used and the
# curated row is dropped). All are self-declared hacktivists.
# (name, other names, ISO2 or "")
CURATED_ACTORS = [
    ("Anonymous", [], ""),                     # DOJ and FBI statements on Operation Payback, 2011-2013
    ("LulzSec", ["Lulz Security"], ""),        # DOJ charges against its members, 2012
    ("AntiSec", ["Anti-Security"], ""),        # DOJ charges against Jeremy Hammond (Stratfor), 2012
    ("Lizard Squad", [], ""),                  # DOJ and Europol on its DDoS-for-hire service, 2016
    ("Team GhostShell", [], ""),               # CERT statements on its university leaks, 2012
    ("IT Army of Ukraine", [], "UA"),          # Ukraine's Ministry of Digital Transformation, 2022
    ("Pakistan Cyber Army", [], "PK"),         # CERT-In on defacements of Indian sites, 2010
    ("Iranian Cyber Army", [], "IR"),          # Twitter and Baidu on the DNS hijackings, 2009-2010
]
KIND_OVERRIDES.update((name, "hacktivist") for name, _, _ in CURATED_ACTORS)

# Microsoft weather families (Microsoft's 2023 naming taxonomy).
MS_FAMILY_COUNTRY = {
    "Typhoon": "CN", "Blizzard": "RU", "Sandstorm": "IR", "Sleet": "KP",
    "Cyclone": "VN", "Dust": "TR", "Hail": "KR", "Rain": "LB",
}
MS_FAMILY_KIND = {"Tempest": "criminal"}  # Tsunami (PSOA), Flood (influence), Storm- (developing)

# Other vendors' naming taxonomies, used as fallback evidence for kind and
# country: last word of a two-word name (CrowdStrike animals, Unit 42
# constellations), first word (Secureworks elements, Trend Micro), prefixes.
# "caps": the family only counts when the name is written in ALL CAPS as the
# vendor does (avoids e.g. Trend Micro's "Iron Tiger" reading as Secureworks
# IRON + CrowdStrike TIGER).
VENDOR_LAST_WORD = {
    # CrowdStrike
    "panda": ("state", "CN", False), "bear": ("state", "RU", False), "kitten": ("state", "IR", False),
    "chollima": ("state", "KP", False), "tiger": ("state", "IN", True), "leopard": ("state", "PK", True),
    "buffalo": ("state", "VN", True), "crane": ("state", "KR", True), "wolf": ("state", "TR", True),
    "ocelot": ("state", "CO", True), "spider": ("criminal", "", False), "jackal": ("hacktivist", "", True),
    # Palo Alto Networks Unit 42
    "ursa": ("state", "RU", False), "taurus": ("state", "CN", False), "serpens": ("state", "IR", False),
    "pisces": ("state", "KP", False), "libra": ("criminal", "", False), "scorpius": ("criminal", "", False),
    # Microsoft
    "tempest": ("criminal", "", False),
}
VENDOR_FIRST_WORD = {
    # Secureworks
    "bronze": ("state", "CN", True), "iron": ("state", "RU", True), "cobalt": ("state", "IR", True),
    "nickel": ("state", "KP", True), "tungsten": ("state", "KR", True), "gold": ("criminal", "", True),
    # Trend Micro
    "earth": ("state", "", False), "water": ("criminal", "", False),
}
VENDOR_PREFIX = [  # (regex, evidence, ISO2)
    (re.compile(r"^FIN\d+$"), "criminal", ""),          # Mandiant financially motivated
    (re.compile(r"^CL-CRI-\d+$"), "criminal", ""),      # Unit 42 cluster, criminal
    (re.compile(r"^CL-STA-\d+$"), "state", ""),         # Unit 42 cluster, state
    (re.compile(r"^APT ?\d+$"), "state", ""),           # Mandiant APT
]

# ---------------------------------------------------------------------------
# Countries: ISO2 -> (adjective, strong forms, weak forms).  Hand-written,
# CC0 general knowledge.  Capitals come from the MISP country galaxy and are
# always weak forms.  A form prefixed with "~" is weak (needs context).
# The adjective is also a (strong) form unless written "~Adjective".
# ---------------------------------------------------------------------------
COUNTRY_NAME_OVERRIDES = {
    "US": "United States", "CZ": "Czech Republic", "TL": "Timor-Leste",
    "PS": "Palestine", "VA": "Vatican City",
    "BQ": "Bonaire, Saint Eustatius and Saba",
}
COUNTRY_INFO = {
    "AD": ("Andorran", []),
    "AE": ("Emirati", ["UAE", "U.A.E.", "~Emirates", "~Dubai"]),
    "AF": ("Afghan", ["Islamic Emirate of Afghanistan"]),
    "AG": ("Antiguan", ["~Antigua", "~Barbudan"]),
    "AI": ("Anguillan", []),
    "AL": ("Albanian", []),
    "AM": ("Armenian", []),
    "AO": ("Angolan", []),
    "AQ": ("Antarctic", []),
    "AR": ("Argentine", ["Argentinian", "Argentinean"]),
    "AS": ("American Samoan", []),
    "AT": ("Austrian", []),
    "AU": ("Australian", []),
    "AW": ("Aruban", []),
    "AX": ("Ålandic", ["Åland Islands", "Åland", "Ålander"]),
    "AZ": ("Azerbaijani", ["Azeri", "Republic of Azerbaijan"]),
    "BA": ("Bosnian", ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina", "Herzegovinian"]),
    "BB": ("Barbadian", ["Bajan"]),
    "BD": ("Bangladeshi", []),
    "BE": ("Belgian", []),
    "BF": ("Burkinabe", ["Burkinabé"]),
    "BG": ("Bulgarian", []),
    "BH": ("Bahraini", []),
    "BI": ("Burundian", []),
    "BJ": ("Beninese", []),
    "BL": ("Barthélemois", ["Saint Barthélemy", "St. Barts", "St Barths"]),
    "BM": ("Bermudian", []),
    "BN": ("Bruneian", ["Brunei Darussalam"]),
    "BO": ("Bolivian", []),
    "BQ": ("Bonairean", ["Caribbean Netherlands", "~Bonaire", "~Sint Eustatius", "~Saba"]),
    "BR": ("Brazilian", []),
    "BS": ("Bahamian", ["The Bahamas"]),
    "BT": ("Bhutanese", []),
    "BV": ("Bouvet Island", []),
    "BW": ("Botswanan", ["Motswana", "Batswana"]),
    "BY": ("Belarusian", ["Republic of Belarus", "Belorussian", "Byelorussian", "Belarussian"]),
    "BZ": ("Belizean", []),
    "CA": ("Canadian", []),
    "CC": ("Cocos Islander", ["Cocos (Keeling) Islands", "Keeling Islands"]),
    "CD": ("~Congolese", ["DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "~Congo"]),
    "CF": ("Central African", ["~CAR"]),
    "CG": ("~Congolese", ["Republic of Congo", "Congo-Brazzaville", "~Congo"]),
    "CH": ("Swiss", ["Swiss Confederation"]),
    "CI": ("Ivorian", ["Côte d'Ivoire", "Cote d'Ivoire"]),
    "CK": ("Cook Islander", []),
    "CL": ("Chilean", []),
    "CM": ("Cameroonian", []),
    "CN": ("Chinese", ["PRC", "P.R.C.", "People's Republic of China", "~Mainland China", "~Chinese Communist Party", "~CCP", "~Zhongnanhai"]),
    "CO": ("Colombian", []),
    "CR": ("Costa Rican", []),
    "CU": ("Cuban", []),
    "CV": ("Cabo Verdean", ["Cape Verde", "Cape Verdean"]),
    "CW": ("Curaçaoan", ["Curaçao"]),
    "CX": ("Christmas Islander", []),
    "CY": ("Cypriot", []),
    "CZ": ("Czech", ["Czechia"]),
    "DE": ("German", ["Federal Republic of Germany"]),
    "DJ": ("Djiboutian", []),
    "DK": ("Danish", []),
    "DM": ("~Dominican", ["Commonwealth of Dominica"]),
    "DO": ("~Dominican", []),
    "DZ": ("Algerian", []),
    "EC": ("Ecuadorian", []),
    "EE": ("Estonian", []),
    "EG": ("Egyptian", []),
    "EH": ("Sahrawi", ["Western Saharan"]),
    "ER": ("Eritrean", []),
    "ES": ("Spanish", []),
    "ET": ("Ethiopian", []),
    "FI": ("Finnish", []),
    "FJ": ("Fijian", []),
    "FK": ("Falkland Islander", ["Falklands", "Malvinas"]),
    "FM": ("Micronesian", ["Federated States of Micronesia"]),
    "FO": ("Faroese", ["Faroes", "Faeroe Islands"]),
    "FR": ("French", ["French Republic"]),
    "GA": ("Gabonese", []),
    "GB": ("British", ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland", "~England"]),
    "GD": ("Grenadian", []),
    "GE": ("~Georgian", ["Republic of Georgia"]),
    "GF": ("French Guianese", ["French Guiana"]),
    "GG": ("Guernsey", []),
    "GH": ("Ghanaian", []),
    "GI": ("Gibraltarian", []),
    "GL": ("Greenlandic", ["Greenlander"]),
    "GM": ("Gambian", ["The Gambia"]),
    "GN": ("~Guinean", []),
    "GP": ("Guadeloupean", []),
    "GQ": ("Equatorial Guinean", ["Equatoguinean"]),
    "GR": ("Greek", ["Hellenic Republic", "Hellenic"]),
    "GS": ("South Georgian", []),
    "GT": ("Guatemalan", []),
    "GU": ("Guamanian", []),
    "GW": ("Bissau-Guinean", []),
    "GY": ("Guyanese", []),
    "HK": ("Hong Kong", ["Hongkonger", "HKSAR", "Hong Kong SAR"]),
    "HM": ("Heard Island", []),
    "HN": ("Honduran", []),
    "HR": ("Croatian", ["Croat"]),
    "HT": ("Haitian", []),
    "HU": ("Hungarian", []),
    "ID": ("Indonesian", []),
    "IE": ("Irish", ["Republic of Ireland"]),
    "IL": ("Israeli", ["State of Israel", "~Tel Aviv"]),
    "IM": ("Manx", []),
    "IN": ("Indian", ["Republic of India", "~Delhi"]),
    "IO": ("Chagossian", ["BIOT", "Chagos Islands"]),
    "IQ": ("Iraqi", []),
    "IR": ("Iranian", ["Islamic Republic of Iran", "~Persian"]),
    "IS": ("Icelandic", ["Icelander"]),
    "IT": ("Italian", []),
    "JE": ("~Jersey", []),
    "JM": ("Jamaican", []),
    "JO": ("Jordanian", []),
    "JP": ("Japanese", []),
    "KE": ("Kenyan", []),
    "KG": ("Kyrgyz", ["Kyrgyz Republic", "Kirghiz", "Kyrgyzstani"]),
    "KH": ("Cambodian", ["~Khmer"]),
    "KI": ("I-Kiribati", []),
    "KM": ("Comoran", ["Comorian"]),
    "KN": ("Kittitian", ["St Kitts and Nevis", "Saint Kitts", "Nevisian"]),
    "KP": ("North Korean", ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"]),
    "KR": ("South Korean", ["ROK", "Republic of Korea", "~Korea", "~Korean"]),
    "XK": ("Kosovar", ["Kosovan"]),
    "KW": ("Kuwaiti", []),
    "KY": ("Caymanian", []),
    "KZ": ("Kazakh", ["Kazakhstani", "~Astana"]),
    "LA": ("Lao", ["Laotian", "Lao PDR", "Lao People's Democratic Republic"]),
    "LB": ("Lebanese", []),
    "LC": ("Saint Lucian", ["St Lucia", "St. Lucia"]),
    "LI": ("Liechtensteiner", []),
    "LK": ("Sri Lankan", []),
    "LR": ("Liberian", []),
    "LS": ("Basotho", ["Mosotho"]),
    "LT": ("Lithuanian", []),
    "LU": ("Luxembourgish", ["Luxembourger"]),
    "LV": ("Latvian", []),
    "LY": ("Libyan", []),
    "MA": ("Moroccan", []),
    "MC": ("Monegasque", ["Monacan"]),
    "MD": ("Moldovan", ["Republic of Moldova"]),
    "ME": ("Montenegrin", []),
    "MF": ("Saint-Martinois", ["St. Martin", "Collectivity of Saint Martin"]),
    "MG": ("Malagasy", ["Madagascan"]),
    "MH": ("Marshallese", []),
    "MK": ("North Macedonian", ["Republic of North Macedonia", "~Macedonia", "~Macedonian"]),
    "ML": ("Malian", []),
    "MM": ("Burmese", ["Burma", "~Naypyidaw"]),
    "MN": ("Mongolian", []),
    "MO": ("Macanese", ["Macau", "Macao SAR", "Macau SAR"]),
    "MP": ("Northern Mariana Islander", []),
    "MQ": ("Martinican", ["Martiniquais"]),
    "MR": ("Mauritanian", []),
    "MS": ("Montserratian", []),
    "MT": ("Maltese", []),
    "MU": ("Mauritian", []),
    "MV": ("Maldivian", []),
    "MW": ("Malawian", []),
    "MX": ("Mexican", []),
    "MY": ("Malaysian", []),
    "MZ": ("Mozambican", []),
    "NA": ("Namibian", []),
    "NC": ("New Caledonian", []),
    "NE": ("Nigerien", []),
    "NF": ("Norfolk Islander", []),
    "NG": ("Nigerian", []),
    "NI": ("Nicaraguan", []),
    "NL": ("Dutch", ["The Netherlands", "Kingdom of the Netherlands", "Holland", "~The Hague"]),
    "NO": ("Norwegian", []),
    "NP": ("Nepalese", ["Nepali"]),
    "NR": ("Nauruan", []),
    "NU": ("Niuean", []),
    "NZ": ("New Zealand", ["New Zealander", "Aotearoa"]),
    "OM": ("Omani", []),
    "PA": ("Panamanian", []),
    "PE": ("Peruvian", []),
    "PF": ("French Polynesian", ["~Tahiti"]),
    "PG": ("Papua New Guinean", ["PNG"]),
    "PH": ("Filipino", ["Philippine", "Republic of the Philippines", "The Philippines"]),
    "PK": ("Pakistani", ["Islamic Republic of Pakistan", "~Rawalpindi"]),
    "PL": ("Polish", []),
    "PM": ("Saint-Pierrais", []),
    "PN": ("Pitcairn Islander", ["Pitcairn Islands"]),
    "PR": ("Puerto Rican", []),
    "PS": ("Palestinian", ["Palestinian Territory", "Palestinian Territories", "State of Palestine",
                           "Occupied Palestinian Territories", "Palestinian Authority", "~Gaza", "~West Bank"]),
    "PT": ("Portuguese", []),
    "PW": ("Palauan", []),
    "PY": ("Paraguayan", []),
    "QA": ("Qatari", []),
    "RE": ("Reunionese", ["Réunion"]),
    "RO": ("Romanian", []),
    "RS": ("Serbian", ["Serb"]),
    "RU": ("Russian", ["Russian Federation", "Kremlin"]),
    "RW": ("Rwandan", []),
    "SA": ("Saudi", ["Saudi Arabian", "Kingdom of Saudi Arabia", "KSA"]),
    "SB": ("Solomon Islander", []),
    "SC": ("Seychellois", []),
    "SD": ("Sudanese", []),
    "SS": ("South Sudanese", []),
    "SE": ("Swedish", []),
    "SG": ("Singaporean", []),
    "SH": ("Saint Helenian", ["St Helena"]),
    "SI": ("Slovenian", ["Slovene"]),
    "SJ": ("Svalbard", []),
    "SK": ("Slovak", ["Slovakian"]),
    "SL": ("Sierra Leonean", []),
    "SM": ("Sammarinese", []),
    "SN": ("Senegalese", []),
    "SO": ("Somali", ["Somalian"]),
    "SR": ("Surinamese", []),
    "ST": ("Santomean", ["São Tomé and Príncipe"]),
    "SV": ("Salvadoran", ["Salvadorean"]),
    "SX": ("Sint Maartener", []),
    "SY": ("Syrian", ["Syrian Arab Republic"]),
    "SZ": ("Swazi", ["Swaziland", "Kingdom of Eswatini"]),
    "TC": ("Turks and Caicos Islander", []),
    "TD": ("Chadian", []),
    "TF": ("French Southern", ["French Southern and Antarctic Lands"]),
    "TG": ("Togolese", []),
    "TH": ("Thai", ["Kingdom of Thailand", "~Siam"]),
    "TJ": ("Tajik", ["Tajikistani"]),
    "TK": ("Tokelauan", []),
    "TL": ("Timorese", ["East Timor", "Timor Leste", "East Timorese"]),
    "TM": ("Turkmen", ["Turkmenistani"]),
    "TN": ("Tunisian", []),
    "TO": ("Tongan", []),
    "TR": ("Turkish", ["Türkiye", "Turkiye", "Republic of Türkiye"]),
    "TT": ("Trinidadian", ["Tobagonian", "Trinidad"]),
    "TV": ("Tuvaluan", []),
    "TW": ("Taiwanese", ["~Republic of China", "~ROC"]),
    "TZ": ("Tanzanian", []),
    "UA": ("Ukrainian", ["~Kiev"]),
    "UG": ("Ugandan", []),
    "UM": ("U.S. Minor Outlying Islands", []),
    # The states (weak forms, like a capital): a state named places a story in
    # the United States. Georgia is left out (a country too), and Washington
    # is there through the capital.
    "US": ("~American", ["United States of America", "U.S.", "U.S.A.", "USA", "~US", "~America", "~Washington, D.C.",
                         "~Alabama", "~Alaska", "~Arizona", "~Arkansas", "~California", "~Colorado", "~Connecticut", "~Delaware", "~Florida", "~Hawaii", "~Idaho", "~Illinois", "~Indiana", "~Iowa", "~Kansas", "~Kentucky", "~Louisiana", "~Maine", "~Maryland", "~Massachusetts", "~Michigan", "~Minnesota", "~Mississippi", "~Missouri", "~Montana", "~Nebraska", "~Nevada", "~New Hampshire", "~New Jersey", "~New Mexico", "~New York", "~North Carolina", "~North Dakota", "~Ohio", "~Oklahoma", "~Oregon", "~Pennsylvania", "~Rhode Island", "~South Carolina", "~South Dakota", "~Tennessee", "~Texas", "~Utah", "~Vermont", "~Virginia", "~West Virginia", "~Wisconsin", "~Wyoming"]),
    "UY": ("Uruguayan", []),
    "UZ": ("Uzbek", ["Uzbekistani"]),
    "VA": ("Vatican", ["Holy See"]),
    "VC": ("Vincentian", ["Saint Vincent", "St Vincent and the Grenadines"]),
    "VE": ("Venezuelan", []),
    "VG": ("British Virgin Islander", ["BVI"]),
    "VI": ("U.S. Virgin Islander", ["USVI", "US Virgin Islands"]),
    "VN": ("Vietnamese", ["Viet Nam"]),
    "VU": ("Ni-Vanuatu", ["Vanuatuan"]),
    "WF": ("Wallisian", ["Futunan"]),
    "WS": ("Samoan", []),
    "YE": ("Yemeni", ["~Sana'a"]),
    "YT": ("Mahoran", []),
    "ZA": ("South African", []),
    "ZM": ("Zambian", []),
    "ZW": ("Zimbabwean", []),
    "CS": ("Serbian-Montenegrin", []),
    "AN": ("Antillean", []),
}
# Extra names used by the sources for a state (CFR sponsor strings, Microsoft
# origins) that are not forms worth matching in news.
COUNTRY_SOURCE_NAMES = {
    "Iran (Islamic Republic of)": "IR",
    "Korea (Democratic People's Republic of)": "KP",
    "Korea (Republic of)": "KR",
    "Korea": "KR",          # Microsoft "Zigzag Hail" (DarkHotel): South Korea
    "Türkiye": "TR",
    "Palestine": "PS",
}

# ---------------------------------------------------------------------------
# Agencies.  Curated rows (id, name, ISO2, parent id, forms, MISP value it
# replaces).  Every other entry of the MISP intelligence-agencies galaxy is
# added as is.
# ---------------------------------------------------------------------------
CURATED_AGENCIES = [
    ("mss", "Ministry of State Security", "CN", "",
     ["MSS", "Guoanbu", "Chinese Ministry of State Security"], "Ministry of State Security (China)"),
    ("mss-tianjin", "Tianjin State Security Bureau", "CN", "mss", [], None),
    ("mss-hainan", "Hainan State Security Department", "CN", "mss", ["Hainan SSD"], None),
    ("mps", "Ministry of Public Security", "CN", "", ["MPS"], "Ministry of Public Security (China)"),
    ("pla", "People's Liberation Army", "CN", "", ["PLA", "Chinese People's Liberation Army"], None),
    ("pla-unit-61398", "PLA Unit 61398", "CN", "pla", ["Unit 61398", "Military Unit 61398"], "PLA Unit 61398"),
    ("pla-unit-61486", "PLA Unit 61486", "CN", "pla", ["Unit 61486", "Military Unit 61486"], None),
    ("pla-unit-61419", "PLA Unit 61419", "CN", "pla", ["Unit 61419", "Military Unit 61419"], None),
    ("pla-unit-78020", "PLA Unit 78020", "CN", "pla",
     ["Unit 78020", "Military Unit 78020", "Chengdu Military Region Second Technical Reconnaissance Bureau"], None),
    ("pla-ssf", "PLA Strategic Support Force", "CN", "pla", ["PLA SSF", "PLASSF", "Strategic Support Force"], None),
    ("gru", "Main Intelligence Directorate", "RU", "",
     ["GRU", "General Staff Main Intelligence Directorate", "Main Directorate of the General Staff",
      "Russian Main Intelligence Directorate", "Russian military intelligence"], "GRU (Russian Federation)"),
    ("gru-unit-26165", "GRU Unit 26165", "RU", "gru",
     ["Unit 26165", "Military Unit 26165", "85th Main Special Service Center", "GTsSS", "85th GTsSS"], None),
    ("gru-unit-74455", "GRU Unit 74455", "RU", "gru",
     ["Unit 74455", "Military Unit 74455", "Main Center for Special Technologies", "GTsST"], None),
    ("gru-unit-29155", "GRU Unit 29155", "RU", "gru",
     ["Unit 29155", "Military Unit 29155", "161st Specialist Training Center"], None),
    ("svr", "Foreign Intelligence Service", "RU", "",
     ["SVR", "SVR RF", "Russian Foreign Intelligence Service"], "Foreign Intelligence Service (Russia)"),
    ("fsb", "Federal Security Service", "RU", "",
     ["FSB", "Russian Federal Security Service"], "Federal Security Service (Russia)"),
    ("fsb-center-16", "FSB Center 16", "RU", "fsb", ["Center 16", "16th Center", "Military Unit 71330"], None),
    ("fsb-center-18", "FSB Center 18", "RU", "fsb", ["Center 18", "18th Center", "Center for Information Security"], None),
    ("rgb", "Reconnaissance General Bureau", "KP", "", ["RGB", "General Reconnaissance Bureau"], "Reconnaissance General Bureau"),
    ("irgc", "Islamic Revolutionary Guard Corps", "IR", "",
     ["IRGC", "Revolutionary Guards", "Iranian Revolutionary Guard Corps", "Army of the Guardians of the Islamic Revolution"], None),
    ("irgc-io", "IRGC Intelligence Organization", "IR", "irgc",
     ["IRGC-IO", "IRGC Intelligence Organisation"], "Intelligence Organization of Army of the Guardians of the Islamic Revolution"),
    ("irgc-cec", "IRGC Cyber-Electronic Command", "IR", "irgc",
     ["IRGC-CEC", "Cyber-Electronic Command", "Cyber Electronic Command"], None),
    ("mois", "Ministry of Intelligence and Security", "IR", "",
     ["MOIS", "VAJA", "Ministry of Intelligence", "Iranian Ministry of Intelligence"], "Ministry of Intelligence (Iran)"),
    ("nsa", "National Security Agency", "US", "", ["NSA"], "National Security Agency"),
    ("nsa-tao", "Tailored Access Operations", "US", "nsa", ["TAO", "Office of Tailored Access Operations"], None),
    ("cia", "Central Intelligence Agency", "US", "", ["CIA"], "Central Intelligence Agency"),
]

# ---------------------------------------------------------------------------
# Sectors: canonical sector -> (MISP sector values mapped to it, cues).
# Cues are lower-case words/phrases that signal the sector in news text.
# ---------------------------------------------------------------------------
SECTORS = {
    "government": (["Government, Administration", "Diplomacy", "Employment", "Justice",
                    "Police - Law enforcement", "Immigration", "Intelligence", "Country"],
                   ["government", "governments", "government agency", "government agencies", "ministry",
                    "ministries", "federal agency", "federal agencies", "state agency", "public sector",
                    "public administration", "municipality", "municipalities", "city council", "local government",
                    "embassy", "embassies", "diplomat", "diplomats", "diplomatic", "foreign affairs",
                    "foreign ministry", "parliament", "legislature", "law enforcement", "police", "court",
                    "courts", "judiciary", "customs", "tax authority", "election", "elections",
                    "intelligence agency", "department of", "civil service", "prime minister's office"]),
    "defense": (["Defense", "Military"],
                ["defense", "defence", "military", "armed forces", "army", "navy", "air force",
                 "defense contractor", "defense contractors", "defence contractor", "defense industrial base",
                 "ministry of defence", "ministry of defense", "pentagon", "nato", "weapons", "munitions"]),
    "energy": (["Energy", "Electric", "Gas", "Oil", "Petrochemical", "Smart meter", "Turbine"],
               ["energy", "energy company", "utility", "utilities", "power grid", "electric grid", "electricity",
                "power plant", "power plants", "power station", "nuclear plant", "nuclear power", "oil and gas",
                "oil company", "natural gas", "pipeline", "pipelines", "refinery", "refineries",
                "petrochemical", "renewable energy", "solar", "wind farm", "lng"]),
    "telecommunications": (["Telecoms", "IT - ISP", "Communication equipment"],
                           ["telecommunications", "telecom", "telecoms", "telecom provider", "telecom providers",
                            "telecommunications provider", "telecommunications company", "carrier", "carriers",
                            "mobile operator", "mobile network operator", "internet service provider",
                            "internet service providers", "isp", "isps", "broadband", "5g"]),
    "healthcare": (["Health", "Biomedical", "Veterinary"],
                   ["healthcare", "health care", "hospital", "hospitals", "clinic", "clinics", "medical",
                    "patient", "patients", "health system", "health systems", "healthcare provider",
                    "nursing home", "ambulance", "medical center", "health insurer", "blood bank"]),
    "pharmaceutical": (["Pharmacy", "Life science"],
                       ["pharmaceutical", "pharmaceuticals", "pharma", "drugmaker", "biotech", "biotechnology",
                        "vaccine", "vaccines", "life sciences", "pharmacy", "pharmacies"]),
    "finance": (["Finance", "Bank", "Payment", "Investment", "Insurance", "Accounting", "Tax firm"],
                ["finance", "financial", "financial institution", "financial institutions", "financial services",
                 "bank", "banks", "banking", "credit union", "insurer", "insurance", "payment", "payments",
                 "payment processor", "atm", "atms", "swift", "stock exchange", "brokerage", "investment firm",
                 "asset management", "fintech", "accounting firm", "credit card"]),
    "cryptocurrency": ([],
                       ["cryptocurrency", "crypto", "crypto exchange", "cryptocurrency exchange", "blockchain",
                        "defi", "web3", "crypto wallet", "bitcoin", "ethereum", "stablecoin", "nft"]),
    "education": (["Academia - University", "Education", "Higher education"],
                  ["education", "educational", "university", "universities", "college", "colleges", "school",
                   "schools", "school district", "academic", "academia", "students", "campus"]),
    "research": (["Research - Innovation"],
                 ["research", "research institute", "research institutes", "research center", "laboratory",
                  "laboratories", "scientists", "r&d"]),
    "think tanks": (["Think Tanks"], ["think tank", "think tanks", "policy institute", "policy experts"]),
    "technology": (["IT", "IT - Hacker", "IT - Security", "High tech", "Technology", "Data Broker",
                    "Digital services", "Programming", "Managed Services Provider", "Security systems",
                    "Semi-conductors", "Electronic", "Social networks", "DNS service provider",
                    "Digital infrastructure", "Video Sharing", "Streaming service"],
                   ["technology", "tech company", "tech companies", "technology company", "software company",
                    "software vendor", "it company", "it services", "it provider", "managed service provider",
                    "managed service providers", "msp", "msps", "cloud provider", "cloud service provider",
                    "saas", "data center", "hosting provider", "semiconductor", "semiconductors",
                    "chipmaker", "cybersecurity company", "cybersecurity firm", "security vendor",
                    "social media", "developers", "open source"]),
    "manufacturing": (["Manufacturing", "Industrial", "Steel", "Metal", "Automotive", "Chemical"],
                      ["manufacturing", "manufacturer", "manufacturers", "factory", "factories", "industrial",
                       "automotive", "carmaker", "automaker", "steel", "chemical", "chemicals", "industrial control",
                       "ics", "ot", "operational technology", "plant"]),
    "transportation": (["Transport", "Civil Aviation", "Railway", "Shipping", "Logistic", "Maritime"],
                       ["transportation", "transport", "aviation", "airline", "airlines", "airport", "airports",
                        "railway", "railways", "rail", "shipping", "maritime", "port", "ports", "logistics",
                        "freight", "trucking", "public transit", "transit"]),
    "aerospace": (["Aerospace", "Space", "Satellite navigation"],
                  ["aerospace", "aircraft manufacturer", "space agency", "satellite", "satellites", "aeronautics"]),
    "retail": (["Retail", "Trade", "eCommerce", "Online marketplace"],
               ["retail", "retailer", "retailers", "store", "stores", "supermarket", "e-commerce", "ecommerce",
                "online store", "online shop", "marketplace", "point-of-sale", "pos", "consumer goods"]),
    "hospitality": (["Hotels", "Hospitality", "Travel", "Tourism", "Restaurant", "Food"],
                    ["hospitality", "hotel", "hotels", "resort", "restaurant", "restaurants", "travel",
                     "travel agency", "tourism", "casino operator", "booking"]),
    "media": (["News - Media", "Journalist", "Television broadcast", "Publishing industry", "Advertising",
               "Marketing"],
              ["media", "news", "news outlet", "news outlets", "newspaper", "newspapers", "journalist",
               "journalists", "broadcaster", "broadcasters", "television", "tv station", "radio",
               "publisher", "publishing", "advertising", "marketing"]),
    "entertainment": (["Arts", "Culture", "Entertainment", "Game", "Sport", "Casino"],
                      ["entertainment", "gaming", "video game", "video games", "game developer", "casino",
                       "casinos", "sports", "film studio", "music", "streaming", "museum", "museums"]),
    "legal": (["Legal", "Lawyers"], ["legal", "law firm", "law firms", "lawyer", "lawyers", "attorney",
                                      "attorneys", "legal services"]),
    "critical infrastructure": (["Infrastructure", "Water", "Environment"],
                                ["critical infrastructure", "water utility", "water utilities", "water treatment",
                                 "wastewater", "water supply", "dam", "dams", "scada", "infrastructure"]),
    "agriculture": (["Agriculture"], ["agriculture", "agricultural", "farm", "farms", "farming", "food production",
                                      "food processing", "fertilizer"]),
    "mining": (["Mining"], ["mining", "mine", "mines", "mining company", "metals"]),
    "construction": (["Construction", "Engineering"],
                     ["construction", "construction company", "engineering", "engineering firm", "architecture",
                      "real estate"]),
    "non-profit": (["NGO", "Non-profit organisation", "Civil society", "Activists", "Dissidents", "Opposition",
                    "Islamic organisation", "Islamic forums", "Development", "Separatists", "Citizens"],
                   ["ngo", "ngos", "non-profit", "nonprofit", "not-for-profit", "charity", "charities",
                    "civil society", "activist", "activists", "human rights", "dissident", "dissidents",
                    "humanitarian", "religious organization", "foundation", "diaspora"]),
    "political": (["Political party"], ["political party", "political parties", "campaign", "politician",
                                        "politicians", "lawmakers"]),
    "business services": (["Consulting", "Security Service", "Security actors"],
                          ["consulting", "consultancy", "business services", "professional services",
                           "outsourcing", "bpo", "call center", "staffing", "security services"]),
}
SECTOR_SKIP = {"Unknown", "Other", "Multi-sector"}

# Tokens kept upper case when an ALL-CAPS name is title-cased.
ACRONYM_TOKENS = {
    "APT", "TA", "UNC", "DEV", "TG", "ATG", "CL", "STA", "ITG", "UAC", "TAG", "REF", "TEMP", "UAT",
    "ORB", "IT", "US", "UK", "EU", "NK", "RGB", "GRU", "FSB", "SVR", "MSS", "PLA", "IRGC", "DPRK",
    "PRC", "ISIS", "CIA", "NSA", "TAO", "FBI", "C2", "RAT", "AI", "OT", "ICS", "DDOS", "TTP", "SEA",
}

MS_TAGS = {"financially motivated", "private sector offensive actor", "influence operations",
           "group in development", "covert network"}


# ---------------------------------------------------------------------------
# Utilities
# ---------------------------------------------------------------------------

def clean(s):
    """Normalise a name: NFC, collapse whitespace, strip stray punctuation."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s))
    s = re.sub(r"\s+", " ", s).strip()
    s = s.strip(",;")
    s = re.sub(r"^Subgroup:\s*", "", s)
    return s.strip()


def key(s):
    """Case-insensitive key used for de-duplication (case and spacing)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def norm(s):
    """Loose key used for matching across sources: letters and digits only."""
    s = unicodedata.normalize("NFKD", s).casefold()
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z\u0080-\uffff]", "", s)


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def tsv_field(s):
    return re.sub(r"[\t\r\n]+", " ", s)


def is_gid(s):
    return re.fullmatch(r"G\d{4}", s) is not None


class Words:
    def __init__(self, path):
        self.lower = set()
        self.proper = set()
        with open(path, encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if w and "'" not in w:
                    (self.lower if w == w.lower() else self.proper).add(w.lower())

    def is_word(self, w):
        return w.lower() in self.lower

    def is_proper_noun(self, w):
        """A name the list gives only capitalised: a brand, place or person."""
        return w.lower() in self.proper and w.lower() not in self.lower


WORDS = None  # set in main()


def token_case(tok, multi):
    """Title-case one ALL-CAPS token unless it looks like an acronym."""
    letters = re.sub(r"[^A-Za-z]", "", tok)
    if not letters or not tok.isupper():
        return tok
    if re.search(r"[0-9$@#&]", tok) or tok in ACRONYM_TOKENS:
        return tok
    if not multi and "-" not in tok and "." not in tok:
        # single-token names: short non-words are acronyms (GCMAN, WIRTE, KAOS, UPS)
        if len(letters) <= 3 or (len(letters) <= 5 and not WORDS.is_word(letters)):
            return tok
    parts = re.split(r"([\-.])", tok)
    out = []
    for p in parts:
        if p.isalpha() and p not in ACRONYM_TOKENS and len(p) > 2:
            p = p[:1] + p[1:].lower()
        out.append(p)
    return "".join(out)


def display_case(s):
    """Case an ALL-CAPS or all-lower-case name for display."""
    letters = re.sub(r"[^A-Za-z]", "", s)
    if not letters:
        return s
    toks = s.split(" ")
    multi = len(toks) > 1
    if letters.isupper():
        return " ".join(token_case(t, multi) for t in toks)
    if letters.islower() and re.fullmatch(r"[a-z][a-z0-9 ]*", s):
        return " ".join(t[:1].upper() + t[1:] for t in toks)
    return s


def choose_variant(variants):
    """variants: Counter of spellings sharing one key().  Prefer mixed case
    (most frequent, then alphabetical); otherwise case the best ALL-CAPS /
    lower-case spelling for display."""
    def is_mixed(v):
        letters = re.sub(r"[^A-Za-z]", "", v)
        return bool(letters) and not letters.isupper() and not letters.islower()
    mixed = [v for v in variants if is_mixed(v)]
    pool = mixed if mixed else list(variants)
    pool.sort(key=lambda v: (-variants[v], v))
    best = pool[0]
    if not mixed:
        best = display_case(best)
    return best


def first_paragraph(desc):
    desc = re.sub(r"\(Citation:[^)]*\)", "", desc or "")
    desc = re.sub(r"\[([^\]]+)\]\(https?://[^)]+\)", r"\1", desc)
    return desc.strip().split("\n\n")[0].strip()


def strip_desc(desc):
    desc = re.sub(r"\(Citation:[^)]*\)", "", desc or "")
    desc = re.sub(r"\[([^\]]+)\]\(https?://[^)]+\)", r"\1", desc)
    return desc


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

def build_countries(src):
    gal = load_json(os.path.join(src, "misp-galaxy", "country.json"))
    rows = {}
    for v in gal["values"]:
        m = v.get("meta", {})
        iso = clean(m.get("ISO", "")).upper()
        if not iso:
            continue
        name = COUNTRY_NAME_OVERRIDES.get(iso) or clean(v.get("description") or v["value"])
        if iso not in COUNTRY_INFO:
            raise SystemExit(f"no adjective for country {iso} {name}")
        adj, extra = COUNTRY_INFO[iso]
        strong, weak = [], []
        weak_adj = adj.startswith("~")
        adj = adj.lstrip("~")
        (weak if weak_adj else strong).append(adj)
        for f in extra:
            (weak if f.startswith("~") else strong).append(f.lstrip("~"))
        src_name = clean(v.get("description") or "")
        if src_name and key(src_name) != key(name):
            strong.append(src_name)
        cap = clean(m.get("Capital", ""))
        if cap and key(cap) != key(name):
            weak.append(cap)
        # add typographic-apostrophe variants
        for lst in (strong, weak):
            for f in list(lst):
                if "'" in f:
                    lst.append(f.replace("'", "\u2019"))
        seen = {key(name)}
        s2, w2 = [], []
        for lst, out in ((strong, s2), (weak, w2)):
            for f in lst:
                if key(f) not in seen:
                    seen.add(key(f))
                    out.append(f)
        rows[iso] = {"name": name, "iso2": iso, "adjective": adj, "forms": s2, "weak": w2}
    return rows


def country_lookup(countries):
    """Map every name/form (key()) to ISO2 where unambiguous."""
    idx = collections.defaultdict(set)
    for iso, r in countries.items():
        for f in [r["name"], r["adjective"]] + r["forms"]:
            idx[key(f)].add(iso)
    for k, iso in COUNTRY_SOURCE_NAMES.items():
        idx[key(k)] = {iso}
    return {k: next(iter(v)) for k, v in idx.items() if len(v) == 1}


# ---------------------------------------------------------------------------
# Agencies
# ---------------------------------------------------------------------------

def build_agencies(src, countries):
    gal = load_json(os.path.join(src, "misp-galaxy", "intelligence-agencies.json"))
    rows = {}
    curated_by_misp = {}
    for aid, name, iso, parent, forms, misp in CURATED_AGENCIES:
        rows[aid] = {"id": aid, "name": name, "iso": iso, "parent": parent, "forms": list(forms),
                     "base": [name], "curated": True}
        if misp:
            curated_by_misp[misp] = aid
    names_taken = {key(r["name"]) for r in rows.values()}
    pending = []
    for v in gal["values"]:
        m = v.get("meta", {})
        raw = clean(v["value"])
        iso = clean(m.get("country", "")).upper()
        forms = [clean(x) for x in m.get("synonyms", []) or []]
        desc = clean(v.get("description") or "")
        for ab in re.findall(r"\(([A-Z][A-Za-z&.\-]{2,10})[);/,]", desc + ")"):
            if sum(1 for c in ab if c.isupper()) >= 2:
                forms.append(ab)
        if raw in curated_by_misp:
            r = rows[curated_by_misp[raw]]
            stripped = re.sub(r"\s*\((?:China|Iran|Russia|Russian Federation)\)$", "", raw)
            r["forms"].extend([stripped] + forms)
            continue
        name = re.sub(r"\s*\(page does not exist\)", "", raw)
        name = re.sub(r"\[\d+\]", "", name).strip()
        base = name
        mm = re.fullmatch(r"(.*?)\s*\(([^)]*)\)", name)
        if mm and countries.get(iso) and key(mm.group(2)) in (key(countries[iso]["name"]), key(countries[iso]["adjective"])):
            base = mm.group(1)
        elif mm and mm.group(2) in ("Russian Federation",):
            base = mm.group(1)
        pending.append((iso, name, base, forms))
    pending.sort(key=lambda x: (x[0], x[1]))
    base_count = collections.Counter(key(p[2]) for p in pending)
    for iso, name, base, forms in pending:
        disp = base if (base_count[key(base)] == 1 and key(base) not in names_taken) else name
        if key(disp) in names_taken:
            disp = f"{base} ({countries[iso]['name'] if iso in countries else iso})"
        names_taken.add(key(disp))
        aid = slug(disp) or "agency"
        if aid in rows:
            aid = f"{aid}-{iso.lower()}"
        n = 2
        base_id = aid
        while aid in rows:
            aid = f"{base_id}-{n}"
            n += 1
        f2 = list(forms)
        if key(base) != key(disp):
            f2.append(base)
        rows[aid] = {"id": aid, "name": disp, "iso": iso, "parent": "", "forms": f2, "base": [base],
                     "curated": False}
    for r in rows.values():
        seen = {key(r["name"])}
        out = []
        for f in r["forms"]:
            f = clean(f)
            if f and key(f) not in seen and "\t" not in f:
                seen.add(key(f))
                out.append(f)
        r["forms"] = out
    return rows


# ---------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------

class Rec:
    """One source record taking part in the actor merge."""

    def __init__(self, source, primary):
        self.source = source        # 'misp' | 'attack' | 'ms'
        self.primary = primary
        self.names = []             # all names (incl. primary), in source order
        self.uuid = ""
        self.attack_id = ""
        self.strong_gids = set()
        self.weak_gids = set()
        self.country = ""           # ISO2
        self.meta = {}
        self.desc = ""
        self.related = []
        self.ms_tags = set()
        self.ms_countries = []


def load_misp_actors(src):
    gal = load_json(os.path.join(src, "misp-galaxy", "threat-actor.json"))
    recs = []
    for v in gal["values"]:
        value = clean(v["value"])
        if not value or value.startswith("["):
            continue
        m = v.get("meta", {}) or {}
        r = Rec("misp", value)
        r.uuid = v["uuid"]
        names = [value] + [clean(x) for x in m.get("synonyms", []) or []]
        names += [clean(x.rpartition(":")[0] if ":" in x else x) for x in m.get("name-attribution", []) or []]
        for n in names:
            if is_gid(n):
                r.strong_gids.add(n)
        r.names = [n for n in names if n and not is_gid(n)]
        for ref in m.get("refs", []) or []:
            for g in re.findall(r"attack\.mitre\.org/groups/(G\d{4})", ref):
                r.weak_gids.add(g)
        r.country = clean(m.get("country", "")).upper()
        r.meta = m
        r.desc = v.get("description") or ""
        r.related = v.get("related", []) or []
        recs.append(r)
    return recs


def curated_actors(misp_recs):
    """CURATED_ACTORS as MISP records, but none the galaxy already names."""
    listed = {key(n) for r in misp_recs for n in r.names}
    recs = []
    for name, others, iso in CURATED_ACTORS:
        if key(name) in listed:
            continue
        r = Rec("misp", name)
        r.names = [name] + others
        r.country = iso
        recs.append(r)
    return recs


def load_attack(src):
    data = load_json(os.path.join(src, "mitre-attack", "attack-enterprise.json"))
    return data


def attack_groups(data):
    recs = []
    for o in data["objects"]:
        if o["type"] != "intrusion-set":
            continue
        r = Rec("attack", clean(o["name"]))
        r.uuid = o["id"]
        r.attack_id = o["attack_id"]
        r.names = [r.primary] + [clean(a) for a in o.get("aliases", []) or []]
        r.names = [n for n in r.names if n and not is_gid(n)]
        r.desc = o.get("description") or ""
        recs.append(r)
    recs.sort(key=lambda r: r.attack_id)
    return recs


def load_microsoft(src, country_idx):
    mapping = load_json(os.path.join(src, "microsoft", "MicrosoftMapping.json"))
    mag = load_json(os.path.join(src, "misp-galaxy", "microsoft-activity-group.json"))["values"]
    recs = {}
    order = []

    def parse_origin(r, origin):
        for part in [p.strip() for p in (origin or "").split(",") if p.strip()]:
            if part.casefold() in MS_TAGS:
                r.ms_tags.add(part.casefold())
            elif key(part) in country_idx:
                r.ms_countries.append(country_idx[key(part)])

    for e in mapping:
        name = clean(e["Threat actor name"])
        r = Rec("ms", name)
        r.names = [name] + [clean(x) for x in (e.get("Other names") or "").split(",")]
        r.names = [n for n in r.names if n]
        parse_origin(r, e.get("Origin/Threat"))
        recs[name] = r
        order.append(name)
    # A mapping entry named Storm-NNNN that is listed among another entry's
    # other names is that actor's former designation: fold it in.
    other_names = collections.defaultdict(set)
    for name in order:
        for n in recs[name].names[1:]:
            other_names[norm(n)].add(name)
    for name in list(order):
        owners = other_names.get(norm(name), set()) - {name}
        if re.fullmatch(r"Storm-\d+", name) and len(owners) == 1:
            host = recs[next(iter(owners))]
            host.names += recs[name].names
            host.ms_tags |= recs[name].ms_tags
            host.ms_countries += [c for c in recs[name].ms_countries if c not in host.ms_countries]
            order.remove(name)
            del recs[name]
    other_idx = collections.defaultdict(set)
    for name in order:
        for n in recs[name].names[1:]:
            other_idx[norm(n)].add(name)
    for v in sorted(mag, key=lambda v: v["value"]):
        name = clean(v["value"])
        m = v.get("meta", {}) or {}
        syn = [clean(x) for x in m.get("synonyms", []) or []]
        rel = [x["dest-uuid"] for x in v.get("related", []) or [] if x.get("type") == "similar"]
        target = None
        if name in recs:
            target = recs[name]
        else:
            owners = other_idx.get(norm(name), set())
            if len(owners) == 1:
                target = recs[next(iter(owners))]
            elif re.search(r"(Typhoon|Blizzard|Sandstorm|Sleet|Cyclone|Dust|Hail|Rain|Tempest|Tsunami|Flood|"
                           r"Lightning|Gust|Squall|Vortex)$|^Storm-\d+$", name):
                target = Rec("ms", name)
                target.names = [name]
                recs[name] = target
                order.append(name)
                parse_origin(target, m.get("microsoft-origin-threat"))
                if m.get("country") and not target.ms_countries:
                    target.ms_countries.append(clean(m["country"]).upper())
            else:
                continue  # legacy element name only known to MISP; skipped
            if target.primary != name:
                syn = [name] + syn
        target.names += [s for s in syn if s]
        target.related += rel
    out = []
    for name in order:
        r = recs[name]
        if not r.ms_countries and not (r.ms_tags - {"group in development"}):
            fam = name.split(" ")[-1]
            if fam in MS_FAMILY_COUNTRY:
                r.ms_countries.append(MS_FAMILY_COUNTRY[fam])
        out.append(r)
    out.sort(key=lambda r: r.primary)
    return out


class Actor:
    def __init__(self):
        self.misp = []      # MISP records; [0] is the backbone entry
        self.attack = None
        self.ms = None
        self.merged = []    # MISP records merged in by the value rule

    def recs(self):
        out = list(self.misp) + list(self.merged)
        if self.attack:
            out.append(self.attack)
        if self.ms:
            out.append(self.ms)
        return out

    def names(self):
        out = []
        for r in self.recs():
            out.extend(r.names)
        return out

    def misp_names(self):
        return [n for r in self.misp for n in r.names]

    def vendor_names(self):
        out = []
        if self.attack:
            out += self.attack.names
        if self.ms:
            out += self.ms.names
        return out

    def sort_key(self):
        r = self.recs()[0]
        return (r.source, r.primary, r.uuid)


def greedy_assign(candidates):
    """candidates: list of (score, tiebreak, a, b).  One-to-one greedy."""
    candidates.sort(key=lambda c: (-c[0], c[1]))
    used_a, used_b, pairs = set(), set(), []
    for score, _tb, a, b in candidates:
        if a in used_a or b in used_b:
            continue
        used_a.add(a)
        used_b.add(b)
        pairs.append((a, b, score))
    return pairs


MIN_SCORE = 10.0


def merge_actors(misp_recs, att_recs, ms_recs, log):
    # -- 1. MISP backbone: entries sharing their single strong ATT&CK id merge.
    actors = []
    by_gid = collections.defaultdict(list)
    for r in misp_recs:
        if len(r.strong_gids) == 1:
            by_gid[next(iter(r.strong_gids))].append(r)
    absorbed = set()
    for g in sorted(by_gid):
        rs = by_gid[g]
        if len(rs) > 1:
            log.append(f"MISP entries merged on shared ATT&CK id {g}: " + ", ".join(r.primary for r in rs))
            for r in rs[1:]:
                absorbed.add(id(r))
    for r in misp_recs:
        if id(r) in absorbed:
            continue
        a = Actor()
        a.misp.append(r)
        actors.append(a)
    for g in sorted(by_gid):
        rs = by_gid[g]
        if len(rs) > 1:
            host = next(a for a in actors if a.misp[0] is rs[0])
            host.misp.extend(rs[1:])

    # -- 2. ATT&CK groups -> MISP actors
    def name_index(acts, fn):
        idx = collections.defaultdict(set)
        for i, a in enumerate(acts):
            for n in fn(a):
                idx[norm(n)].add(i)
        return idx

    midx = name_index(actors, lambda a: a.misp_names())
    cands = []
    for g in att_recs:
        scores = collections.defaultdict(float)
        for i, a in enumerate(actors):
            if any(g.attack_id in r.strong_gids for r in a.misp):
                scores[i] += 100
            if any(g.attack_id in r.weak_gids for r in a.misp):
                scores[i] += 5
        pn = norm(g.primary)
        for i in midx.get(pn, ()):
            scores[i] += 30.0 / len(midx[pn])
            if norm(actors[i].misp[0].primary) == pn:
                scores[i] += 50
        for n in sorted({norm(x) for x in g.names[1:]} - {pn}):
            for i in midx.get(n, ()):
                scores[i] += 10.0 / len(midx[n])
        for i, s in scores.items():
            if s >= MIN_SCORE:
                cands.append((s, (g.attack_id, actors[i].misp[0].primary), g.attack_id, i))
    gmap = {g.attack_id: g for g in att_recs}
    assigned = set()
    for gid, i, s in greedy_assign(cands):
        actors[i].attack = gmap[gid]
        assigned.add(gid)
    for g in att_recs:
        if g.attack_id not in assigned:
            a = Actor()
            a.attack = g
            actors.append(a)
            log.append(f"ATT&CK group without MISP counterpart: {g.attack_id} {g.primary}")

    # -- 3. Microsoft actors -> actors
    aidx = name_index(actors, lambda a: a.names())
    uuid_to_actor = {}
    for i, a in enumerate(actors):
        for r in a.misp:
            uuid_to_actor[r.uuid] = i
    cands = []
    for m in ms_recs:
        scores = collections.defaultdict(float)
        pn = norm(m.primary)
        for i, a in enumerate(actors):
            if a.attack and pn in {norm(x) for x in a.attack.names}:
                scores[i] += 100
            if a.misp and norm(a.misp[0].primary) == pn:
                scores[i] += 60
        for i in aidx.get(pn, ()):
            scores[i] += 40.0 / len(aidx[pn])
        for u in sorted(set(m.related)):
            if u in uuid_to_actor:
                scores[uuid_to_actor[u]] += 20
        for n in sorted({norm(x) for x in m.names[1:]} - {pn}):
            for i in aidx.get(n, ()):
                scores[i] += 10.0 / len(aidx[n])
        for i, s in scores.items():
            if s >= MIN_SCORE:
                a = actors[i]
                cands.append((s, (m.primary, a.sort_key()), m.primary, i))
    mmap = {m.primary: m for m in ms_recs}
    assigned = set()
    for mname, i, s in greedy_assign(cands):
        actors[i].ms = mmap[mname]
        assigned.add(mname)
    for m in ms_recs:
        if m.primary not in assigned:
            a = Actor()
            a.ms = m
            actors.append(a)
            log.append(f"Microsoft actor without counterpart: {m.primary}")

    # -- 3b. MISP carries separate entries for some Microsoft profiles (value ==
    #       Microsoft name, no ATT&CK group).  When the Microsoft record's other
    #       names point to exactly one best ATT&CK-backed actor without a
    #       Microsoft name, the profile entry and the Microsoft record move to
    #       that actor.
    aidx = name_index(actors, lambda a: a.names())
    moved = set()
    for i, a in enumerate(actors):
        if a.attack or not a.ms or not a.misp or norm(a.misp[0].primary) != norm(a.ms.primary):
            continue
        hits = collections.Counter()
        for n in sorted({norm(x) for x in a.ms.names[1:]} - {norm(a.ms.primary)}):
            for j in aidx.get(n, ()):
                if j != i and not actors[j].ms and actors[j].attack and j not in moved:
                    hits[j] += 1
        if not hits:
            continue
        top = max(hits.values())
        best = sorted(j for j, c in hits.items() if c == top)
        if len(best) != 1:
            continue
        host = actors[best[0]]
        c1 = a.misp[0].country or (a.ms.ms_countries[0] if a.ms.ms_countries else "")
        c2 = host.misp[0].country if host.misp else ""
        if c1 and c2 and c1 != c2:
            log.append(f"Microsoft profile '{a.ms.primary}' not moved to '{host.recs()[0].primary}' (country)")
            continue
        host.ms = a.ms
        host.merged.extend(a.misp)
        moved.add(i)
        log.append(f"Microsoft profile '{a.ms.primary}' (MISP entry + mapping) moved to "
                   f"'{host.recs()[0].primary}'")
    actors = [a for i, a in enumerate(actors) if i not in moved]

    # -- 4. A MISP-only actor whose value is an ATT&CK or Microsoft name of
    #       exactly one other actor (and whose country does not contradict it)
    #       is the same actor under another vendor's name: merge.
    vidx = collections.defaultdict(set)
    for i, a in enumerate(actors):
        if a.attack or a.ms:
            for n in a.vendor_names():
                vidx[norm(n)].add(i)
    removed = set()
    for i, a in enumerate(actors):
        if a.attack or a.ms or not a.misp or a.misp[0].primary in NO_MERGE:
            continue
        owners = vidx.get(norm(a.misp[0].primary), set()) - {i}
        if len(owners) != 1:
            continue
        j = next(iter(owners))
        host = actors[j]
        c1 = a.misp[0].country
        c2 = host.misp[0].country if host.misp else ""
        c3 = host.ms.ms_countries[0] if host.ms and host.ms.ms_countries else ""
        if c1 and ((c2 and c1 != c2) or (not c2 and c3 and c1 != c3)):
            log.append(f"not merged (country conflict {c1} vs {c2 or c3}): MISP '{a.misp[0].primary}' "
                       f"vs actor with {host.recs()[0].primary}")
            continue
        host.merged.extend(a.misp)
        removed.add(i)
        log.append(f"MISP entry '{a.misp[0].primary}' merged into '{host.recs()[0].primary}' "
                   f"(its value is an ATT&CK/Microsoft name of that actor)")
    return [a for i, a in enumerate(actors) if i not in removed]


APT_RE = re.compile(r"^APT ?(\d+)$", re.I)


def canonical_name(a, name_variant, apt_owners):
    keys = []
    if a.misp:
        keys.append(a.misp[0].primary)
    for r in a.merged:
        keys.append(r.primary)
    if a.attack:
        keys.append(a.attack.primary)
    if a.ms:
        keys.append(a.ms.primary)
    for k in keys:
        if k in CANONICAL_OVERRIDES:
            return CANONICAL_OVERRIDES[k], f"override ({k})"
    prim = [r.primary for r in a.misp[:1] + ([a.attack] if a.attack else [])]
    apts = sorted({int(APT_RE.match(n).group(1)) for n in prim if APT_RE.match(n)})
    if len(apts) != 1:
        apts = sorted({int(APT_RE.match(n).group(1)) for n in a.names()
                       if APT_RE.match(n) and apt_owners.get(int(APT_RE.match(n).group(1))) == 1})
    if len(apts) == 1:
        return f"APT{apts[0]}", "APT rule"
    if a.misp:
        v = a.misp[0].primary
        letters = re.sub(r"[^A-Za-z]", "", v)
        codey = bool(re.match(r"^(Storm|DEV|UNC)-?\d+$", v))
        if a.attack and ((letters.isupper() and len(letters) > 5) or codey):
            return name_variant(a.attack.primary), "ATT&CK name (MISP value is a vendor code)"
        if codey and a.ms and not re.match(r"^(Storm|DEV)-?\d+$", a.ms.primary):
            return a.ms.primary, "Microsoft name (MISP value is a vendor number)"
        return name_variant(v), "MISP value"
    if a.attack:
        return name_variant(a.attack.primary), "ATT&CK name"
    return a.ms.primary, "Microsoft name"


def build_agency_index(agencies, countries):
    idx = collections.defaultdict(set)
    for aid, r in agencies.items():
        forms = [r["name"]] + r["base"] + r["forms"]
        for f in forms:
            if len(f) < 3:
                continue
            if not r["curated"] and len(f) <= 5:
                continue  # generic abbreviations from the MISP galaxy
            idx[f].add(aid)
    return idx


def agency_depth(agencies, aid):
    d = 0
    while agencies[aid]["parent"]:
        aid = agencies[aid]["parent"]
        d += 1
    return d


def find_agency(text, agencies, aidx, actor_iso):
    """Return the most specific agency named in text, preferring the actor's country."""
    best = None
    for form in sorted(aidx, key=lambda f: (-len(f), f)):
        if re.search(r"(?<![\w-])" + re.escape(form) + r"(?!\w)(?!-[A-Z0-9])", text):
            ids = sorted(aidx[form])
            if actor_iso:
                ids = [x for x in ids if agencies[x]["iso"] == actor_iso]
            elif len(ids) > 1:
                continue
            for x in ids:
                cand = (agency_depth(agencies, x), x)
                if best is None or cand > best:
                    best = cand
    return best[1] if best else ""


AGENCY_CUE = re.compile(r"attributed|affiliat|linked|aligned|tied|ties to|connections? to|subordinate|on behalf|"
                        r"behest|sponsored by|supported by|part of|in association with|working for|operat\w+ (?:for|under)")
AGENCY_HEDGE = re.compile(r"\b(potentially|possibly|no direct evidence|claims|alleges|previously)\b", re.I)

STRONG_STATE_RE = re.compile(r"state[- ]sponsored|state[- ]backed|nation[- ]state|government[- ]sponsored|"
                             r"government[- ]backed|state[- ]aligned|state[- ]affiliated|-sponsored threat group|"
                             r"-sponsored cyber|at the behest of|on behalf of the .{0,40}government", re.I)
HACKTIVIST_RE = re.compile(r"hacktivis", re.I)
STRONG_CRIMINAL_RE = re.compile(r"financially[- ]motivated|financial gain|cyber ?crim|\be-?crime|criminal|"
                                r"ransomware[- ](?:gang|group|operators?|operations?|affiliates?|as[- ]a[- ]service)|"
                                r"\bRaaS\b|extortion (?:group|gang)|data[- ]extortion|initial access broker", re.I)
CRIMINAL_RE = re.compile(r"ransomware|extortion|banking (?:trojan|malware)|\bfraud|scams?\b|phishing[- ]as[- ]a[- ]service|"
                         r"phishing kit|malvertising|crypto-?(?:currency )?min(?:ing|er)|cryptojack|\bminers?\b|"
                         r"affiliate|data breach|stealer|carding|\bpiracy\b|botnet|spam", re.I)
TARGETING_RE = re.compile(r"government|military|defen[cs]e|diplomat|ministr|embass|critical infrastructure|"
                          r"dissident|diaspora|activist|journalist|think tank|telecommunication|political|"
                          r"targeted attack|targeted campaign", re.I)
WEAK_STATE_RE = re.compile(r"espionage|\bAPT\b|advanced persistent threat|intelligence[- ]gathering|"
                           r"intelligence collection|surveillance", re.I)


def country_cue_regex(countries):
    forms = collections.defaultdict(set)
    for iso, r in countries.items():
        for f in [r["name"], r["adjective"]] + r["forms"]:
            if len(f) >= 4 or f in ("PRC", "DPRK"):
                forms[f].add(iso)
    forms = {f: next(iter(s)) for f, s in forms.items() if len(s) == 1}
    alt = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    pat = re.compile(
        r"(?:(?:attributed to|based in|operating out of|operating from|originating (?:in|from)|sponsored by|"
        r"on behalf of|operates? (?:from|out of)|located in|working for)\s+(?:the\s+)?(?:government of\s+)?"
        r"(?:the\s+)?(" + alt + r"))|(?:\b(" + alt + r")(?:'s)?[-\u2013\u2014 ](?:state|sponsored|based|nexus|linked|"
        r"aligned|backed|government|military|cyber|threat|espionage|APT|hacking|hacker|group|actor|intrusion|"
        r"advanced|adversary|operators?|origins?)\b)|(?:with (" + alt + r") origins?)")
    strict = re.compile(
        r"(?:(?:attributed to|based in|operating out of|operating from|originating (?:in|from)|sponsored by|"
        r"on behalf of|operates? (?:from|out of)|located in|working for|interests of)\s+(?:the\s+)?"
        r"(?:government of\s+)?(?:the\s+)?(" + alt + r"))|(?:\b(" + alt + r")[-\u2013\u2014 ](?:state[- ]sponsored|"
        r"state[- ]backed|sponsored|based|nexus|linked|aligned|APT|threat actor|threat group|hacking group|"
        r"cyber ?espionage|espionage|advanced persistent|hackers?|regime)\b)")
    state_cue = re.compile(r"\b(?:" + alt + r")[-\u2013\u2014 ](?:state|aligned|sponsored|backed|nexus|linked)\b")
    return pat, strict, state_cue, forms


def vendor_evidence(names):
    """Kinds and countries implied by vendor naming taxonomies."""
    kinds, isos = set(), set()
    for n in names:
        w = n.split()
        if len(w) == 2:
            fam = VENDOR_LAST_WORD.get(w[1].lower())
            if fam and (not fam[2] or w[1].isupper()):
                kinds.add(fam[0])
                if fam[1]:
                    isos.add(fam[1])
            fam = VENDOR_FIRST_WORD.get(w[0].lower())
            if fam and (not fam[2] or n.isupper()):
                kinds.add(fam[0])
                if fam[1]:
                    isos.add(fam[1])
        for rx, k, iso in VENDOR_PREFIX:
            if rx.match(n):
                kinds.add(k)
                if iso:
                    isos.add(iso)
    return kinds, isos


def attribute(actor, name, countries, country_idx, agencies, aidx, cue_re, cue_strict, cue_state, cue_forms,
              log):
    """Return (kind, iso, agency_id, evidence dict)."""
    recs = actor.recs()
    misp0 = actor.misp[0] if actor.misp else None
    # --- country
    iso, how = "", ""
    if name in COUNTRY_OVERRIDES:
        iso, how = COUNTRY_OVERRIDES[name], "override"
    if not iso and misp0 and misp0.country in countries:
        iso, how = misp0.country, "MISP country"
    if not iso and misp0:
        sp = clean(misp0.meta.get("cfr-suspected-state-sponsor", ""))
        if sp and key(sp) in country_idx:
            iso, how = country_idx[key(sp)], "MISP cfr-suspected-state-sponsor"
    if not iso and actor.ms and actor.ms.ms_countries:
        iso, how = actor.ms.ms_countries[0], "Microsoft origin"
    if not iso and actor.attack:
        m = cue_re.search(first_paragraph(actor.attack.desc))
        if m:
            iso, how = cue_forms[m.group(1) or m.group(2) or m.group(3)], "ATT&CK description"
    v_kinds, v_isos = vendor_evidence(sorted(set(actor.names())))
    if not iso and len(v_isos) == 1:
        iso, how = next(iter(v_isos)), "vendor naming taxonomy"
    if not iso:
        for r in actor.merged:
            if r.country in countries:
                iso, how = r.country, "merged MISP entry country"
                break
    if not iso:
        for r in actor.misp + actor.merged:
            m = cue_strict.search(" ".join(sentences(strip_desc(r.desc))[:2]))
            if m:
                iso, how = cue_forms[m.group(1) or m.group(2)], "MISP description"
                break
    # conflicts worth reporting
    others = set()
    if misp0 and misp0.country in countries:
        others.add(misp0.country)
    if actor.ms and actor.ms.ms_countries:
        others.add(actor.ms.ms_countries[0])
    if len(others) > 1:
        log.append(f"country conflict for {name}: " + ", ".join(sorted(others)) + f" -> {iso}")

    # --- agency
    agency = AGENCY_OVERRIDES.get(name, "")
    if not agency and misp0 and misp0.meta.get("GRU"):
        mm = re.search(r"(\d{5})", str(misp0.meta["GRU"]))
        if mm and f"gru-unit-{mm.group(1)}" in agencies:
            agency = f"gru-unit-{mm.group(1)}"
    if not agency:
        # an alias that is itself an agency unit (e.g. MISP "PLA Unit 61419")
        for n in sorted(set(actor.names())):
            for aid in sorted(aidx.get(n, ())):
                if agencies[aid]["curated"] and agencies[aid]["parent"]:
                    agency = aid
    if not agency and actor.attack:
        text = strip_desc(actor.attack.desc)
        for s in sentences(text):
            if AGENCY_CUE.search(s) and not AGENCY_HEDGE.search(s):
                agency = find_agency(s, agencies, aidx, iso)
                if agency:
                    break
    if not agency:
        own = {key(n) for n in actor.names()}
        for r in actor.misp + actor.merged:
            for s in sentences(r.desc):
                first = re.split(r"\s+(?:is|are|was|has|have)\b", s, maxsplit=1)[0]
                if key(first) not in own:
                    continue
                if AGENCY_CUE.search(s) and not AGENCY_HEDGE.search(s):
                    agency = find_agency(s, agencies, aidx, iso)
                    if agency:
                        break
            if agency:
                break
    if agency and not iso:
        iso, how = agencies[agency]["iso"], "agency"

    # --- kind
    texts = [strip_desc(r.desc) for r in recs if r.desc]
    alltext = "\n".join(texts)
    motive = " ".join(str(misp0.meta.get(k, "")) for k in ("motive",)) if misp0 else ""
    cfr_type = misp0.meta.get("cfr-type-of-incident") if misp0 else None
    cfr_sponsor = clean(misp0.meta.get("cfr-suspected-state-sponsor", "")) if misp0 else ""
    ms_tags = actor.ms.ms_tags if actor.ms else set()
    ms_state = bool(actor.ms and actor.ms.ms_countries and not (ms_tags & {
        "financially motivated", "private sector offensive actor", "covert network"}))
    ms_family = actor.ms.primary.split(" ")[-1] if actor.ms else ""
    strong_state = bool(agency or (cfr_sponsor and cfr_sponsor != "Unknown") or ms_state
                        or STRONG_STATE_RE.search(alltext) or cue_state.search(alltext)
                        or "state-sponsored" in motive)
    hacktivist = bool(re.search(r"hacktivis", motive, re.I) or HACKTIVIST_RE.search(alltext)
                      or "hacktivist" in v_kinds)
    strong_criminal = bool("financially motivated" in ms_tags or MS_FAMILY_KIND.get(ms_family) == "criminal"
                           or re.search(r"cybercrime|financ", motive, re.I) or "criminal" in v_kinds
                           or STRONG_CRIMINAL_RE.search(alltext))
    weak_state = bool(cfr_type or "state" in v_kinds or WEAK_STATE_RE.search(alltext)
                      or (iso and TARGETING_RE.search(alltext)))
    weak_criminal = bool(CRIMINAL_RE.search(alltext))
    if name in KIND_OVERRIDES:
        kind = KIND_OVERRIDES[name]
    elif strong_state:
        kind = "state-sponsored"
    elif hacktivist:
        kind = "hacktivist"
    elif strong_criminal:
        kind = "criminal"
    elif weak_state:
        kind = "state-sponsored"
    elif weak_criminal:
        kind = "criminal"
    else:
        kind = "unknown"
    return kind, iso, agency


# ---------------------------------------------------------------------------
# Software
# ---------------------------------------------------------------------------

SOFTWARE_GALAXIES = ["wiper", "ransomware", "stealer", "rat", "botnet", "tool"]
KIND_RANK = {"wiper": 0, "ransomware": 1, "stealer": 2, "rat": 3, "botnet": 4, "malware": 5, "tool": 6}


ATTACK_KIND_RE = re.compile(r"\bis (?:a|an)\s+(?:[\w/().,-]+\s+){0,5}?(ransomware|wiper|(?:information |info-?)stealer|"
                            r"infostealer|credential stealer|stealer|remote access (?:trojan|tool)|RAT|botnet)\b", re.I)
AV_NAME_RE = re.compile(r"^(?:Trojan|Backdoor|Win32|Win64|W32|W64|HackTool|Troj|TROJ|BKDR|TSPY|PWS|MSIL|Ransom|Worm|"
                        r"Heur|Generic|Variant|VirTool|TrojanDownloader|TrojanSpy|Downloader|Dropper|Android|Linux|"
                        r"OSX|MacOS|JS|VBS|Exploit|Agent|Spyware|Adware|Riskware|HEUR|Gen|Mal|Infostealer)[._:/\-]"
                        r"|@", re.I)


NAME_KIND = [
    (re.compile(r"stealer$", re.I), "stealer"),
    (re.compile(r"(?:\bRAT|Rat)$"), "rat"),
    (re.compile(r"wiper$", re.I), "wiper"),
    (re.compile(r"(?:locker|ransomware)$", re.I), "ransomware"),
    (re.compile(r"botnet$", re.I), "botnet"),
]


# The kind a name itself says, for names that several lists file under
# different kinds: "RAT" at the end after a small letter or a word break.
NAME_KIND_STRICT = [(re.compile(r"(?:(?<=[a-z])|\b)RAT$"), "rat")] + NAME_KIND


def attack_kind(o):
    first = sentences(strip_desc(o.get("description") or ""))[:1]
    m = ATTACK_KIND_RE.search(first[0]) if first else None
    if not m:
        return None
    w = m.group(1).lower()
    if "ransomware" in w:
        return "ransomware"
    if "wiper" in w:
        return "wiper"
    if "stealer" in w:
        return "stealer"
    if w.startswith("remote access") or w == "rat":
        return "rat"
    if w == "botnet":
        return "botnet"
    return None


def software_display(name, kind):
    n = clean(name)
    if kind == "ransomware":
        n2 = re.sub(r"\s+ransomware$", "", n, flags=re.I).strip()
        if n2:
            n = n2
    return n


def build_software(src, attack, log):
    recs = []  # dicts: source, kind, name, names, attack_id, uuid
    for o in attack["objects"]:
        if o["type"] in ("malware", "tool"):
            names = [clean(o["name"])] + [clean(x) for x in o.get("aliases", []) or []]
            kind = o["type"]
            if kind == "malware":
                kind = attack_kind(o) or kind
            recs.append({"source": "attack", "kind": kind, "name": clean(o["name"]),
                         "names": [n for n in names if n], "attack_id": o["attack_id"], "uuid": o["id"]})
    for gal in SOFTWARE_GALAXIES:
        for v in load_json(os.path.join(src, "misp-galaxy", f"{gal}.json"))["values"]:
            m = v.get("meta", {}) or {}
            kind = gal
            if gal == "tool":
                types = {t.casefold() for t in m.get("type", []) or []}
                if types & {"hacktool", "post-exploitation framework", "exploitation framework"}:
                    kind = "tool"
                elif "rat" in types:
                    kind = "rat"
                else:
                    kind = "malware"
            value = clean(v["value"])
            if not value or value.startswith("[") or re.match(r"^unnamed\b", value, re.I):
                continue
            name = software_display(value, kind)
            names = [name] + [software_display(x, kind) for x in m.get("synonyms", []) or []]
            if name != value:
                names.append(value)
            recs.append({"source": f"misp-{gal}", "kind": kind, "name": name,
                         "names": [n for n in names if n], "attack_id": "", "uuid": v["uuid"]})
    # merge: same primary name (norm) merges; a MISP record also joins the one
    # ATT&CK record listing its primary name as an alias.
    groups = collections.OrderedDict()
    att_alias = collections.defaultdict(set)
    for r in recs:
        if r["source"] == "attack":
            for n in r["names"]:
                att_alias[norm(n)].add(norm(r["name"]))
    for r in sorted(recs, key=lambda r: (r["source"] != "attack", r["source"], r["name"], r["uuid"])):
        k = norm(r["name"])
        if not k:
            continue
        if k not in groups and r["source"] != "attack" and len(att_alias.get(k, ())) == 1:
            k = next(iter(att_alias[k]))
        groups.setdefault(k, []).append(r)
    items = []
    for k, rs in groups.items():
        att = [r for r in rs if r["source"] == "attack"]
        if len(att) > 1:
            log.append("ATT&CK software sharing a name: " + ", ".join(r["attack_id"] for r in att))
        kinds = sorted({r["kind"] for r in rs}, key=lambda x: KIND_RANK[x])
        specific = [x for x in kinds if x not in ("malware", "tool")]
        # Editorial: a name that says its kind ("njRAT", "Vidar Stealer")
        # outranks a community list that files it elsewhere too (MISP's
        # ransomware galaxy lists njRAT).
        primary = (att[0] if att else rs[0])["name"]
        named = [k for rx, k in NAME_KIND_STRICT if rx.search(primary) and k in kinds]
        if named:
            kind = named[0]
        elif specific:
            kind = specific[0]
        elif att:
            kind = att[0]["kind"]
        else:
            kind = kinds[0]
        if kind == "malware":
            # a generic "malware" whose name says what it is
            nm = (att[0] if att else rs[0])["name"]
            for rx, k in NAME_KIND:
                if rx.search(nm):
                    kind = k
                    break
        items.append({"key": k, "recs": rs, "kind": kind,
                      "attack_id": att[0]["attack_id"] if att else "",
                      "attack_uuid": att[0]["uuid"] if att else "",
                      "misp_uuid": sorted(r["uuid"] for r in rs if r["source"] != "attack")[0]
                      if any(r["source"] != "attack" for r in rs) else "",
                      "misp_uuids": {r["uuid"] for r in rs if r["source"] != "attack"}})
    # Editorial: a ransomware family the lists name only by its versions
    # ("TeslaCrypt 3.0+", "CryptoWall 4") is written by its bare name in news;
    # the bare name goes to the first version (by name) when no record has it.
    taken = {norm(n) for it in items for r in it["recs"] for n in r["names"]}
    versioned = collections.defaultdict(list)
    for it in items:
        m = VERSION_SUFFIX_RE.match(it["recs"][0]["name"])
        if (it["kind"] == "ransomware" and m and norm(m.group(1)) not in taken
                and m.group(1) not in VERSIONED_PRODUCTS):
            versioned[m.group(1)].append(it)
    for base, its in sorted(versioned.items()):
        first = min(its, key=lambda it: it["recs"][0]["name"])
        first["recs"][0]["names"].append(base)
    return items


# Editorial: versioned ransomware names whose bare name is the product the
# ransomware attacked ("HPE iLO 4" ransomware hit HPE iLO 4 servers), not a
# family: the bare name is not added.
VERSIONED_PRODUCTS = {"HPE iLO"}

# A name that ends in a version or a year ("TeslaCrypt 3.0+", "CryptoGod
# 2017", "TeslaCrypt 0.x - 2.2.0"): group 1 is the family's bare name.
VERSION_SUFFIX_RE = re.compile(r"^(.*?[A-Za-z])\s+v?\d[\w.+\- ]*$")


# ---------------------------------------------------------------------------
# Flags
# ---------------------------------------------------------------------------

GENERIC_LEAD = re.compile(r"^the\s+", re.I)


# Editorial: technology words and file names that community lists (mostly
# MISP's ransomware galaxy) use as family or actor names. News uses these words
# for the technology itself ("an Android app", "cmd.exe", "a Python
# backdoor"), so the matcher never takes them for a name: flag "generic".
GENERIC_TECH_NAMES = {
    "android", "windows", "windows 7", "windows 10", "windows 11", "linux", "macos", "ios", "unix",
    "python", "java", "javascript", "powershell", "autoit", "golang", "rust", "php", "perl", "ruby",
    "whois", "encrypt", "decrypt", "encrypted", "crypt", "crypto", "cmd", "oct", "alibaba", "google",
    "microsoft", "apple", "amazon", "facebook", "telegram", "discord", "chrome", "firefox", "office",
    "outlook", "zoom", "github", "dropbox", "tor", "bitcoin", "monero", "email", "ftp", "http", "https",
    "ssh", "rdp", "smb", "dns", "vpn", "admin", "root", "test", "update", "setup", "installer", "trojan",
    "virus", "malware", "ransomware", "hacker", "hackers", "system", "service", "server", "client",
    "network", "internet", "web", "cloud", "file", "files", "data", "backup", "password", "login",
    "user", "windows update", "svchost", "explorer", "notepad", "foxmail",
}
FILE_NAME_RE = re.compile(r"\.(?:exe|dll|bat|cmd|ps1|js|vbs|sh|py|jar|scr|zip|rar)$", re.I)


def letters_digits(s):
    """Lower-case letters and digits only, as the matcher folds names."""
    return re.sub(r"[^0-9a-z]", "", s.casefold())


# Compared as the matcher reads names: "Windows10" is "Windows 10".
GENERIC_FOLDED = {letters_digits(n) for n in GENERIC_TECH_NAMES}

# A trailing group word the matcher drops ("WHOis Team" is also "WHOis").
TRAILING_GROUP_WORD = re.compile(r"^(.*\S)[\s_-]+(?:group|team|gang|crew)\s*$", re.I)


# Editorial: names of well-known legitimate products that a list also gives
# an actor. News names the product far more often (a stealer report lists the
# Electrum wallet among the wallets it empties), so the name needs a cue, as
# an ordinary word does: flag "common-word".
OTHER_PRODUCT_NAMES = {"electrum"}

# Editorial: abbreviations that news uses for something else far more often
# than for the actor a list gives them to, and that a word list lacks: "GOP"
# (the US Republican Party: "Wisconsin GOP says hackers stole $2.3 million"),
# "TSB" (a British bank). They need a cue right beside them, as an ordinary
# word does: flag "common-word".
NEWS_ABBREVIATIONS = {"gop", "tsb"}


# Editorial: the chemical elements, whose names Microsoft gave its actors
# before 2023 ("NIOBIUM", "PLATINUM"). News names the element far more often
# ("niobium, scandium and titanium, all designated critical minerals"), and
# the word list lacks some of them, so each needs a cue, as an ordinary word
# does: flag "common-word". Not nobelium: news of 2021 on wrote it for APT29
# far more often than for the element ("Microsoft said that Nobelium had
# breached ...").
CHEMICAL_ELEMENTS = set(
    "hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium "
    "magnesium aluminium aluminum silicon phosphorus sulfur sulphur chlorine argon potassium "
    "calcium scandium titanium vanadium chromium manganese iron cobalt nickel copper zinc "
    "gallium germanium arsenic selenium bromine krypton rubidium strontium yttrium zirconium "
    "niobium molybdenum technetium ruthenium rhodium palladium silver cadmium indium tin "
    "antimony tellurium iodine xenon caesium cesium barium lanthanum cerium praseodymium "
    "neodymium promethium samarium europium gadolinium terbium dysprosium holmium erbium "
    "thulium ytterbium lutetium hafnium tantalum tungsten rhenium osmium iridium platinum gold "
    "mercury thallium lead bismuth polonium astatine radon francium radium actinium thorium "
    "protactinium uranium neptunium plutonium americium curium berkelium californium "
    "einsteinium fermium mendelevium nobelium lawrencium rutherfordium dubnium seaborgium "
    "bohrium hassium meitnerium darmstadtium roentgenium copernicium nihonium flerovium "
    "moscovium livermorium tennessine oganesson".split()
) - {"nobelium"}


def word_flags(s):
    flags = []
    if letters_digits(s) in GENERIC_FOLDED or FILE_NAME_RE.search(s.strip()):
        flags.append("generic")
    core = GENERIC_LEAD.sub("", s).strip()
    # written like an ordinary word (lower, Capitalised or ALL CAPS); camelCase
    # compounds such as "BlackJack" are distinctive as written
    plain = re.fullmatch(r"[A-Za-z][a-z]*|[A-Z]+", core) is not None
    if plain and (WORDS.is_word(core) or core.lower() in OTHER_PRODUCT_NAMES
                  or core.lower() in NEWS_ABBREVIATIONS or core.lower() in CHEMICAL_ELEMENTS):
        flags.append("common-word")
    if len(re.sub(r"[\s\-]", "", s)) <= 3:
        flags.append("short")
    return flags


# ---------------------------------------------------------------------------
# Main build
# ---------------------------------------------------------------------------

def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(tsv_field(str(x)) for x in r) + "\n")


def build(src, out, log):
    countries = build_countries(src)
    country_idx = country_lookup(countries)
    agencies = build_agencies(src, countries)
    aidx = build_agency_index(agencies, countries)
    cue_re, cue_strict, cue_state, cue_forms = country_cue_regex(countries)

    misp_recs = load_misp_actors(src)
    misp_recs += curated_actors(misp_recs)
    attack = load_attack(src)
    att_recs = attack_groups(attack)
    ms_recs = load_microsoft(src, country_idx)
    actors = merge_actors(misp_recs, att_recs, ms_recs, log)

    # global spelling choice per key()
    spell = collections.defaultdict(collections.Counter)
    for a in actors:
        for n in a.names():
            spell[key(n)][n] += 1

    def variant(n):
        return choose_variant(spell[key(n)]) if key(n) in spell else display_case(n)

    # canonical names and ids
    apt_owners = collections.Counter()
    for a in actors:
        for n in {int(APT_RE.match(x).group(1)) for x in a.names() if APT_RE.match(x)}:
            apt_owners[n] += 1
    for a in actors:
        a.name, a.name_rule = canonical_name(a, variant, apt_owners)
    used_ids = {}
    for a in sorted(actors, key=lambda a: a.sort_key()):
        base = slug(a.name) or "actor"
        aid = base
        if aid in used_ids:
            suffix = (a.attack.attack_id.lower() if a.attack else
                      a.misp[0].uuid[:8] if a.misp else slug(a.ms.primary))
            aid = f"{base}-{suffix}"
            log.append(f"id collision on '{base}': {used_ids[base].name} / {a.name} -> {aid}")
        used_ids[aid] = a
        a.id = aid
    names_seen = collections.defaultdict(list)
    for a in actors:
        names_seen[key(a.name)].append(a.id)
    for k, ids in sorted(names_seen.items()):
        if len(ids) > 1:
            log.append(f"canonical name shared by several actors: {k} -> {', '.join(sorted(ids))}")

    actor_rows = []
    alias_owner = collections.defaultdict(set)     # norm -> actor ids
    alias_disp = collections.defaultdict(set)      # norm -> display strings
    for a in actors:
        kind, iso, agency = attribute(a, a.name, countries, country_idx, agencies, aidx, cue_re, cue_strict, cue_state, cue_forms, log)
        a.kind, a.iso, a.agency = kind, iso, agency
        canon_k = key(a.name)
        aliases = {}
        for n in a.names():
            if not n or is_gid(n) or key(n) == canon_k:
                continue
            aliases.setdefault(key(n), variant(n))
        a.aliases = sorted(aliases.values(), key=lambda x: (x.casefold(), x))
        for n in [a.name] + a.aliases:
            alias_owner[norm(n)].add(a.id)
            alias_disp[norm(n)].add(n)
        actor_rows.append([
            a.id, a.name, kind, countries[iso]["name"] if iso else "",
            agencies[agency]["name"] if agency else "",
            a.misp[0].uuid if a.misp else "",
            a.attack.attack_id if a.attack else "",
            a.ms.primary if a.ms else "",
            "|".join(a.aliases),
        ])
    actor_rows.sort(key=lambda r: r[0])

    # software
    sw_items = build_software(src, attack, log)
    sw_spell = collections.defaultdict(collections.Counter)
    for it in sw_items:
        for r in it["recs"]:
            for n in r["names"]:
                sw_spell[key(n)][n] += 1

    def sw_variant(n):
        return choose_variant(sw_spell[key(n)])

    sw_used = {}
    sw_rows = []
    sw_by_attack_uuid = {}
    sw_by_misp_uuid = {}
    sw_owner = collections.defaultdict(set)
    sw_disp = collections.defaultdict(set)
    for it in sorted(sw_items, key=lambda it: it["key"]):
        att = [r for r in it["recs"] if r["source"] == "attack"]
        primary = att[0]["name"] if att else it["recs"][0]["name"]
        name = sw_variant(primary) if not att else primary
        sid = slug(name) or "software"
        if sid in sw_used:
            sid = f"{sid}-{(it['attack_id'] or it['misp_uuid'][:8]).lower()}"
        sw_used[sid] = it
        it["id"], it["name"] = sid, name
        al = {}
        for r in it["recs"]:
            for n in r["names"]:
                if AV_NAME_RE.search(n):
                    continue  # anti-virus detection names, not names news uses
                if key(n) != key(name):
                    al.setdefault(key(n), sw_variant(n))
        it["aliases"] = sorted(al.values(), key=lambda x: (x.casefold(), x))
        for n in [name] + it["aliases"]:
            sw_owner[norm(n)].add(sid)
            sw_disp[norm(n)].add(n)
        if it["attack_uuid"]:
            sw_by_attack_uuid[it["attack_uuid"]] = sid
        for u in it["misp_uuids"]:
            sw_by_misp_uuid[u] = sid
        sw_rows.append([sid, name, it["kind"], it["attack_id"], it["misp_uuid"], "|".join(it["aliases"])])
    sw_rows.sort(key=lambda r: r[0])

    # actor -> software
    by_group_uuid = {a.attack.uuid: a.id for a in actors if a.attack}
    by_misp_uuid = {}
    for a in actors:
        for r in a.misp + a.merged:
            by_misp_uuid[r.uuid] = a.id
    objs = {o["id"]: o for o in attack["objects"]}
    camp_to_groups = collections.defaultdict(set)
    for rel in attack["relationships"]:
        if rel["relationship_type"] == "attributed-to" and rel["source_ref"].startswith("campaign--"):
            if rel["target_ref"] in by_group_uuid:
                camp_to_groups[rel["source_ref"]].add(by_group_uuid[rel["target_ref"]])
    pairs = collections.defaultdict(set)
    for rel in attack["relationships"]:
        if rel["relationship_type"] != "uses":
            continue
        s, t = rel["source_ref"], rel["target_ref"]
        if t not in sw_by_attack_uuid:
            continue
        if s in by_group_uuid:
            pairs[(by_group_uuid[s], sw_by_attack_uuid[t])].add("attack")
        elif s in camp_to_groups:
            for aid in camp_to_groups[s]:
                pairs[(aid, sw_by_attack_uuid[t])].add("attack-campaign:" + objs[s]["attack_id"])
    for r in misp_recs:
        if r.uuid not in by_misp_uuid:
            continue
        for rel in r.related:
            if rel.get("type") in ("uses", "deploys", "delivers") and rel.get("dest-uuid") in sw_by_misp_uuid:
                pairs[(by_misp_uuid[r.uuid], sw_by_misp_uuid[rel["dest-uuid"]])].add("misp")
    as_rows = sorted([a, s, "|".join(sorted(src_))] for (a, s), src_ in pairs.items())

    # alias flags
    sw_names_norm = set(sw_owner)
    actor_names_norm = set(alias_owner)
    flag_rows = []
    stripped_rows = []
    own_names = set()
    for a in actors:
        own_names.add(norm(a.name))
        m = TRAILING_GROUP_WORD.match(a.name)
        if m:
            own_names.add(norm(m.group(1)))
    for n_norm in sorted(alias_disp):
        owners = sorted(alias_owner[n_norm])
        for disp in sorted(alias_disp[n_norm], key=lambda x: (x.casefold(), x)):
            flags = []
            if len(owners) > 1:
                flags.append("ambiguous")
            flags += word_flags(disp)
            # A brand, place or person the word list knows ("Lexus",
            # "Polaris", "Popeye") given to an actor only as an alias: news
            # names the other thing far more often, so it needs a cue like
            # an ordinary word. An actor's own name ("Lazarus" of "Lazarus
            # Group", "Confucius") keeps its standing.
            if ("common-word" not in flags and n_norm not in own_names
                    and re.fullmatch(r"[A-Z][a-z]+", disp) and WORDS.is_proper_noun(disp)):
                flags.append("common-word")
            if n_norm in sw_names_norm:
                flags.append("software")
            if flags:
                # owners of this exact spelling (or of the loose key when ambiguous)
                flag_rows.append([disp, ",".join(flags), "|".join(owners)])
            # The matcher also reads the name without its group word: a
            # technology word left so ("WHOis" of "WHOis Team") is never a name.
            m = TRAILING_GROUP_WORD.match(disp)
            if m and "generic" in word_flags(m.group(1)):
                stripped_rows.append([m.group(1), "generic", "|".join(owners)])
    known = {r[0] for r in flag_rows}
    flag_rows += [r for r in stripped_rows if r[0] not in known]
    flag_rows.sort(key=lambda r: (r[0].casefold(), r[0]))

    # Editorial: a software name that is also the vendor of a product CISA's
    # KEV catalogue lists ("Mcafee", a family in MISP's ransomware galaxy, is
    # the security company McAfee): news names the company, so the name
    # needs a cue, as an ordinary word does: flag "common-word".
    kev_vendors = {letters_digits(clean(v["vendorProject"])) for v in load_json(
        os.path.join(src, "cisa-kev", "known_exploited_vulnerabilities.json"))["vulnerabilities"]}
    sw_flag_rows = []
    for n_norm in sorted(sw_disp):
        owners = sorted(sw_owner[n_norm])
        for disp in sorted(sw_disp[n_norm], key=lambda x: (x.casefold(), x)):
            flags = []
            if len(owners) > 1:
                flags.append("ambiguous")
            flags += word_flags(disp)
            if "common-word" not in flags and letters_digits(disp) in kev_vendors:
                flags.append("common-word")
            # A place or person the word list knows ("Aurora", "Milan",
            # "Nevada", families in MISP's ransomware galaxy): news names the
            # town far more often ("a company based in Aurora, Ontario"), so
            # the name needs a cue, as an ordinary word does.
            if ("common-word" not in flags and re.fullmatch(r"[A-Z][a-z]+", disp)
                    and WORDS.is_proper_noun(disp)):
                flags.append("common-word")
            if n_norm in actor_names_norm:
                flags.append("actor")
            if flags:
                sw_flag_rows.append([disp, ",".join(flags), "|".join(owners)])
    sw_flag_rows.sort(key=lambda r: (r[0].casefold(), r[0]))

    # countries
    c_rows = sorted(([r["name"], r["iso2"], r["adjective"], "|".join(r["forms"]), "|".join(r["weak"])]
                     for r in countries.values()), key=lambda r: r[0])
    # agencies
    ag_rows = sorted(([r["id"], r["name"], countries[r["iso"]]["name"] if r["iso"] in countries else "",
                       r["parent"], "|".join(r["forms"])] for r in agencies.values()), key=lambda r: r[0])
    # sectors
    sector_gal = load_json(os.path.join(src, "misp-galaxy", "sector.json"))["values"]
    misp_sectors = {clean(v["value"]) for v in sector_gal}
    mapped = set()
    s_rows = []
    for name in sorted(SECTORS):
        ms, cues = SECTORS[name]
        for x in ms:
            if x not in misp_sectors:
                raise SystemExit(f"sector map names unknown MISP sector {x!r}")
            mapped.add(x)
        syn = []
        for v in sector_gal:
            if clean(v["value"]) in ms:
                syn += [clean(s).lower() for s in (v.get("meta", {}) or {}).get("synonyms", []) or []]
        allc = []
        seen = set()
        for c in [name] + cues + syn:
            if c and c not in seen:
                seen.add(c)
                allc.append(c)
        s_rows.append([name, "|".join(allc), "|".join(sorted(ms))])
    unmapped = sorted(misp_sectors - mapped - SECTOR_SKIP)
    if unmapped:
        raise SystemExit(f"MISP sectors not mapped: {unmapped}")
    # products
    kev = load_json(os.path.join(src, "cisa-kev", "known_exploited_vulnerabilities.json"))
    prod = collections.defaultdict(set)
    pspell = collections.defaultdict(collections.Counter)
    for v in kev["vulnerabilities"]:
        vend, pr = clean(v["vendorProject"]), clean(v["product"])
        k = (key(vend), key(pr))
        prod[k].add(v["cveID"])
        pspell[k][(vend, pr)] += 1
    p_rows = []
    for k in prod:
        vend, pr = sorted(pspell[k].items(), key=lambda x: (-x[1], x[0]))[0][0]
        p_rows.append([vend, pr, str(len(prod[k]))])
    p_rows.sort(key=lambda r: (r[0].casefold(), r[1].casefold(), r[0], r[1]))

    os.makedirs(out, exist_ok=True)
    write_tsv(os.path.join(out, "actors.tsv"),
              ["id", "name", "kind", "country", "agency", "misp_uuid", "attack_id", "microsoft", "aliases"],
              actor_rows)
    write_tsv(os.path.join(out, "alias_flags.tsv"), ["alias", "flags", "actors"], flag_rows)
    write_tsv(os.path.join(out, "software.tsv"), ["id", "name", "kind", "attack_id", "misp_uuid", "aliases"],
              sw_rows)
    write_tsv(os.path.join(out, "software_flags.tsv"), ["name", "flags", "software"], sw_flag_rows)
    write_tsv(os.path.join(out, "actor_software.tsv"), ["actor_id", "software_id", "source"], as_rows)
    write_tsv(os.path.join(out, "countries.tsv"), ["name", "iso2", "adjective", "forms", "weak_forms"], c_rows)
    write_tsv(os.path.join(out, "agencies.tsv"), ["id", "name", "country", "parent", "forms"], ag_rows)
    write_tsv(os.path.join(out, "sectors.tsv"), ["name", "cues", "misp_sectors"], s_rows)
    write_tsv(os.path.join(out, "products.tsv"), ["vendor", "product", "cves"], p_rows)

    return {
        "actors": actor_rows, "flags": flag_rows, "software": sw_rows, "sw_flags": sw_flag_rows,
        "actor_software": as_rows, "countries": c_rows, "agencies": ag_rows, "sectors": s_rows,
        "products": p_rows, "actor_objs": actors,
    }


# ---------------------------------------------------------------------------
# Self-check (--check)
# ---------------------------------------------------------------------------

def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    assert "\r" not in data, path
    lines = data.split("\n")
    assert lines[-1] == "", f"{path}: missing final newline"
    head = lines[0].split("\t")
    rows = [dict(zip(head, l.split("\t"))) for l in lines[1:-1]]
    for l in lines[1:-1]:
        assert len(l.split("\t")) == len(head), f"{path}: bad column count: {l[:80]}"
    return head, rows


def check(out, res, rebuild):
    import hashlib

    def digest():
        h = {}
        for fn in sorted(os.listdir(out)):
            with open(os.path.join(out, fn), "rb") as f:
                h[fn] = hashlib.sha256(f.read()).hexdigest()
        return h

    first = digest()
    _, actors = read_tsv(os.path.join(out, "actors.tsv"))
    by_name = {r["name"]: r for r in actors}
    ids = [r["id"] for r in actors]
    assert len(ids) == len(set(ids)), "actor ids not unique"
    assert all(r["name"] for r in actors), "empty actor name"
    assert all(r["kind"] in ("state-sponsored", "criminal", "hacktivist", "unknown") for r in actors)
    _, countries = read_tsv(os.path.join(out, "countries.tsv"))
    cnames = {r["name"] for r in countries}
    assert all(r["country"] in cnames or not r["country"] for r in actors), "unknown actor country"
    _, agencies = read_tsv(os.path.join(out, "agencies.tsv"))
    ag_by_name = {r["name"]: r for r in agencies}
    ag_by_id = {r["id"]: r for r in agencies}
    assert len(ag_by_name) == len(agencies), "agency names not unique"
    assert all(r["agency"] in ag_by_name or not r["agency"] for r in actors), "unknown agency"
    assert all(r["parent"] in ag_by_id or not r["parent"] for r in agencies), "unknown agency parent"

    def agency_chain(name):
        out_, r = [], ag_by_name.get(name)
        while r:
            out_.append(r["name"])
            r = ag_by_id.get(r["parent"])
        return out_

    def expect(name, aliases=(), country=None, agency=None, microsoft=None, kind=None, attack=None):
        assert name in by_name, f"actor {name!r} missing"
        r = by_name[name]
        have = {a.casefold() for a in r["aliases"].split("|")} | {r["microsoft"].casefold()}
        for a in aliases:
            assert a.casefold() in have, f"{name}: alias {a!r} missing (have {r['aliases']})"
        if country is not None:
            assert r["country"] == country, f"{name}: country {r['country']!r} != {country!r}"
        if agency is not None:
            assert agency in agency_chain(r["agency"]), f"{name}: agency {r['agency']!r} not under {agency!r}"
        if microsoft is not None:
            assert r["microsoft"] == microsoft, f"{name}: microsoft {r['microsoft']!r} != {microsoft!r}"
        if kind is not None:
            assert r["kind"] == kind, f"{name}: kind {r['kind']!r} != {kind!r}"
        if attack is not None:
            assert r["attack_id"] == attack, f"{name}: attack_id {r['attack_id']!r} != {attack!r}"

    expect("APT31", ["Zirconium", "Judgment Panda", "Bronze Vinewood", "Violet Typhoon", "TA412"],
           "China", "Ministry of State Security", "Violet Typhoon", "state-sponsored", "G0128")
    r = by_name["APT31"]
    assert "Judgment Panda" in r["aliases"].split("|"), "APT31: casing of Judgment Panda"
    assert r["agency"] == "Ministry of State Security"
    expect("APT29", ["Cozy Bear", "Midnight Blizzard", "Nobelium", "The Dukes"], "Russia",
           "Foreign Intelligence Service", "Midnight Blizzard", "state-sponsored", "G0016")
    expect("APT28", ["Fancy Bear", "Forest Blizzard", "Sofacy", "Strontium"], "Russia",
           "Main Intelligence Directorate", "Forest Blizzard", "state-sponsored", "G0007")
    assert by_name["APT28"]["agency"] == "GRU Unit 26165"
    expect("Sandworm", ["Seashell Blizzard", "Voodoo Bear", "Iridium", "APT44"], "Russia", "GRU Unit 74455",
           "Seashell Blizzard", "state-sponsored", "G0034")
    expect("Lazarus Group", ["Hidden Cobra", "Diamond Sleet", "Zinc"], "North Korea",
           "Reconnaissance General Bureau", "Diamond Sleet", "state-sponsored", "G0032")
    expect("Kimsuky", ["Emerald Sleet", "Velvet Chollima", "Thallium"], "North Korea",
           microsoft="Emerald Sleet", attack="G0094")
    expect("Volt Typhoon", ["Vanguard Panda", "Bronze Silhouette"], "China", microsoft="Volt Typhoon",
           kind="state-sponsored", attack="G1017")
    expect("Scattered Spider", ["UNC3944", "Octo Tempest", "0ktapus"], microsoft="Octo Tempest",
           kind="criminal", attack="G1015")
    expect("APT41", ["Wicked Panda", "Brass Typhoon", "Barium"], "China", microsoft="Brass Typhoon",
           kind="state-sponsored", attack="G0096")
    expect("Turla", ["Venomous Bear", "Secret Blizzard", "Snake"], "Russia", "Federal Security Service",
           "Secret Blizzard", "state-sponsored", "G0010")
    expect("APT35", ["Charming Kitten", "Mint Sandstorm", "Phosphorus"], "Iran",
           "Islamic Revolutionary Guard Corps", "Mint Sandstorm", "state-sponsored", "G0059")
    expect("Star Blizzard", ["Callisto", "Seaborgium", "Cold River", "ColdRiver"], "Russia",
           microsoft="Star Blizzard", kind="state-sponsored", attack="G1033")
    expect("MuddyWater", ["Mango Sandstorm", "Mercury"], "Iran", "Ministry of Intelligence and Security",
           "Mango Sandstorm", "state-sponsored", "G0069")
    expect("APT40", ["Gingham Typhoon", "Leviathan", "Kryptonite Panda"], "China", "Ministry of State Security",
           "Gingham Typhoon", "state-sponsored", "G0065")
    expect("Salt Typhoon", ["GhostEmperor", "FamousSparrow", "Operator Panda"], "China",
           microsoft="Salt Typhoon", kind="state-sponsored", attack="G1045")
    expect("Silk Typhoon", ["Hafnium"], "China", microsoft="Silk Typhoon", attack="G0125")
    expect("Evil Corp", ["Indrik Spider", "Manatee Tempest"], kind="criminal", attack="G0119")
    expect("Andariel", ["Onyx Sleet", "Silent Chollima"], "North Korea", microsoft="Onyx Sleet", attack="G0138")
    expect("APT38", ["Sapphire Sleet", "BlueNoroff"], "North Korea", microsoft="Sapphire Sleet", attack="G0082")
    expect("Gamaredon", ["Aqua Blizzard", "Primitive Bear", "Shuckworm"], "Russia", "Federal Security Service",
           "Aqua Blizzard", attack="G0047")
    expect("Mustang Panda", ["Twill Typhoon", "Bronze President", "RedDelta"], "China", microsoft="Twill Typhoon")
    expect("FIN7", ["Carbon Spider", "Sangria Tempest"], kind="criminal", attack="G0046")
    expect("Equation Group", ["Equation"], "United States", "National Security Agency", attack="G0020")
    expect("LAPSUS$", ["Strawberry Tempest", "DEV-0537"], kind="criminal", attack="G1004")
    expect("APT1", ["Comment Crew"], "China", "People's Liberation Army", attack="G0006")
    for n in CANONICAL_OVERRIDES.values():
        assert n in by_name, f"override target {n!r} not produced"
    for n in AGENCY_OVERRIDES:
        assert n in by_name, f"agency override for unknown actor {n!r}"
    for n in list(KIND_OVERRIDES) + list(COUNTRY_OVERRIDES):
        assert n in by_name, f"override for unknown actor {n!r}"

    # aliases: no duplicates (case-insensitive), canonical excluded, no G-ids
    for r in actors:
        al = [a for a in r["aliases"].split("|") if a]
        ks = [key(a) for a in al]
        assert len(ks) == len(set(ks)), f"{r['name']}: duplicate aliases"
        assert key(r["name"]) not in ks, f"{r['name']}: canonical in aliases"
        assert not any(is_gid(a) for a in al)
    _, flags = read_tsv(os.path.join(out, "alias_flags.tsv"))
    fl = {r["alias"]: r for r in flags}
    for w in ("Lead", "Gold", "Tick", "Bitter", "Mercury", "Platinum"):
        assert w in fl and "common-word" in fl[w]["flags"], f"{w} not flagged common-word"
    assert "short" in fl["UPS"]["flags"]
    assert "ambiguous" in fl["Wicked Panda"]["flags"]
    _, sw = read_tsv(os.path.join(out, "software.tsv"))
    sw_ids = [r["id"] for r in sw]
    assert len(sw_ids) == len(set(sw_ids))
    sw_by_name = {r["name"]: r for r in sw}
    for n, k in (("Mimikatz", "tool"), ("Cobalt Strike", None), ("LockBit", "ransomware"), ("NotPetya", None),
                 ("Emotet", None), ("PlugX", None)):
        assert n in sw_by_name, f"software {n} missing"
        if k:
            assert sw_by_name[n]["kind"] == k, f"{n}: kind {sw_by_name[n]['kind']}"
    _, as_ = read_tsv(os.path.join(out, "actor_software.tsv"))
    pairs = {(r["actor_id"], r["software_id"]) for r in as_}
    apt28 = by_name["APT28"]["id"]
    assert (apt28, sw_by_name["Mimikatz"]["id"]) in pairs
    assert {r["actor_id"] for r in as_} <= set(ids)
    assert {r["software_id"] for r in as_} <= set(sw_ids)
    cn = {r["name"]: r for r in countries}
    assert "PRC" in cn["China"]["forms"].split("|")
    assert "DPRK" in cn["North Korea"]["forms"].split("|")
    assert "Washington" in cn["United States"]["weak_forms"].split("|")
    assert "Czechia" in cn["Czech Republic"]["forms"].split("|")
    assert len(countries) >= 250 and all(r["adjective"] for r in countries)
    _, sectors = read_tsv(os.path.join(out, "sectors.tsv"))
    snames = {r["name"] for r in sectors}
    for s in ("government", "defense", "energy", "telecommunications", "healthcare", "finance", "education",
              "technology", "manufacturing", "transportation", "retail", "media", "legal",
              "critical infrastructure"):
        assert s in snames, f"sector {s} missing"
    _, products = read_tsv(os.path.join(out, "products.tsv"))
    pk = [(key(r["vendor"]), key(r["product"])) for r in products]
    assert len(pk) == len(set(pk))
    # determinism: rebuild in a fresh interpreter with another hash seed and
    # compare bytes
    rebuild()
    second = digest()
    assert first == second, "output differs between two runs"
    size = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out))
    assert size < 8_000_000, f"gazetteer too large: {size}"
    return size


def main():
    global WORDS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", nargs="?", default=os.path.join(REPO_ROOT, "..", "shared", "sources"))
    ap.add_argument("--out", default=os.path.join(REPO_ROOT, "data", "gazetteer"))
    ap.add_argument("--words", default="/usr/share/dict/words",
                    help="word list (Debian package wamerican) for the common-word flag")
    ap.add_argument("--check", action="store_true", help="run the acceptance asserts after building")
    ap.add_argument("--log", action="store_true", help="print merge/attribution notes to stderr")
    args = ap.parse_args()
    if not os.path.exists(args.words):
        raise SystemExit(f"{args.words} not found: install Debian's word list (apt-get install wamerican)")
    WORDS = Words(args.words)
    src = os.path.abspath(args.sources)
    out = os.path.abspath(args.out)
    log = []
    res = build(src, out, log)
    if args.log:
        for l in log:
            print(l, file=sys.stderr)
    amb = sum(1 for r in res["flags"] if "ambiguous" in r[1].split(","))
    n_alias = sum(len([x for x in r[8].split("|") if x]) for r in res["actors"])
    print(f"actors: {len(res['actors'])}")
    print(f"aliases: {n_alias}")
    print(f"ambiguous aliases: {amb}")
    print(f"flagged aliases: {len(res['flags'])}")
    print(f"software: {len(res['software'])}")
    print(f"actor-software links: {len(res['actor_software'])}")
    print(f"countries: {len(res['countries'])}")
    print(f"agencies: {len(res['agencies'])}")
    print(f"sectors: {len(res['sectors'])}")
    print(f"products: {len(res['products'])}")
    if args.check:
        def rebuild():
            import subprocess
            env = dict(os.environ, PYTHONHASHSEED="12345")
            subprocess.run([sys.executable, os.path.abspath(__file__), src, "--out", out, "--words", args.words],
                           check=True, env=env, stdout=subprocess.DEVNULL)
        size = check(out, res, rebuild)
        print(f"check: OK ({size} bytes in {out})")


if __name__ == "__main__":
    main()
