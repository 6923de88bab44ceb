"""Words music news uses around names: roles, group nouns, release nouns, cues.

These are facts about how the genre is written, not about particular artists.
"""

from __future__ import annotations

PERSON_ROLES = frozenset(["singer", "vocalist", "rapper", "member", "leader", "bassist", "guitarist", "drummer", "keyboardist", "frontman", "frontwoman", "dancer", "maknae", "pianist", "flautist", "flutist", "violinist", "cellist", "saxophonist", "trumpeter", "songwriter", "singer-songwriter", "producer", "musician", "artist", "star", "idol", "soloist", "composer", "dj", "rapper-dancer", "singer-actor", "singer-actress", "actor", "actress", "hitmaker", "crooner", "diva", "lyricist", "co-founder", "founder", "vocalists", "singers", "rappers", "members", "musicians", "stars", "idols", "performer", "presenter", "host", "broadcaster", "journalist", "critic", "spokesman", "spokeswoman", "spokesperson", "executive", "manager"])
DIRECTOR_ROLES = frozenset({"director", "filmmaker", "film-maker", "directors", "helmer"})
GROUP_NOUNS = frozenset(["group", "band", "duo", "trio", "quartet", "quintet", "septet", "sextet", "octet", "supergroup", "outfit", "boyband", "boy-band", "girlband", "orchestra", "collective", "act", "ensemble"])
RELEASE_NOUNS = frozenset(["song", "single", "album", "track", "ep", "lp", "mixtape", "record", "ballad", "anthem", "hit", "video", "clip", "film", "movie", "number", "duet", "cover", "remix", "soundtrack", "visuals", "mv", "music-video", "tune", "smash", "sequel", "debut", "mini-album", "project"])
ORG_WORDS = frozenset(["entertainment", "records", "recordings", "music", "label", "labels", "agency", "court", "company", "corporation", "media", "network", "channel", "studios", "studio", "management", "group-inc", "inc", "ltd", "llc", "bbc", "committee", "association", "foundation", "festival", "awards", "academy", "university", "police", "corps", "navy", "marines", "army"])
# Platforms and outlets that NER tags ORG/PERSON but that are never artists.
PLATFORMS = frozenset(["instagram", "twitter", "tiktok", "youtube", "spotify", "billboard", "weverse", "netflix", "facebook", "x", "vlive", "apple", "itunes", "melon", "genie", "bugs", "gaon", "oricon", "mtv", "bbc", "nbc", "cbs", "abc", "fox", "cnn", "grammy", "grammys", "brits", "brit"])
MONTH_WORDS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow"])
HEDGES = frozenset(["rumour", "rumours", "rumor", "rumors", "rumoured", "rumored", "speculation", "speculated", "allegedly", "alleged", "possible", "possibly", "might", "may", "could", "talks", "reportedly"])
NEGATIONS = frozenset(["not", "never", "no", "denied", "deny", "denies", "denying", "cancelled", "canceled", "cancel", "scrapped", "shelved", "refused", "rejected", "dismissed", "without", "neither", "nor", "n't"])
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
RELEASE_VERBS = frozenset(["release", "come", "arrive", "drop", "put", "issue", "land", "debut", "premiere", "unveil", "launch", "hit", "share"])

# Words that precede role nouns ("R&B singer", "US rappers") but never name a group.
DESCRIPTORS = frozenset(["pop", "fellow", "rock", "r&b", "rnb", "hip-hop", "hip", "hop", "rap", "soul", "jazz", "country", "indie", "punk", "k-pop", "kpop", "j-pop", "dance", "folk", "metal", "classical", "electronic", "blues", "reggae", "gospel", "grime", "garage", "britpop", "veteran", "legendary", "original", "former", "us", "uk", "british", "american", "korean", "south", "japanese", "irish", "scottish", "welsh", "english", "canadian", "australian", "french", "spanish", "german", "thai", "chinese", "swedish", "dutch", "new", "young", "late", "star", "superstar", "teen"])
PLURAL_ARTIST_NOUNS = frozenset(["rappers", "rockers", "singers", "giants", "legends", "stars", "musicians", "veterans", "newcomers", "hitmakers", "duo", "trio", "band", "group", "outfit", "act", "punks", "popsters", "rockers", "idols"])

# Context words of award and chart sentences, where an unquoted title follows "for"/"with":
# "best rap song for Saints Run", "number one with Round and Round".
AWARD_WORDS = frozenset(["best", "award", "awards", "prize", "crown", "gong", "trophy", "grammy", "grammys", "nominated", "nomination", "nominations", "won", "win", "wins", "winning", "scooped"])
CHART_WORDS = frozenset(["number", "chart", "charts", "hit", "hits", "fame", "topped", "top", "success", "smash", "breakthrough", "comeback", "one", "two", "three", "spot", "place"])
# Verbs whose subject owns the work named after "for"/"with": "X won ... for Y", "X reached number one with Y".
ACHIEVEMENT_VERBS = frozenset(["win", "pick", "take", "scoop", "score", "reach", "top", "enter", "have", "rise", "go", "hit", "land", "claim", "earn", "receive", "collect", "return", "come", "chart", "make", "storm", "enjoy", "break", "shoot", "rocket", "climb", "triumph", "bag", "nab", "secure", "grab", "achieve", "notch", "clinch", "get"])
# Roles only a band member has: "drummer Ross Keeling" in an article about a band is its drummer.
BAND_ROLES = frozenset(["guitarist", "bassist", "drummer", "keyboardist", "frontman", "frontwoman", "percussionist", "bandmate", "bandmates", "co-founder", "leader", "maknae", "guitarists"])
# Capitalised words and acronyms of the trade that are never names: "a double CD", "2200 GMT".
NOT_NAMES = frozenset(["cd", "cds", "dvd", "dvds", "tv", "gmt", "bst", "est", "pst", "cet", "kst", "am", "pm", "ost",
                       "vinyl", "mp3", "lp", "ep", "mv", "hd", "vip", "ceo", "dj", "feat", "ft", "prod", "feat.", "ft.", "prod."])
# Works and events an artist is named in without releasing them: "the drama “X”", "a farewell concert, “Y”".
NON_RELEASE_WORKS = frozenset(["drama", "dramas", "series", "sitcom", "show", "concert", "concerts", "tour", "musical",
                               "festival", "event", "programme", "program", "podcast", "campaign", "exhibition",
                               "book", "novel", "memoir", "play", "fanmeeting", "fan-meeting", "showcase", "game"])
# Last words of award categories: "Best New Artist", "Best OST", "Best Dance Performance" (not "Best Coast").
AWARD_CATEGORY_HEADS = frozenset(["artist", "artists", "album", "song", "single", "performance", "video", "ost",
                                  "collaboration", "group", "act", "newcomer", "producer", "soundtrack", "track",
                                  "record", "vocalist", "singer", "rapper", "band", "duo", "solo", "dance", "hip-hop",
                                  "r&b", "ballad", "rock", "pop", "unit", "mv", "composer", "lyricist", "female",
                                  "male", "rookie", "rookies", "musician", "musicians", "show", "stage"])
