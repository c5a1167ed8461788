"""Closed word lists of actor resolution (stage 3): modifiers, honorifics, auxiliaries, institutions.

Read by ``resolver.py``; written by the detente authors (English function words and CAMEO sectors).
"""

from __future__ import annotations

# Words that may stand between a country and its title or sector word ("Iran's new president").
MODIFIERS = frozenset({
    "new", "former", "top", "chief", "then", "current", "acting", "interim", "outgoing", "incoming", "own",
    "elected", "late", "newly", "deputy", "vice", "senior", "junior", "veteran", "powerful", "hardline",
    "reformist", "embattled", "longtime", "long-time", "ex", "-", "president-elect", "caretaker", "first",
    "assistant", "shadow", "previous", "next", "future", "erstwhile", "de", "facto", "elite", "special",
    "regular", "main", "allied", "armed", "permanent",
})
# Peoples without a state of their own, and faiths and movements, which news writes capitalised between a country
# and its sector word ("Syrian Kurdish forces", "Iraqi Sunni militias", "Nepal's Maoist rebels", "Malian Tuareg
# fighters"): they may stand there like MODIFIERS (fifteenth actors round).
FAITH_MODIFIERS = frozenset({
    "sunni", "shia", "shiite", "shi'ite", "muslim", "moslem", "christian", "catholic", "protestant", "orthodox",
    "coptic", "hindu", "buddhist", "jewish", "druze", "alawite", "arab", "maoist", "islamist", "marxist",
    "jihadist", "salafist", "leftist",
})
# ... of which these are peoples that no state is the state of: their armed men are rebels of the country named
# with them ("Syrian Kurdish forces" -> SYRREB, as "Tigrayan forces" are ETHREB), and their forces named with no
# country are rebels too, placed by the place of their clause ("Kurdish forces attacked a checkpoint in Hasakah").
STATELESS_PEOPLES = frozenset({"kurdish", "tuareg", "tamil", "baloch", "baluch", "hutu", "tutsi", "karen", "naga",
                               "pashtun", "berber", "sahrawi"})
# The states each of those peoples lives in (eighteenth actors round): their armed men named with no country and no
# place ("Tuareg separatists said they had ambushed Malian soldiers", "Tamil rebels attacked a navy base, the Sri
# Lankan military said") are rebels of the one of these states that the sentence names, and of none when it names several or none.
# Not the Kurds: Turkey's army fights them in Syria and Iraq, so the state named with them is often the enemy's
# ("Kurdish fighters clashed with Turkish troops" in 2019 were Syria's).
STATELESS_PEOPLE_STATES: dict[str, frozenset[str]] = {
    "tuareg": frozenset({"MLI", "NER", "DZA", "LBY", "BFA"}),
    "tamil": frozenset({"LKA", "IND"}), "baloch": frozenset({"PAK", "IRN", "AFG"}),
    "baluch": frozenset({"PAK", "IRN", "AFG"}), "hutu": frozenset({"RWA", "BDI", "COD"}),
    "tutsi": frozenset({"RWA", "BDI", "COD"}), "karen": frozenset({"MMR", "THA"}), "naga": frozenset({"IND", "MMR"}),
    "pashtun": frozenset({"AFG", "PAK"}), "berber": frozenset({"MAR", "DZA", "LBY", "TUN", "MLI", "NER"}),
}
# Government portfolios, which news writes capitalised inside a title ("Serbian Labour Minister Dragan
# Milovanovic", "Russian Finance Minister", "the Iraqi Oil Ministry"): they may stand between a country and
# its title or government sector word whatever their case (other capitalised words there begin another
# name: "the Indian National Congress" is no "Indian" + "Congress"), and whatever part of speech the parser
# gives them in lower case ("Russia's foreign ministry", where "foreign" is often tagged a proper noun).
PORTFOLIOS = frozenset({
    "interior", "home", "finance", "finances", "justice", "labour", "labor", "trade", "commerce", "economy",
    "economic", "energy", "oil", "petroleum", "health", "education", "agriculture", "industry", "information",
    "transport", "planning", "investment", "culture", "tourism", "environment", "communications", "housing",
    "water", "mines", "mining", "fisheries", "treasury", "budget", "privatisation", "privatization",
    "telecommunications", "infrastructure", "development", "welfare", "employment", "refugees", "religious",
    "affairs", "internal", "social", "public", "works", "security", "emergency", "emergencies", "science",
    "foreign", "defence", "defense",
})
# ... of which these mean the title is not (or no longer) held by its holder on the date.
NOT_HOLDER = frozenset({"former", "ex", "late", "then", "deputy", "vice", "assistant", "shadow", "junior",
                        "previous", "next", "future", "erstwhile"})
POSSESSIVE = frozenset({"'s", "'"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
PERSON_POSSESSIVES = frozenset({"his", "her"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sheikh", "ayatollah", "grand",
                        "sir", "dame", "lord"})
# Words that stand before a name as a title or rank, not as part of the name: "President Mugabe",
# "Prime Minister Netanyahu", "General Musharraf". A surname or short alias right after one of them is
# still the person's (a capitalised proper noun before a surname otherwise means a longer, other name).
NAME_TITLES = frozenset({
    *HONORIFICS, "president", "minister", "premier", "chancellor", "secretary", "king", "queen", "emir", "amir",
    "sultan", "prince", "princess", "crown", "general", "gen", "gen.", "lt", "lt.", "col", "col.", "colonel",
    "marshal", "admiral", "adm.", "brigadier", "commander", "senator", "sen.", "rep.", "representative",
    "governor", "gov.", "mayor", "speaker", "ambassador", "envoy", "judge", "justice", "chairman",
    "chairwoman", "chair", "leader", "chief", "director", "spokesman", "spokeswoman", "president-elect",
    "pope", "cardinal", "archbishop", "bishop", "imam", "mullah", "rabbi", "captain", "capt.", "sergeant",
    "sgt.", "lieutenant", "warlord", "commissioner", "counsel", "prosecutor", "deputy", "vice",
})
# Dependency labels of words inside a noun phrase ("oil" in "Iran's oil minister").
INNER_DEPS = frozenset({"amod", "compound", "nmod", "advmod", "npadvmod", "punct", "nummod"})
NOT_ACTOR_ENTS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# Sentence-initial auxiliaries that spaCy glues to a following name ("Will Beijing" tagged PERSON).
AUXILIARIES = frozenset({"will", "would", "could", "can", "should", "did", "does", "do", "has", "have", "had",
                         "is", "are", "was", "were", "may", "might", "must", "shall"})
# Prepositions through which a place gives its country to a sector word right before it ("protesters in
# Tehran", "villagers near Kramatorsk", "refugees from Sudan"): people of the place. Refugees only by
# "from" (the host country is not theirs); forces never (foreign troops are "in" other countries);
# journalists only by "from" ("journalists from Britain"; "journalists in Moscow" are often foreign
# correspondents) (thirteenth actors round).
_PEOPLE_PREPOSITIONS = frozenset({"in", "near", "from"})
PLACE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "CVL": _PEOPLE_PREPOSITIONS, "OPP": _PEOPLE_PREPOSITIONS, "EDU": _PEOPLE_PREPOSITIONS, "REF": frozenset({"from"}),
    "COP": _PEOPLE_PREPOSITIONS, "REB": frozenset({"in"}), "CRM": frozenset({"in"}), "MED": frozenset({"from"}),
    "JUD": frozenset({"in"}),
}
# Courts sit in their own state: "a court in Surat", "an appeals court in Rome", "prosecutors in Munich" are that
# state's judiciary (round twenty-eight), except in the cities whose courts news names are international ones: the
# European courts in Strasbourg and Luxembourg, the African court and the Rwanda tribunal in Arusha. ("a court in
# The Hague" is a Dutch court: news names the ICC and the ICJ by their own names or as "the Hague-based court".)
INTERNATIONAL_COURT_SEATS = frozenset({"strasbourg", "luxembourg", "arusha"})
# Government words that, with no country, are the government of the place "in" names ("officials in Kyiv",
# "the authorities in Tigray"); not diplomats and envoys, who serve abroad ("diplomats in Moscow" are
# foreign ones) (tenth actors round).
LOCAL_GOVERNMENT_WORDS = frozenset({"officials", "official", "authorities", "authority", "leaders",
                                    "leadership", "administration", "government",
                                    # round twenty-eight: a ministry sits in its own capital ("the defence
                                    # ministry in Moscow", "the foreign ministry in Beijing")
                                    "ministry", "ministries", "cabinet", "presidency"})
# Police work at home: police named with no country take the country of the place their own clause
# locates the act in ("Police fired tear gas at protesters in Maputo" -> MOZCOP), when that is one country.
# Workers and students on strike or on the march too (fifteenth actors round: "Miners marched to La Paz").
LOCAL_SECTORS = frozenset({"COP", "CVL", "OPP", "REB", "CRM", "LAB", "EDU"})
# Sectors of metonyms that name an organisation of a country, not its state (sixteenth actors round): a
# company named by its own name ("Samsung Electronics" -> KORBUS) is a named body (kind "group"), so that an
# act of its own state against it ("South Korean prosecutors raided Samsung Electronics") keeps it as target.
ORGANISATION_SECTORS = frozenset({"BUS"})
# Head nouns that make a sector word before them a modifier of another party (sixteenth actors round):
# "Israel's militia ally", "Iran's militia proxies", "Russia's military allies" are not the possessor's
# own armed men or army but someone allied to it, whose country the phrase does not say.
OTHER_PARTY_NOUNS = frozenset({"ally", "allies", "proxy", "proxies", "partner", "partners", "patron", "patrons",
                               "backer", "backers", "sponsor", "sponsors", "rival", "rivals", "foe", "foes",
                               "enemy", "enemies", "adversary", "adversaries"})
# Compass words before "of" make a place phrase, as "near" does: "east of Port-au-Prince" is where the act was,
# the city standing for its country, not its government (sixteenth actors round).
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west"})
# ("out of", two words: where people are driven from is where they were: "push the gangs out of Port-au-Prince")
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "out of"})
# Prepositions after which a capital is the city where something happens, standing for its country
# ("a car bomb exploded in Mogadishu" -> SOM), not for its government (resolver._capital_as_place).
CITY_PREPOSITIONS = frozenset({*LOCATIVE_PREPOSITIONS, "around", "across", "throughout", "inside", "into"})
# A capital that is what a military strike hits is the city, standing for its country (tenth actors round):
# "Russia struck Kyiv" -> UKR, like "Lviv" beside it; "strikes on Tehran" -> IRN. Verbs that also name
# criticism or trade measures ("attacked Beijing over ...", "hit Beijing with tariffs") count only without
# a "for"/"over"/"with" phrase of their own (resolver._capital_as_place).
STRIKE_VERBS = frozenset({"strike", "attack", "bomb", "shell", "pound", "bombard", "raid", "storm", "besiege",
                          "blitz", "hit", "rocket"})
STRIKE_NOUNS = frozenset({"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "assault", "raid",
                          "raids", "bombardment", "bombing", "bombings", "shelling", "offensive", "barrage",
                          "onslaught", "advance"})
NOT_STRIKE_PREPOSITIONS = frozenset({"for", "over", "with", "on"})
# Means of a strike: "with" one of these keeps a strike verb's capital a place ("struck Moscow with drones").
WEAPON_WORDS = frozenset({"drone", "missile", "rocket", "bomb", "shell", "artillery", "airstrike", "strike",
                          "munition", "warplane", "jet", "aircraft", "weapon"})
# Dependency labels that open another clause: a place beyond one is not where the police acted ("Police
# said the man had fought in Syria"); a coordinated verb only when it has a subject of its own.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis"})
# Compound adjectives that name a country without making it the actor: "pro-Russian separatists",
# "anti-Israel protesters", "Iran-backed militias", "a Paris-born gunman" (the separatists, protesters,
# militias and gunman are not that country's). "-led" is not among them ("the Saudi-led coalition" is
# Saudi Arabia's), nor are "-held", "-owned" or "-flagged" (the holder's, the owner's, the flag's). A maker or
# supplier is not the user either: "Russian-made jets bombed Aleppo", "Turkish-built drones", "US-supplied
# missiles" name where the weapon comes from, not who fires it. A language is no state: "Russian-speaking residents"
# are no Russians (round thirty-one).
STANCE_PREFIXES = frozenset({"pro", "anti"})
STANCE_SUFFIXES = frozenset({"backed", "funded", "sponsored", "supported", "allied", "aligned", "linked",
                             "affiliated", "inspired", "trained", "armed", "friendly", "leaning", "born", "bred",
                             "educated", "raised", "made", "built", "designed", "manufactured", "produced",
                             "supplied", "provided", "donated", "speaking"})
# "a Beirut-based newspaper": where a body sits gives the country of the sector word after it (LBNMED), not
# the government of the capital; before anything else ("the London-based Syrian Observatory") it is no actor.
LOCATION_SUFFIXES = frozenset({"based", "headquartered"})
# "the Russian-run administration of Kherson", "a Kremlin-controlled court", "the Iranian-run militia": a body a
# state runs or controls is that state's (the sector of the sector word after it, the government before a title),
# as "-installed" and "-appointed" say (round thirty). A group's name before them stays the group ("the Hamas-run
# health ministry" is Hamas's: the group is named). Not "-dominated", which tells who makes up a body ("the
# Serb-dominated police" of Bosnia are no Serbian state's).
RUNNER_SUFFIXES = frozenset({"run", "controlled", "administered", "operated", "managed"})
# Sector phrases that are definite without "the" ("Government troops advanced"): the dominant country's.
SELF_DEFINITE = frozenset({"government forces", "government troops", "government soldiers", "regime forces",
                           "regime troops"})
# Institutions that "the ..." names in an article plainly about one country ("the government said").
INSTITUTIONS = frozenset({"government", "army", "military", "navy", "air force", "armed forces", "ministry",
                          "cabinet", "parliament", "legislature", "judiciary", "supreme court", "police",
                          "regime", "administration", "authorities", "opposition", "security forces",
                          "cgt", "cne", *SELF_DEFINITE})
# ("the CGT" also names the one country of its sentence: resolver.SENTENCE_INSTITUTIONS.)
# Words that name an IGO's chief after it or before "of" it ("the IAEA chief", "the head of NATO").
HEAD_WORDS = frozenset({"chief", "head", "boss"})
# Weapons named as sector words: only modifiers from MODIFIERS may stand between them and their country
# ("Iranian fuel tanks" is not IRNMIL).
EQUIPMENT = frozenset({"tanks", "artillery", "jets", "warships", "warship", "frigates", "frigate", "destroyers",
                       "destroyer", "submarines", "submarine", "gunboats", "gunboat", "warplanes", "warplane",
                       "bombers", "fighter jets", "fighter jet", "aircraft carrier"})
# Singular role nouns that name one person: a name right after "<country> <role>" is learned for the
# article with the role's sector ("Russian opposition leader Alexei Navalny" -> RUSOPP, "American
# journalist Evan Gershkovich" -> USAMED). "executive" is left out ("the US executive order"). With no
# country, a role before an unknown full name takes the one country its sentence names ("the blogger Albert
# Ojwang died in a Nairobi police cell" -> KENMED; tenth actors round).
PERSON_ROLES = frozenset({
    "opposition leader", "opposition figure", "dissident", "activist", "critic", "journalist", "reporter",
    "correspondent", "lawmaker", "legislator", "mp", "senator", "general", "commander", "officer",
    "businessman", "businesswoman", "tycoon", "oligarch", "judge", "blogger",
})
# Movements with national branches that news names by the movement's name (nineteenth actors round): named with
# one of these states and not with the movement's home ("Jordan outlawed the Muslim Brotherhood"), the name is that
# state's branch, coded as its opposition (JOROPP). The Brotherhood's branches: Jordan (the Islamic Action Front's
# movement), Syria, Libya, Sudan, Kuwait, Yemen (Islah), Tunisia (Ennahda's roots), Algeria, Iraq (the Iraqi Islamic
# Party) and Morocco; not the Gulf states that ban it (the UAE, Saudi Arabia), which act on the movement itself.
NATIONAL_BRANCHES: dict[str, frozenset[str]] = {
    "group:muslim-brotherhood": frozenset({"JOR", "SYR", "LBY", "SDN", "KWT", "YEM", "TUN", "DZA", "IRQ", "MAR"}),
}
