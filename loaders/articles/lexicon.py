"""The reader's word lists: generic vocabulary (organisation words, places, titles, product nouns), never names of
anything in a corpus. Kept apart from the code that uses them so each list exists once."""

from __future__ import annotations

import re

from graph.model import ProductKind


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CONNECTORS = _words("and de for of")
# Words that make a name an organisation (generic, not names of anything).
ORG_WORDS = _words(
    """
    academy acquisition advisers advisors ai asset association bank banks biotech board brain brokerage capital cloud co
    college commission communications company corp corporation council department devices digital electronics energy
    exchange finance financial foundation fund funds games global government group holding holdings inc index
    industries institute insurance intelligence internet investment investments lab labs limited llc ltd management
    market markets media microelectronics ministry mobile motors networks partners pharma platforms plc research
    robotics school securities semiconductor semiconductors service services software solutions studios systems tech
    technologies technology telecom trust university venture ventures
    airlines airways apparel automotive aviation beverages biologics biosciences chemicals cosmetics healthcare
    logistics metals minerals mining motor petroleum pharmaceuticals properties resources retail shipping steel
    therapeutics utilities
    aerospace appliances bancorp bankshares brands breweries brewery cement chemical consultancy dairy
    engineering fertilizers foods hospital hospitals hotels machinery materials navigation optical pharmaceutical
    realty resorts shipbuilding stores textiles tobacco transport
    analytics automation batteries biotechnology dynamics fintech instruments medical microsystems mobility optics
    payments photonics sensors solar
    cargo coal diagnostics equipment freight genomics lending medtech mutual paper ports
    banca banco banque
    railways telecoms tires
    """
)
# Words naming a market index ("the Dow", "the Nasdaq", "the KOSPI index"): market vocabulary, never the topic.
INDEX_WORDS = _words("average composite dax dow ftse gauge index kospi nasdaq nikkei stoxx topix")


def spells_a_code(name: str, code: str) -> bool:
    """ "Hang Seng Tech Index HHSTECH", "Oracle ORCL", "Velquor VLQ": a wire's code in capitals after a name, after an
    index word or spelling the name's letters in order from its first ("Samsung SDS" spells nothing: a name)."""
    words = name.lower().split()
    if not words or not code.isupper():
        return False
    if words[-1] in INDEX_WORDS:
        return True
    letters = "".join(words)
    if re.fullmatch(r"[A-Z]{2}", code) and letters.startswith(f"{code.lower()}."):
        return True  # "JD.Com JD": the name's own first letters
    if not re.fullmatch(r"[A-Z]{3,7}", code) or code.lower() in GENERIC_ACRONYMS or letters[0] != code[0].lower():
        return False
    if re.fullmatch(r"[A-Z]{4}[FY]", code):
        code = code[:4]  # "Tellix Dorrance TLDRF": an over-the-counter code ends in F (ordinary shares) or Y (ADRs)
    at = 0
    for char in code.lower():
        at = letters.find(char, at) + 1
        if at == 0:
            return False
    return True


EXCHANGE_WORDS = _words("board exchange market nasdaq nyse")
BANK_WORDS = _words("bank brokerage markets research securities") | frozenset({"capital markets"})
ACADEMIC_WORDS = _words("academy college institute school university")
# Public and civic bodies whose names go on with "for": "Centre for X", "Alliance for Y"
BODY_WORDS = _words(
    """
    administration agency alliance authority bureau campaign center centre coalition committee consortium forum
    federation initiative laboratory network office organisation organization partnership society union
    """
)
# Continents and world regions ("Africa counts one more unicorn": no company; "Europe's largest X": no seat)
WORLD_REGIONS = frozenset(
    {"africa", "asia", "europe", "oceania", "latin america", "north america", "south america", "central america"}
    | {"middle east", "southeast asia", "south asia", "east asia", "central asia", "asia pacific", "asia-pacific"}
    | {"sub-saharan africa", "east africa", "west africa", "north africa", "southern africa", "eastern europe"}
)
# Countries, regions and demonyms: generic geography, never a company here.
PLACES = _words(
    """
    america asia britain china europe france germany hk hong india japan kong korea macau mainland singapore south
    states taiwan u.s uk united us usa prc uae
    """
) | frozenset(
    # names the city lists spell otherwise ("New York City") or miss (places under 100,000 people)
    [
        "greater china",
        "hong kong",
        "mainland china",
        "south korea",
        "united states",
        "new york",
        "palo alto",
        "mountain view",
        "silicon valley",
        "menlo park",
        "cupertino",
        "redmond",
        "zhangjiang",
        # a country's coasts and regions ("an unnamed West Coast investor": a region describes the investor)
        *("west coast", "east coast", "gulf coast", "bay area", "midwest", "pacific northwest"),
        *WORLD_REGIONS,
        *("mideast", "latam", "emea", "apac"),  # "acquired Mideast competitor Y": a region describes Y
        # China's provinces and regions ("China's Anhui": a province, no company; "Anhui X Cement" stays a name)
        *("anhui", "fujian", "gansu", "guangdong", "guangxi", "guizhou", "hainan", "hebei", "heilongjiang", "henan"),
        *("hubei", "hunan", "jiangsu", "jiangxi", "jilin", "liaoning", "ningxia", "qinghai", "shaanxi", "shandong"),
        *("shanxi", "sichuan", "xinjiang", "yunnan", "zhejiang", "inner mongolia"),
        # US states as news abbreviates them after a city ("Fremont, Calif."), but those that are words or names
        *("ariz", "calif", "colo", "conn", "fla", "minn", "okla", "tenn", "wyo"),
    ]
)
DEMONYMS = _words(
    """
    american asian chinese domestic european foreign global international japanese korean state us western
    """
)
# Nationality adjectives and region words that name no party ("South Korean", "Dutch", "Emirati").
NATIONALITY_WORDS = _words(
    """
    abu argentine argentinean australian austrian belgian brazilian british canadian chilean danish dhabi dutch
    east egyptian
    emirati filipino finnish french german hong indian indonesian irish israeli italian kong korean kuwaiti
    mainland malaysian mexican nigerian north norwegian pakistani polish portuguese qatari russian saudi
    singaporean south spanish swedish swiss taiwanese thai turkish vietnamese west
    african bangladeshi cambodian colombian czech estonian greek hungarian kazakh kenyan latvian lithuanian
    moroccan mongolian nepali peruvian romanian slovak slovenian ukrainian uzbek
    afghan algerian angolan bahraini bolivian bulgarian burmese cameroonian croatian cuban ecuadorian ethiopian
    ghanaian icelandic iranian iraqi ivorian jamaican jordanian lankan lebanese libyan omani rwandan senegalese
    serbian sudanese syrian tanzanian tunisian ugandan uruguayan venezuelan yemeni zambian zimbabwean
    latin southeast eastern northern southern middle arab
    """
) | frozenset([""])
# "Welshman A B", "Frenchwoman C D": a nationality said of a person, no part of the name (and no break in a list)
NATIONALITY_NOUN = r"(?:Welsh|French|Dutch|English|Irish|Scots|Country)(?:wo)?man"
NATIONALITY_NOUNS = frozenset(
    f"{stem}{noun}"
    for stem in ("welsh", "french", "dutch", "english", "irish", "scots", "country")
    for noun in ("man", "woman")
)
# Capitalised words that start sentences or headings but are not names.
STOP_WORDS = _words(
    """
    a about after all also although an analyst analysts and any are as at be because been before both brothers but
    by can chairman chief co-founder could did do does dr each every executive first five for former founder four
    backers funders
    from had has have he head her here his how however husband i if in internationally investors is it its just
    legally less many may meanwhile might more most mr mrs ms name new no not now of old on once one only other
    our president prof professor professors profiles registered rotating second senior several shares she should since
    sister so some starting still such than that the their then there these they this those though three to two
    vice was we were what when while who why wife will with would yes yet you your
    whatever whichever whoever whenever wherever
    upgraded downgraded upgrades downgrades reiterated reiterates maintained maintains initiated initiates
    """
)
# The words of a clock time ("10:32 AM EDT"), in capitals in running text.
CLOCK_WORDS = _words("am pm a.m p.m gmt utc edt est cst cet cest bst hkt sgt jst kst ist pst pdt")
GENERIC_ACRONYMS = _words(
    "adr adrs adss ai api bnpl ceo cpu cpus cto dram esg ev evs fpga fpgas gdr gdrs gpu gpus hbm ic ics iot "
    "ipo ipos lcd llm llms nand npu npus oled pc pcs saas soc socs spac spacs suv suvs tmt "
    "pe vc vcs swf swfs lp lps md "  # "PE firm A and SWF B invested": kinds of investor; "MD": a managing director
    "b2b b2c d2c p2p mn bn"  # business models; "$450 Mn": a unit of money
)
# Words that make a run of lowercase words a clause rather than a description ("the Tokyo-based venture signed
# a deal with IBM" is not "Tokyo-based IBM")
CLAUSE_WORDS = _words("a an the with to of in on for and by from is was has had have said")
# "Government-backed X": a backer named by a common noun, not an investor the graph can hold
GENERIC_BACKERS = _words(
    "angel bank family founder founders government military parent party private public sovereign state taxpayer "
    "university venture vc"
)
# Analyst ratings: "raised to Neutral from Underperform" names no party.
RATING_WORDS = _words("accumulate buy hold neutral outperform overweight sell underperform underweight")
TITLE_WORDS = _words(
    "analyst billionaire businessman businessmen businesswoman ceo cfo chair chairman chairwoman chief co-founder "
    "coo cto economist evp svp entrepreneur founder mnc officer partner president professor strategist tycoon "
    "mr mrs ms sir dame"  # honorifics: "Mr Tomas Arlo" is Tomas Arlo
    " md"  # "A, MD and CEO, X": a managing director
)
# Words that praise a title's holder ("Top Analyst A", "Veteran Strategist B"): no firm's name before the title
TITLE_PRAISE = _words(
    "top veteran star longtime long-time leading noted famed renowned prominent celebrated legendary influential "
    "respected award-winning"
)
# The last word of a department written after a title ("Executive Vice President Overseas Operations"): no surname.
DEPARTMENT_WORDS = _words(
    "affairs communications department development division engineering finance marketing operations partnerships "
    "r&d relations sales segment solutions unit"
)
# The noun that names a part of a firm ("the Cloud Division", "Consumer Business"): its staff work for the firm
FIRM_PART = r"(?:Division|Department|Business|Unit|Segment)"
# Lines of business that close a name after "and" ("Hong Kong Exchanges and Clearing", "X Holdings and Services")
BUSINESS_LINES = DEPARTMENT_WORDS | _words("clearing consulting investments logistics research services trading")
# "its Lumina self-driving car chip unit": a name followed by this is a part of a company, not a product.
A_UNIT_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:unit|division|subsidiary|arm|affiliate)\b")
# Titles of two words whose first word alone is no title: "General Manager of X" names X.
TWO_WORD_TITLES = frozenset(
    {"general manager", "managing director", "managing partner", "executive director", "vice chairman", "vice chair"}
)
# Legal tails written after a comma: "Unitree Robotics Co., Ltd.", "Baidu, Inc." belong to the name before them.
LEGAL_TAILS = _words("corp corporation gmbh inc incorporated limited llc ltd plc")
# Verbs of saying: "A, CEO of the company, told Y": what follows them is no description of a firm's name
SPEECH_VERB = r"(?:told|tells|said|says|added|adds|noted|notes|explained|confirmed|wrote|writes|announced|announces)"
# Discourse words that open a sentence ("Separately, ...", "Earlier this year ..."): never names there.
SENTENCE_ADVERBS = _words(
    """
    also besides earlier elsewhere furthermore indeed instead later likewise meanwhile moreover nevertheless
    nonetheless otherwise overall previously separately still today tomorrow yesterday
    intraday overnight finally lastly additionally subsequently afterwards thereafter currently initially
    """
)
# A preposition opening a sentence is no part of the name after it ("Among Velt Inc suppliers, ...", "Unlike X, ...")
# Words of a section's label glued before a name ("Key Takeaways X", "Earnings Preview X"): no part of the name
HEADING_WORDS = _words("takeaways preview previews recap roundup snapshot highlights")
OPENING_PREPOSITIONS = _words(
    """
    against alongside amid amidst among amongst beside besides beyond concerning despite excluding following
    including like regarding throughout toward towards unless unlike versus whereas
    """
)
# A word describing a company before its name ("X's German rival Y", "X's Berlin-based unit Y", "X's chip rival Y")
DESCRIPTIVE_WORD = (
    r"(?:[a-z][\w-]*|[A-Z][\w.]*-(?:based|listed|backed|owned|headquartered)|(?:"
    + "|".join(sorted((w.capitalize() for w in NATIONALITY_WORDS if w), key=len, reverse=True))
    + "))"
)
# Adjectives that open many companies' names ("New X", "Great Y"): at a sentence's start they belong to the name when
# the exchange code follows it
NAME_ADJECTIVES = _words("central first general global golden grand great national new royal united")
# Words a company's short form drops ("Velt" for "Velt Computer", "Orvane" for "Orvane Automobile")
DESCRIPTOR_WORDS = (ORG_WORDS - ACADEMIC_WORDS - EXCHANGE_WORDS - INDEX_WORDS - {"cloud", "brain", "mobile"}) | _words(
    "automobile automobiles circuits computer computing design development innovation integrated precision industry"
)

# Job titles as running text writes them ("co-founder and chief executive", "an analyst"): a regex alternation.
TITLE = (
    r"(?:(?:co-?)?founder|chairman|chairwoman|chair|chief executive(?: officer)?|ceo|cto|cfo|coo|president|"
    r"vice president|managing director|director|partner|head(?: of [a-z ]+?)?|general manager|"
    r"chief of (?:the )?[a-z ]+?|chief [a-z]+ officer|chief (?:[a-z]+ )?scientist|(?:[a-z-]+ )?analyst|"
    r"(?:[a-z-]+ )?strategist|economist|"
    r"professor|researcher|scientist|spokes(?:man|woman|person)|executive|engineer|(?:[a-z-]+ )?expert|"
    r"secretary[- ]general|adviser|advisor|fellow|"
    r"(?:chief )?[a-z]+ officer|investor|vp|svp|evp|(?:product|communications) manager)"
)
# A person named with his firm then acts: "of JP Morgan said", "of Y, who", "of Y also praised", "of Y, co-sponsor of"
ACTS_AFTER_FIRM = re.compile(
    r"\s*(?:,\s+(?:who|a|an|the|[a-z-]+ of)\b|\s+(?:also\s+|ha[sd]\s+)?(?:[a-z]+(?:ed|s)|said|told|wrote)\b)"
)
# Nouns for a person in an appositive ("A, a veteran engineer, ..."): the titles and a few more.
PERSON_NOUNS = rf"(?:{TITLE}|reporter|manager|entrepreneur|veteran)"

# Nouns that say what kind of product a name is ("its Kimi chatbot", "the Ascend 910 chips"), with that kind.
PRODUCT_KINDS: dict[str, ProductKind] = {
    **dict.fromkeys(("model", "llm", "family"), ProductKind.MODEL),
    **dict.fromkeys(("chatbot", "app", "assistant", "application"), ProductKind.APP),
    **dict.fromkeys(("chip", "processor", "gpu", "accelerator"), ProductKind.CHIP),
    **dict.fromkeys(("platform", "toolkit", "cluster"), ProductKind.PLATFORM),
}
# Product nouns that fix no kind of ours: agents, robots, vehicles ("its new X SUV").
OTHER_PRODUCT_NOUNS = (
    *("agent", "series", "system", "robot", "humanoid", "suv", "sedan", "vehicle", "car", "ev"),
    *("engine", "browser", "generator", "tool", "device", "drone", "robotaxi", "truck", "wallet"),
    *("smartphone", "phone", "handset", "headset", "laptop", "tablet", "smartwatch", "console", "product"),
)
_ACRONYM_NOUNS = frozenset({"llm", "gpu", "suv", "ev"})


def noun_pattern(nouns: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of the nouns, longest first, each with its plural; acronyms also in capitals ("GPUs")."""
    forms = []
    for noun in sorted(nouns, key=len, reverse=True):
        stem = f"(?:{noun}|{noun.upper()})" if noun in _ACRONYM_NOUNS else noun
        forms.append(f"{stem}s?" if not noun.endswith(("s", "y")) else stem)
    return "(?:" + "|".join(forms) + ")"


def product_kind(noun: str) -> ProductKind:
    """The kind a product noun ("chips", "LLM") gives; OTHER for the nouns that fix none."""
    word = noun.lower()
    return PRODUCT_KINDS.get(word) or PRODUCT_KINDS.get(word.removesuffix("s"), ProductKind.OTHER)


KIND_NOUN = noun_pattern(list(PRODUCT_KINDS))
PRODUCT_NOUN = noun_pattern([*PRODUCT_KINDS, *OTHER_PRODUCT_NOUNS])
# For finding a product's maker: "X develops the Y family" names a line whose maker is often not the clause subject.
MADE_PRODUCT_NOUN = noun_pattern([n for n in (*PRODUCT_KINDS, *OTHER_PRODUCT_NOUNS) if n != "family"])

# "developed by US research firm X", "built by the Swedish carmaker X": the maker's description before its name
MAKER_DESCRIBED = (
    r"(?:(?:(?:the|a|an)\s+)?(?:(?:U\.S\.|US|UK|[A-Z][a-z]+(?:an|ese|ish|ch|i)|[a-z][\w-]*)\s+){0,3}?"
    r"(?:firm|company|start-?up|lab|giant|group|maker|developer|chipmaker|carmaker|automaker|conglomerate|unicorn)\s+)?"
)

# "its BR100 AI chip", "the B100 GPU": a kind closing a product's name is not part of the name
KIND_TAIL = re.compile(r"\s+(?:AI|GPUs?|CPUs?|NPUs?|LLMs?|EV|SUV|chips?|processors?)$")

# a lone letter ("B" of a round), a compound adjective ("Japanese-language"), a measure ("2nm", "128GB"): no product
NOT_A_PRODUCT_NAME = re.compile(
    r"[A-Za-z]|[A-Z][a-z]+-[a-z]+|\d+(?:\.\d+)?\s?(?i:nm|mm|GB|TB|MB|GHz|MHz|kW|MW|GW|mAh|Wh|kWh)"
    r"|R&D|PCs?|IT|HR|ESG|APIs?|IPOs?|[a-z][a-z-]+"  # generic acronyms, a word in lower case
    r"|[A-Z][a-z]+(?:ed|ive|al|ic|ous)"  # an adjective left when a kind is cut off ("Generative AI", "Embodied AI")
    r"|(?:Rp|Rs\.?|RM|Rmb|NT\$|HK\$|S\$|A\$|R\$|US\$)\s?\d.*"  # money ("Rp147")
    r"|(?:Nasdaq|NASDAQ|S&P|CSI|FTSE|Nikkei|KOSPI|STOXX|Stoxx)[\s-]?\d.*"  # an index ("Nasdaq-100")
    r"|(?:\d{1,3}(?:,\d{3})+|000)-[A-Za-z].*"  # a quantity compound ("100,000-GPU Memphis", cut at the comma)
    r"|(?:Q[1-4]|[1-4]Q|H[12]|9M)?\s?FY\s?'?\d{2,4}|[1-4]Q\s?'?\d{2,4}"  # a reporting period ("Q4FY21", "FY2025")
)
# What may stand between "raised" and "from" when the money came from the names after it: an amount, a date and the
# words of a round ("raised $30 million in a fresh Series B round from")
MONEY_FILLER_WORDS = _words(
    """
    a an the its their his her new fresh additional another further more than about around roughly nearly almost over
    some up to of in on at this last year week month quarter funding financing capital investment investments round
    rounds series seed angel equity venture money funds cash strategic latest first second third fourth undisclosed
    unspecified sum amount total extension bridge growth early late stage early-stage late-stage million billion mln bn
    worth dollars yuan euros pounds rupees yen won also just recently reportedly with participation contributions
    commitments injection infusion backing existing
    investors backers multi-billion multibillion multi-million multimillion
    dollar euro pound rupee hundred hundreds thousand thousands tens millions billions several rmb usd cny hkd eur jpy
    krw inr
    """
)

# "Foreigners bought X", "Traders said": the market's participants by kind, no one's name
PARTICIPANT_WORDS = frozenset(
    (
        *("foreigners", "traders", "analysts", "brokers", "insiders", "dealers", "buyers", "sellers"),
        *("speculators", "shareholders", "bondholders", "institutions", "individuals", "retail"),
        *("bankers", "economists", "strategists", "executives", "experts", "officials", "observers", "critics"),
        # kinds of company, alone ("Startups raised $9 billion", "Automakers fell", "The Startup secured"): no name
        *("startup", "start-up", "startups", "start-ups", "automakers", "carmakers", "chipmakers", "lenders"),
        *("insurers", "unicorns"),
        *("retailers", "suppliers", "rivals", "peers", "competitors", "regulators", "investors", "founders"),
        # measures a market or a company reports, alone ("Yields on X's notes rose"): no name
        *("yields", "spreads", "deliveries", "shipments", "margins", "revenues", "earnings", "exports", "imports"),
        *("bookings", "volumes", "inflows", "outflows", "valuations", "dividends", "buybacks"),
    )
)

# a name that describes the one after it: "X rival Y", "X chip unit Y", "X supplier Y", "X owner Y", "X maker Y"
DESCRIBES_NEXT_NAME = re.compile(
    r"\s+(?:(?!(?:and|or|as|of|to|with|its|their|the|a|an)\s)[a-z-]+\s+){0,2}?(?:rival|peers?|competitors?|partner"
    r"|customers?|suppliers?|subsidiary|unit|affiliate|parent|spin-?off|investors?|backers?|owner|maker|operator"
    r"|developer|creator)\s+(?=[A-Z])"
)
